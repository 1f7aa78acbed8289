package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Compiled formats are cached per language: the text is exactly what a fresh MessageFormat gives. */
class MessagesTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Object[] ARGS = {1234.5, 2, 0.25, "x", 7, 8};

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyKeyInEveryLanguageFormatsAsAFreshMessageFormatWouldTwice() {
        int checked = 0;
        for (Locale l : Messages.LANGUAGES) {
            Messages.setLocale(l);
            for (String base : Messages.BUNDLES) {
                ResourceBundle b;
                try {
                    b = ResourceBundle.getBundle(base, l,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                } catch (MissingResourceException e) {
                    continue;
                }
                for (String key : b.keySet()) {
                    String pattern = b.getString(key);
                    assertEquals(pattern, Messages.get(key), "without arguments the pattern as written: " + key);
                    MessageFormat fresh;
                    try {
                        fresh = new MessageFormat(pattern, l);
                    } catch (IllegalArgumentException notAPattern) { // text only ever shown without arguments
                        assertThrows(IllegalArgumentException.class, () -> Messages.get(key, ARGS), key);
                        continue;
                    }
                    String expected = fresh.format(ARGS);
                    assertEquals(expected, Messages.get(key, ARGS), key + " in " + l);
                    assertEquals(expected, Messages.get(key, ARGS), key + " in " + l + ", from the cache");
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "keys checked: " + checked);
        assertEquals("!no.such.key!", Messages.get("no.such.key", 1));
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
    }

    /** The cycle's clock counts weeks and days in the singular where there is one (not "1 weeks"). */
    @Test
    void theSiteClockSaysOneWeekAndOneDay() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("This site’s clock: cycle 16, day 11 (1 week 3 days)", Messages.get("animation.cycle.clock.site", 11, 1, 3, 16));
        assertEquals("This site’s clock: cycle 2, day 1 (0 weeks 0 days)", Messages.get("animation.cycle.clock.site", 1, 0, 0, 2));
        assertEquals("This site’s clock: cycle 2, day 16 (2 weeks 1 day)", Messages.get("animation.cycle.clock.site", 16, 2, 1, 2));
        Messages.setLocale(SPANISH);
        assertEquals("Reloj de este sitio: ciclo 16, día 11 (1 semana y 3 días)", Messages.get("animation.cycle.clock.site", 11, 1, 3, 16));
        assertEquals("Reloj de este sitio: ciclo 2, día 16 (2 semanas y 1 día)", Messages.get("animation.cycle.clock.site", 16, 2, 1, 2));
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void aFormatIsCompiledOnceAndALanguageChangeStartsAnew() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals(0, Messages.compiledFormats());
        String en = Messages.get("explorer.gauge.times", 2.5);
        Messages.get("explorer.gauge.times", 3.5);
        assertEquals(1, Messages.compiledFormats(), "the second call reuses the compiled format");
        Messages.setLocale(SPANISH);
        assertEquals(0, Messages.compiledFormats(), "a new language starts with no formats");
        String es = Messages.get("explorer.gauge.times", 2.5);
        assertNotEquals(en, es);
        assertEquals(new MessageFormat(Messages.getIn(SPANISH, "explorer.gauge.times"), SPANISH).format(new Object[] {2.5}), es);
        Messages.setLocale(Locale.ENGLISH);
        assertEquals(en, Messages.get("explorer.gauge.times", 2.5));
    }

    @Test
    void theLanguageIsTheJvmsDisplayLocaleMappedToOneOfOurs() {
        Locale saved = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.forLanguageTag("es-MX"));
            assertEquals(SPANISH, Messages.locale(), "a Spanish system speaks our Spanish");
            assertEquals(Messages.getIn(SPANISH, "explorer.gauge.times"), Messages.get("explorer.gauge.times"));
            Locale.setDefault(Locale.Category.DISPLAY, Locale.GERMANY);
            assertEquals(Locale.ENGLISH, Messages.locale(), "a language we lack falls back to English");
            assertEquals(Messages.getIn(Locale.ENGLISH, "explorer.gauge.times"), Messages.get("explorer.gauge.times"));
            Messages.setLocale(Locale.forLanguageTag("es-ES"));
            assertEquals(SPANISH, Locale.getDefault(Locale.Category.DISPLAY), "the choice is kept where Java keeps it");
            assertEquals(SPANISH, Messages.locale());
            Messages.setLocale(Locale.JAPANESE);
            assertEquals(Locale.ENGLISH, Locale.getDefault(Locale.Category.DISPLAY));
            assertEquals(Locale.ENGLISH, Messages.locale());
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, saved);
        }
    }

    @Test
    void anotherLocaleOfTheSameLanguageKeepsTheCompiledFormats() {
        Messages.setLocale(Locale.ENGLISH);
        Messages.get("explorer.gauge.times", 2.5);
        int compiled = Messages.compiledFormats();
        assertTrue(compiled >= 1);
        Locale saved = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            Locale.setDefault(Locale.Category.DISPLAY, Locale.UK);
            assertEquals(compiled, Messages.compiledFormats(), "still English: nothing to compile again");
            assertEquals(Locale.ENGLISH, Messages.locale());
        } finally {
            Locale.setDefault(Locale.Category.DISPLAY, saved);
        }
    }
}
