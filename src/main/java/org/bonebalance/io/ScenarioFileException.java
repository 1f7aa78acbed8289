package org.bonebalance.io;

/**
 * A scenario file that cannot be used. The message is one line a person can act on, naming the file, the
 * line (when known) and the field, e.g. {@code my.json, line 7: "start_age" must be between 0 and 120
 * years, not 130}.
 */
public final class ScenarioFileException extends InputFileException {
    ScenarioFileException(String message, int line, String field) {
        super(message, line, field);
    }
}
