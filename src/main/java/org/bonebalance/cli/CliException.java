package org.bonebalance.cli;

/** Bad command-line input: the message is the one line printed on standard error (exit code 2). */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message, null, false, false);
    }
}
