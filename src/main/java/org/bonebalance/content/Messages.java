package org.bonebalance.content;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

    private static volatile Locale locale = pickDefault();
    private static volatile List<ResourceBundle> loaded = load(locale);

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

    public static Locale locale() { return locale; }

    /** Switches language for text fetched from now on. */
    public static void setLocale(Locale l) {
        locale = l;
        loaded = load(l);
    }

    public static boolean has(String key) {
        for (ResourceBundle b : loaded) if (b.containsKey(key)) return true;
        return false;
    }

    /** The text for key, formatted with args by {@link MessageFormat} in the current locale. */
    public static String get(String key, Object... args) {
        for (ResourceBundle b : loaded) {
            if (b.containsKey(key)) {
                String pattern = b.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
            }
        }
        return "!" + key + "!";
    }

    /** The text for key in the given language (no formatting), e.g. to save a lesson in every language. */
    public static String getIn(Locale l, String key) {
        List<ResourceBundle> bundles = l.getLanguage().equals(locale.getLanguage()) ? loaded : load(l);
        for (ResourceBundle b : bundles) if (b.containsKey(key)) return b.getString(key);
        return "!" + key + "!";
    }

    /** A number with the given decimals, in the current locale. */
    public static String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
