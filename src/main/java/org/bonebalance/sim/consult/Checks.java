package org.bonebalance.sim.consult;

import java.util.function.Supplier;

/**
 * Field checks that say which field is wrong and why, so a person can act on them (STYLE.md convention 11).
 * The exception keeps the internal field id, the bundle key of the reason and its arguments (numbers as
 * numbers); the words a person reads, with the field's visible label and numbers written for the language,
 * are {@code content.Wording.problem} (or {@code problemNaming} for the field as a file spells it).
 */
public final class Checks {
    private Checks() {}

    /** Thrown when one field of a consultation is missing or out of range; the message names the field. */
    public static final class InvalidFieldException extends IllegalArgumentException {
        private final String field;
        private final String key;
        private final Object[] args;

        InvalidFieldException(String field, String key, Object... args) {
            super(field + ": " + key); // for logs; a person reads content.Wording.problem(this)
            this.field = field;
            this.key = key;
            this.args = args.clone();
        }

        /** The internal field id, e.g. {@code person.menopauseAge} or {@code scenarios[2].stopAge}. */
        public String field() { return field; }

        /** The bundle key of the reason, e.g. {@code consult.error.range}. */
        public String key() { return key; }

        /** The reason's arguments after the field's name (numbers as numbers). */
        public Object[] args() { return args.clone(); }

        /** The same problem for a field renamed (e.g. a scenario's field once its place in the list is known). */
        InvalidFieldException renamed(String newField) {
            InvalidFieldException e = new InvalidFieldException(newField, key, args);
            e.setStackTrace(getStackTrace());
            return e;
        }
    }

    public static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidFieldException(field, "consult.error.range",
                    min, max, shown(value));
        }
    }

    public static void required(String field, Object value) {
        if (value == null) throw new InvalidFieldException(field, "consult.error.missing");
    }

    public static void fail(String field, String key, Object... args) {
        throw new InvalidFieldException(field, key, args);
    }

    public static void text(String field, String value, int maxLength) {
        if (value == null) return;
        if (value.length() > maxLength) fail(field, "consult.error.tooLong", maxLength);
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) fail(field, "consult.error.control");
        }
    }

    /**
     * Builds something from one scenario's values (usually a {@link ScenarioSpec}); a problem found there is
     * reported as belonging to scenario {@code index} (0-based), e.g. "Scenario B: therapy stop age ...".
     */
    public static <T> T inScenario(int index, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidFieldException e) {
            if (!e.field().startsWith(SCENARIO)) throw e;
            throw e.renamed("scenarios[" + (index + 1) + "]." + e.field().substring(SCENARIO.length()));
        }
    }

    private static final String SCENARIO = "scenario.";

    /** A number argument as the message shows it; non-finite values as Java spells them (the message says "found NaN"). */
    private static Object shown(double d) {
        return Double.isFinite(d) ? (Object) d : String.valueOf(d);
    }
}
