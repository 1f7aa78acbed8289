package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A text given in some languages: the asked language, else English, else always the same one of the others. */
class LocalTextTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theAskedLanguageThenEnglish() {
        LocalText t = LocalText.of(Map.of("en", "bone", "es", "hueso", "fr", "os"));
        assertEquals("hueso", t.textIn(SPANISH));
        assertEquals("bone", t.textIn(Locale.GERMAN));
    }

    @Test
    void withoutEnglishTheFallbackIsTheFirstLanguageByCodeWhateverTheOrderGiven() {
        List<String> codes = List.of("pt", "fr", "it", "de", "nl", "sv", "pl", "ca", "da", "fi", "cs", "eu");
        for (int shift = 0; shift < codes.size(); shift++) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                String c = codes.get((i + shift) % codes.size());
                given.put(c, "text-" + c);
            }
            LocalText t = LocalText.of(given);
            assertEquals("text-ca", t.textIn(SPANISH), "order given starting at " + codes.get(shift));
            assertEquals("text-ca", t.textIn(Locale.ENGLISH));
            assertEquals("text-ca", LocalText.of(Map.copyOf(given)).textIn(Locale.JAPANESE));
        }
    }

    @Test
    void nothingGivenIsEmpty() {
        assertEquals("", LocalText.of(Map.of()).textIn(Locale.ENGLISH));
    }
}
