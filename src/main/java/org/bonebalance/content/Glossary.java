package org.bonebalance.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The glossary: every term the app explains, each with a definition at every {@link Depth}. The text lives in
 * the {@code content} bundle under {@code content.term.<id>.name}, {@code .aliases} (comma-separated words
 * that mark the term in running text), and one key per depth ({@code .fundamentals}, {@code .intermediate},
 * {@code .academic}).
 */
public final class Glossary {
    /** Every term id, in the order the glossary lists them by default (then sorted by name for display). */
    public static final List<String> TERM_IDS = List.of(
            "bone-remodeling", "bone-formation", "bone-resorption", "bone-loss", "bmd", "bone-density",
            "fracture-risk", "osteoporosis", "estrogen", "estrogen-deficiency", "progesterone", "rankl", "opg",
            "mht", "endocrine-system", "bone-health", "rank", "osteoclast", "osteoblast", "osteocyte", "t-score",
            "ctx", "p1np", "aromatization", "tnf-alpha", "il-1", "testosterone", "osteoid", "bmu", "er-alpha",
            "t-cell", "apoptosis", "turnover-marker", "menopause", "mineralization", "surgical-menopause");

    /** Key suffixes every term has in every language. */
    public static final List<String> SUFFIXES = List.of("name", "aliases", "fundamentals", "intermediate", "academic");

    private Glossary() {}

    public static String key(String termId, String suffix) { return "content.term." + termId + "." + suffix; }

    public static String name(String termId) { return Messages.get(key(termId, "name")); }

    public static String definition(String termId, Depth depth) { return ModelFigures.text(key(termId, depth.id())); }

    /** Surface forms (lower case) that mark this term in text of the current language; the name comes first. */
    public static List<String> aliases(String termId) {
        List<String> out = new ArrayList<>();
        out.add(name(termId).toLowerCase(Messages.locale()));
        Arrays.stream(Messages.get(key(termId, "aliases")).split(","))
                .map(s -> s.strip().toLowerCase(Messages.locale()))
                .filter(s -> !s.isEmpty() && !out.contains(s))
                .forEach(out::add);
        return out;
    }

    public static Optional<String> find(String termId) {
        return TERM_IDS.contains(termId) ? Optional.of(termId) : Optional.empty();
    }

    /**
     * Term ids whose name or aliases contain the query, sorted by name, followed by those that only mention it
     * in their definition (at the given depth).
     */
    public static List<String> search(String query, Depth depth) {
        Locale l = Messages.locale();
        String q = query == null ? "" : query.strip().toLowerCase(l);
        List<String> named = new ArrayList<>(), mentioned = new ArrayList<>();
        for (String id : TERM_IDS) {
            if (q.isEmpty() || String.join("|", aliases(id)).contains(q)) named.add(id);
            else if (definition(id, depth).toLowerCase(l).contains(q)) mentioned.add(id);
        }
        java.text.Collator c = java.text.Collator.getInstance(l);
        named.sort((a, b) -> c.compare(name(a), name(b)));
        mentioned.sort((a, b) -> c.compare(name(a), name(b)));
        named.addAll(mentioned);
        return named;
    }
}
