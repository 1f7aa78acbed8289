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
     * Everything that depends on one language, made as one piece: a reader sees the locale, its bundles and its
     * compiled formats together, and a language change starts an empty cache.
     *
     * @param requested the display locale this was made for (compared by identity: the cheap check per call)
     * @param formats   compiled patterns of this locale by key: {@link #get} is called many times per animation
     *                  frame, and compiling a {@link MessageFormat} costs far more than formatting with it
     */
    private record Language(Locale requested, Locale locale, List<ResourceBundle> bundles,
                            ConcurrentHashMap<String, MessageFormat> formats) {
        static Language of(Locale requested) {
            Locale l = supported(requested);
            return new Language(requested, l, load(l), new ConcurrentHashMap<>());
        }
    }

    /*
     * The language itself is not kept here. It is the JVM's display locale (Locale.Category.DISPLAY), the one
     * process-wide place Java keeps the language a program speaks; the app sets it from the user's choice or
     * the command line. This field only caches the bundles and formats of the display locale last asked for,
     * and is remade when that locale changes.
     */
    private static volatile Language loaded = Language.of(Locale.getDefault(Locale.Category.DISPLAY));

    private Messages() {}

    /** The language of ours closest to l: the same language if we have it, else English. */
    static Locale supported(Locale l) {
        for (Locale s : LANGUAGES) if (s.getLanguage().equals(l.getLanguage())) return s;
        return Locale.ENGLISH;
    }

    private static Language current() {
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        Language lang = loaded;
        if (lang.requested() != display) {
            lang = lang.locale().equals(supported(display)) ? new Language(display, lang.locale(), lang.bundles(), lang.formats())
                    : Language.of(display);
            loaded = lang;
        }
        return lang;
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

    /** The language text is given in: one of {@link #LANGUAGES}. */
    public static Locale locale() { return current().locale(); }

    /**
     * Switches language for text fetched from now on (and forgets the formats compiled for the old one): sets
     * the JVM's display locale to the nearest of {@link #LANGUAGES}.
     */
    public static void setLocale(Locale l) {
        Locale.setDefault(Locale.Category.DISPLAY, supported(l));
    }

    public static boolean has(String key) {
        for (ResourceBundle b : current().bundles()) if (b.containsKey(key)) return true;
        return false;
    }

    /** The text for key, formatted with args by {@link MessageFormat} in the current locale. */
    public static String get(String key, Object... args) {
        Language lang = current();
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
        return current().formats().size();
    }

    /** The raw pattern of key in that language, or null when no bundle has it. */
    private static String pattern(Language lang, String key) {
        for (ResourceBundle b : lang.bundles()) if (b.containsKey(key)) return b.getString(key);
        return null;
    }

    /** The text for key in the given language (no formatting), e.g. to save a lesson in every language. */
    public static String getIn(Locale l, String key) {
        Language lang = current();
        List<ResourceBundle> bundles = l.getLanguage().equals(lang.locale().getLanguage()) ? lang.bundles() : load(l);
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
        return "!" + key + "!";
    }

    /** A number with the given decimals, in the current locale. */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(current().locale());
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
