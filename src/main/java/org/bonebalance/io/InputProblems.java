package org.bonebalance.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What the readers of scenario, lesson and command-line input share to word a problem: the line of a field in
 * the JSON text, and a number as a person would write it. Pure Java (Jackson streaming only).
 */
public final class InputProblems {
    private InputProblems() {}

    /** Where a field's line is taken from when its value starts on a later line than its name. */
    public enum LineOf {
        /** the line of the field's name ({@code "years":}) */
        NAME,
        /** the line where the value starts */
        VALUE
    }

    /**
     * One streaming pass over the whole text: the JSON pointer of every value (a container by its own
     * pointer, {@code ""} for the root) -> its line, in document order, the first occurrence kept.
     */
    public static Map<String, Integer> linesByPointer(JsonParser p, LineOf lineOf) throws IOException {
        Map<String, Integer> lines = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
            if (t == JsonToken.FIELD_NAME && lineOf == LineOf.VALUE) continue;
            // at the start of a container the parser is already inside it, with no name or index yet: the
            // pointer then names the container itself
            lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), p.currentTokenLocation().getLineNr());
        }
        return lines;
    }

    /**
     * The line of key, or of the closest enclosing key that has one, going up with parent (which must end at
     * ""); 0 when none has a line.
     */
    public static int closestLine(Map<String, Integer> lines, String key, UnaryOperator<String> parent) {
        String k = key;
        while (true) {
            Integer line = lines.get(k);
            if (line != null) return line;
            if (k.isEmpty()) return 0;
            k = parent.apply(k);
        }
    }

    /** A number as written in a message: whole numbers without ".0" ({@code 120}, {@code 0.2}, {@code 1.5E20}). */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
