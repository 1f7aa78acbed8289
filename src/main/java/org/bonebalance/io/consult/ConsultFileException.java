package org.bonebalance.io.consult;

/** A consultation file could not be read; the message is one plain line a person can act on. */
public final class ConsultFileException extends Exception {
    public ConsultFileException(String message) {
        super(message);
    }
}
