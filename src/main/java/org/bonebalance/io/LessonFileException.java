package org.bonebalance.io;

/**
 * A lesson file that cannot be used; the message says where and what, in words a teacher can act on. The field
 * is a path such as {@code steps[2].speed}.
 */
public final class LessonFileException extends InputFileException {
    public LessonFileException(String message, int line, String field) {
        super(message, line, field);
    }
}
