package org.bonebalance.io;

/** A lesson file that cannot be used; the message says where and what, in words a teacher can act on. */
public final class LessonFileException extends Exception {
    private final int line;
    private final String field;

    public LessonFileException(String message, int line, String field) {
        super(message);
        this.line = line;
        this.field = field;
    }

    /** The line of the problem (1-based), or 0 when it concerns the whole file. */
    public int line() { return line; }

    /** The field path, e.g. {@code steps[2].speed}, or "" when it concerns the whole file. */
    public String field() { return field; }
}
