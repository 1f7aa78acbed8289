package org.bonebalance.content;

import java.util.List;

/**
 * One claim the app makes about the world, with its evidence. Text keys: {@code content.evidence.<id>.claim},
 * {@code .finding}, {@code .size}, {@code .study}; the strength note comes from {@link Strength}.
 */
public record EvidenceCard(String id, Strength strength, List<String> referenceIds) {
    /** How strong the evidence is: the kind of study behind it. */
    public enum Strength {
        STRONG("strong"), MODERATE("moderate"), LIMITED("limited");

        private final String id;

        Strength(String id) { this.id = id; }

        public String id() { return id; }

        /** Filled dots out of three, so strength is never told by colour alone. */
        public int dots() { return 3 - ordinal(); }

        public static Strength fromId(String id) {
            for (Strength s : values()) if (s.id.equals(id)) return s;
            throw new IllegalArgumentException("strength must be strong, moderate or limited, not '" + id + "'");
        }
    }

    public static final List<String> SUFFIXES = List.of("claim", "finding", "size", "study");

    public EvidenceCard {
        referenceIds = List.copyOf(referenceIds);
    }

    public String key(String suffix) { return "content.evidence." + id + "." + suffix; }

    public String claim() { return Messages.get(key("claim")); }

    public String finding() { return Messages.get(key("finding")); }

    public String size() { return ModelFigures.text(key("size")); }

    public String study() { return Messages.get(key("study")); }

    public String strengthLabel() {
        return switch (strength) {
            case STRONG -> Messages.get("content.evidence.strength.strong");
            case MODERATE -> Messages.get("content.evidence.strength.moderate");
            case LIMITED -> Messages.get("content.evidence.strength.limited");
        };
    }
}
