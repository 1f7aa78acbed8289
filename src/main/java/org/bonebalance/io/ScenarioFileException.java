package org.bonebalance.io;

/**
 * A scenario file that cannot be used. The message is one line a person can act on, naming the file, the
 * line (when known) and the field, e.g. {@code my.json, line 7: "start_age" must be between 0 and 120
 * years, not 130}.
 */
public final class ScenarioFileException extends Exception {
    private final int line;
    private final String field;

    ScenarioFileException(String message, int line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line of the problem (1-based), or 0 when unknown. */
    public int line() { return line; }

    /** The field at fault as a path such as {@code therapy[0].stop_age}, or "" when not about one field. */
    public String field() { return field; }
}
