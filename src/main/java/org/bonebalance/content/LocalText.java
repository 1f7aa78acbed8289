package org.bonebalance.content;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text in a lesson file: either a bundle key (written {@code "@content.lesson..."}, used by the built-in lessons)
 * or the text itself, in one language (a plain string) or several (an object {@code {"en": "...", "es": "..."}}).
 */
public record LocalText(Optional<String> key, Map<String, String> byLanguage) {
    public LocalText {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static LocalText ofKey(String key) { return new LocalText(Optional.of(key), Map.of()); }

    public static LocalText of(Map<String, String> byLanguage) { return new LocalText(Optional.empty(), new LinkedHashMap<>(byLanguage)); }

    /** The text in the current language (falling back to English, then to the language given whose code comes first). */
    public String text() { return textIn(Messages.locale()); }

    public String textIn(Locale l) {
        if (key.isPresent()) return Messages.getIn(l, key.get());
        String t = byLanguage.get(l.getLanguage());
        if (t == null) t = byLanguage.get("en");
        if (t != null) return t;
        // then the first language by code: the map's own order is not fixed (Map.copyOf), the choice must be
        return byLanguage.keySet().stream().min(Comparator.naturalOrder()).map(byLanguage::get).orElse("");
    }

    /** The text in every language of the app: what a saved lesson file holds, so a teacher can edit it. */
    public Map<String, String> resolvedAll() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Locale l : Messages.LANGUAGES) out.put(l.getLanguage(), textIn(l));
        return out;
    }
}
