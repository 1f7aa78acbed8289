package org.bonebalance.io;

/**
 * A file a person gave us that cannot be used. The message is one line they can act on, naming the file, the
 * line (when known), the field and what is wrong; {@link #line()} and {@link #field()} let a view point at it.
 */
public abstract class InputFileException extends Exception {
    private final int line;
    private final String field;

    protected InputFileException(String message, int line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line of the problem (1-based), or 0 when unknown or about the whole file. */
    public int line() { return line; }

    /** The field at fault as a path such as {@code therapy[0].stop_age}, or "" when not about one field. */
    public String field() { return field; }
}
