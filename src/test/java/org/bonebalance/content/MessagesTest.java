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
