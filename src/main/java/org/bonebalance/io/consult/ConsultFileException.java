package org.bonebalance.io.consult;

import org.bonebalance.io.InputFileException;

/**
 * A consultation file could not be read; the message is one plain line a person can act on, with the line
 * and the field when the problem is about one field.
 */
public final class ConsultFileException extends InputFileException {
    public ConsultFileException(String message) {
        super(message, 0, "");
    }

    public ConsultFileException(String message, int line, String field) {
        super(message, line, field);
    }
}
