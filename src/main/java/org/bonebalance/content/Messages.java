package org.bonebalance.content;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one facade for user-visible text. Text lives in resource bundles under
 * {@code org/bonebalance/i18n/}, one bundle per area so that each area owns its own file:
 * {@link #BUNDLES}. Keys are unique across bundles (a test checks this and that every key exists in every
 * language and is used).
 */
public final class Messages {
    /** Base names of every bundle, searched in this order. */
    public static final List<String> BUNDLES = List.of(
            "org.bonebalance.i18n.messages",   // shell, menus, shared words
            "org.bonebalance.i18n.explorer",   // sliders, gauges, timeline, status line
            "org.bonebalance.i18n.animation",  // remodeling cycle and RANKL switch views
            "org.bonebalance.i18n.content",    // depths, glossary, evidence, lessons, about
            "org.bonebalance.i18n.consult",    // consultation and handout
            "org.bonebalance.i18n.cli");       // command-line help and errors

    /** Languages with complete bundles. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    /**
     * Everything that depends on the language, replaced as one piece by {@link #setLocale}: a reader sees the
     * locale, its bundles and its compiled formats together, and a language change starts an empty cache.
     *
     * @param formats compiled patterns of this locale by key: {@link #get} is called many times per animation
     *                frame, and compiling a {@link MessageFormat} costs far more than formatting with it
     */
    private record Language(Locale locale, List<ResourceBundle> bundles, ConcurrentHashMap<String, MessageFormat> formats) {
        Language(Locale locale) {
            this(locale, load(locale), new ConcurrentHashMap<>());
        }
    }

    private static volatile Language current = new Language(pickDefault());

    private Messages() {}

    private static Locale pickDefault() {
        Locale d = Locale.getDefault();
        for (Locale l : LANGUAGES) if (l.getLanguage().equals(d.getLanguage())) return l;
        return Locale.ENGLISH;
    }

    private static List<ResourceBundle> load(Locale l) {
        List<ResourceBundle> list = new ArrayList<>();
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String base : BUNDLES) {
            try {
                list.add(ResourceBundle.getBundle(base, l, noFallback));
            } catch (MissingResourceException e) {
                // an area with no text yet
            }
        }
        return List.copyOf(list);
    }

    public static Locale locale() { return current.locale(); }

    /** Switches language for text fetched from now on (and forgets the formats compiled for the old one). */
    public static void setLocale(Locale l) {
        current = new Language(l);
    }

    public static boolean has(String key) {
        for (ResourceBundle b : current.bundles()) if (b.containsKey(key)) return true;
        return false;
    }

    /** The text for key, formatted with args by {@link MessageFormat} in the current locale. */
    public static String get(String key, Object... args) {
        Language lang = current;
        if (args.length > 0) {
            MessageFormat cached = lang.formats().get(key);
            if (cached != null) return format(cached, args);
        }
        String pattern = pattern(lang, key);
        if (pattern == null) return "!" + key + "!";
        if (args.length == 0) return pattern;
        return format(lang.formats().computeIfAbsent(key, k -> new MessageFormat(pattern, lang.locale())), args);
    }

    private static String format(MessageFormat f, Object[] args) {
        // a MessageFormat (and the number formats inside it) keeps state while formatting: one thread at a time
        synchronized (f) {
            return f.format(args);
        }
    }

    /** How many formats the current language has compiled (for tests: the cache is used and starts empty). */
    static int compiledFormats() {
        return current.formats().size();
    }

    /** The raw pattern of key in that language, or null when no bundle has it. */
    private static String pattern(Language lang, String key) {
        for (ResourceBundle b : lang.bundles()) if (b.containsKey(key)) return b.getString(key);
        return null;
    }

    /** The text for key in the given language (no formatting), e.g. to save a lesson in every language. */
    public static String getIn(Locale l, String key) {
        Language lang = current;
        List<ResourceBundle> bundles = l.getLanguage().equals(lang.locale().getLanguage()) ? lang.bundles() : load(l);
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
        return "!" + key + "!";
    }

    /** A number with the given decimals, in the current locale. */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(current.locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
