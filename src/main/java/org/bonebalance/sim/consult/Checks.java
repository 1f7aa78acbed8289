package org.bonebalance.sim.consult;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bonebalance.content.Messages;

/**
 * Field checks whose messages name the field, so a person can act on them (STYLE.md convention 11). The
 * exception keeps the internal field id (for code and tests) but its message uses the field's visible label
 * from the bundle ({@link #label}) and numbers written for the current language ("0,3" in Spanish); a file
 * reader can ask for the same message naming the field as it is spelled in the file ({@link
 * InvalidFieldException#messageNaming}).
 */
public final class Checks {
    private Checks() {}

    /** Thrown when one field of a consultation is missing or out of range; the message names the field. */
    public static final class InvalidFieldException extends IllegalArgumentException {
        private final String field;
        private final String key;
        private final Object[] args;

        InvalidFieldException(String field, String key, Object... args) {
            super(Messages.get(key, withName(label(field), args)));
            this.field = field;
            this.key = key;
            this.args = args.clone();
        }

        /** The internal field id, e.g. {@code person.menopauseAge} or {@code scenarios[2].stopAge}. */
        public String field() { return field; }

        /** The same problem, naming the field as {@code name} (e.g. its path in a consultation file). */
        public String messageNaming(String name) { return Messages.get(key, withName(name, args)); }

        /** The same problem for a field renamed (e.g. a scenario's field once its place in the list is known). */
        InvalidFieldException renamed(String newField) {
            InvalidFieldException e = new InvalidFieldException(newField, key, args);
            e.setStackTrace(getStackTrace());
            return e;
        }

        private static Object[] withName(String name, Object[] args) {
            Object[] all = new Object[args.length + 1];
            all[0] = name;
            System.arraycopy(args, 0, all, 1, args.length);
            return all;
        }
    }

    public static void range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidFieldException(field, "consult.error.range",
                    fmt(min), fmt(max), Double.isFinite(value) ? fmt(value) : String.valueOf(value));
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
    private static final Pattern INDEXED = Pattern.compile("(scenarios|tableAges)\\[(\\d+)](?:\\.(\\w+))?");

    /**
     * The label a person sees for a field id: the form's own label where the form has one (e.g.
     * {@code person.menopauseAge} is "Menopause age"), so the message points at the box to correct.
     */
    public static String label(String field) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            if (m.group(1).equals("tableAges")) return Messages.get("consult.field.tableAge", n);
            String scenario = Messages.get("consult.ui.scenario", n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : n);
            if (m.group(3) == null) return scenario;
            String part = scenarioPart(m.group(3));
            return part == null ? field : Messages.get("consult.field.inScenario", scenario, part);
        }
        if (field.startsWith(SCENARIO)) {
            String part = scenarioPart(field.substring(SCENARIO.length()));
            return part == null ? field : capitalise(part);
        }
        String key = FIELD_KEYS.get(field);
        return key == null ? field : Messages.get(key);
    }

    /** The bundle key of each checked field's visible label. */
    private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
            Map.entry("person", "consult.ui.person"),
            Map.entry("person.label", "consult.field.label"),
            Map.entry("person.sex", "consult.ui.sex"),
            Map.entry("person.age", "consult.ui.age"),
            Map.entry("person.menopause", "consult.ui.menopause"),
            Map.entry("person.menopauseAge", "consult.ui.menopauseAge"),
            Map.entry("person.measurement", "consult.ui.scan"),
            Map.entry("person.measurement.kind", "consult.ui.scanKind"),
            Map.entry("person.measurement.age", "consult.ui.scanAge"),
            Map.entry("person.measurement.value", "consult.field.scanValue"),
            Map.entry("scenarios", "consult.field.scenarios"),
            Map.entry("tableAges", "consult.ui.tableAges"),
            Map.entry("majorFracturePct", "consult.ui.riskMajor"),
            Map.entry("hipFracturePct", "consult.ui.riskHip"));

    /** The same for the fields inside a scenario. */
    private static final Map<String, String> SCENARIO_PART_KEYS = Map.of(
            "name", "consult.field.name",
            "regimen", "consult.field.therapy",
            "startAge", "consult.field.startAge",
            "stopAge", "consult.field.stopAge");

    private static String scenarioPart(String name) {
        String key = SCENARIO_PART_KEYS.get(name);
        return key == null ? null : Messages.get(key);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Messages.locale()) + s.substring(1);
    }

    /** A number as a person reads it in the current language: whole numbers plainly, else up to 3 decimals. */
    static String fmt(double d) {
        Locale l = Messages.locale();
        if (Math.abs(d) >= 1e6 || (d != 0 && Math.abs(d) < 1e-3)) return String.format(l, "%.3g", d);
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(3);
        return f.format(d);
    }
}
