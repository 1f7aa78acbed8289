package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The pieces the readers share: lines of fields, the closest line, numbers as a person writes them. */
class InputProblemsTest {
    private static final String JSON = """
            {
              "years":
                40,
              "therapy": [
                { "regimen": "ep" },
                [1,
                 2]
              ],
              "levels": {}
            }""";

    private static Map<String, Integer> lines(InputProblems.LineOf lineOf) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(JSON)) {
            return InputProblems.linesByPointer(p, lineOf);
        }
    }

    @Test
    void everyValueHasTheLineOfItsNameOrOfWhereItStarts() throws IOException {
        Map<String, Integer> byName = lines(InputProblems.LineOf.NAME);
        Map<String, Integer> byValue = lines(InputProblems.LineOf.VALUE);
        assertEquals(2, byName.get("/years"));
        assertEquals(3, byValue.get("/years"));
        for (Map<String, Integer> m : List.of(byName, byValue)) {
            assertEquals(1, m.get(""), "the root object");
            assertEquals(4, m.get("/therapy"), "a list by its own pointer");
            assertEquals(5, m.get("/therapy/0"));
            assertEquals(5, m.get("/therapy/0/regimen"));
            assertEquals(6, m.get("/therapy/1"));
            assertEquals(7, m.get("/therapy/1/1"));
            assertEquals(9, m.get("/levels"));
        }
        assertEquals(List.of("", "/years", "/therapy", "/therapy/0", "/therapy/0/regimen", "/therapy/1", "/therapy/1/0",
                "/therapy/1/1", "/levels"), List.copyOf(byValue.keySet()), "in document order");
    }

    @Test
    void aKeyWithoutALineTakesTheClosestEnclosingOne() throws IOException {
        Map<String, Integer> m = lines(InputProblems.LineOf.VALUE);
        UnaryOperator<String> up = p -> p.substring(0, p.lastIndexOf('/'));
        assertEquals(5, InputProblems.closestLine(m, "/therapy/0/regimen", up));
        assertEquals(5, InputProblems.closestLine(m, "/therapy/0/stop_age", up));
        assertEquals(9, InputProblems.closestLine(m, "/levels/t_ng_dl", up));
        assertEquals(1, InputProblems.closestLine(m, "/nothing/here", up));
        assertEquals(0, InputProblems.closestLine(Map.of(), "/a/b", up), "no line at all");
    }

    @Test
    void numbersAreWrittenAsAPersonWould() {
        assertEquals("120", InputProblems.number(120));
        assertEquals("999999999999999", InputProblems.number(999_999_999_999_999.0));
        assertEquals("1.0E15", InputProblems.number(1e15), "from 10^15 on, as Java writes it");
        assertEquals("0.2", InputProblems.number(0.2));
        assertEquals("-3", InputProblems.number(-3.0));
        assertEquals("1.0E20", InputProblems.number(1e20), "not clipped to the largest long");
        assertEquals("NaN", InputProblems.number(Double.NaN));
    }
}
