package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.bonebalance.sim.why.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A link of a trace is said as the gauges say it: units written as people read them, ratios with ×. Every test
 * starts in English ({@code testsupport.EnglishLocaleExtension}).
 */
class TraceWordsTest {
    @Test
    void valuesCarryTheirUnitsAsWritten() {
        assertEquals("0.912 g/cm²", TraceWords.shown(Quantity.BMD, 0.9123), "a superscript two, not g/cm2");
        assertEquals("40.0 pg/mL", TraceWords.shown(Quantity.ESTRADIOL, 40));
        assertEquals("×2.90", TraceWords.shown(Quantity.OSTEOCLASTS, 2.9));
        assertEquals("−0.0123 g/cm²", TraceWords.change(Quantity.BMD, -0.01234));
        assertEquals("+1.25 % a year", TraceWords.change(Quantity.BMD_RATE, 1.249));
        assertEquals("+0.845", TraceWords.change(Quantity.RANKL, 0.8449), "a ratio's change: one decimal finer, no unit");
        assertEquals("0.000", TraceWords.change(Quantity.OSTEOCLASTS, -0.0001), "no sign on a change that rounds to 0");
        assertThrows(IllegalArgumentException.class, () -> TraceWords.unit(Quantity.RANKL));
    }

    @Test
    void spanishUsesItsOwnDecimalMarkAndWords() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("0,912 g/cm²", TraceWords.shown(Quantity.BMD, 0.9123));
        assertEquals("-1,3 DE", TraceWords.shown(Quantity.T_SCORE, -1.3));
    }
}
