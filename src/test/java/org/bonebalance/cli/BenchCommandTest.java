package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bench command's output format (its numbers are reported, never asserted). */
class BenchCommandTest {
    @Test
    void printsNameValueLinesWithTheMedian() {
        CliRun r = CliRun.of("bench", "--runs", "3");
        assertEquals(0, r.code(), r.err());
        Map<String, String> values = r.out().lines().map(l -> l.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1]));
        for (String key : new String[] {"forecast_40y_ms", "forecast_40y_p90_ms", "steady_state_us", "rk4_step_ns",
                "forecast_rows"}) {
            assertTrue(values.containsKey(key), key);
        }
        assertTrue(Double.parseDouble(values.get("forecast_40y_ms")) > 0);
        assertEquals("488", values.get("forecast_rows"));
        assertEquals("0.794214", values.get("bmd_rel_end")); // docs/model.md §7: FMP+30 from FMP−1
    }

    @Test
    void badRunsIsOneLine() {
        CliRun r = CliRun.of("bench", "--runs", "0");
        assertNotEquals(0, r.code());
        assertEquals(1, r.err().strip().lines().count());
        assertEquals("", r.out());
    }

    @Test
    void helpNamesTheFigures() {
        CliRun r = CliRun.of("bench", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("forecast_40y_ms"));
    }
}
