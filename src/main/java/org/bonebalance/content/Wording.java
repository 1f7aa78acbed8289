package org.bonebalance.content;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.consult.Checks;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;

/**
 * Plain-words text about a consultation, shared by the screen and the handout: names, the sentence, and the
 * problems {@link Checks} finds, naming the field by its visible label with numbers written for the language.
 */
public final class Wording {
    /** Differences smaller than this (percent of BMD) are called "about the same". */
    public static final double SAME_PCT = 0.5;

    private Wording() {}

    /** The name shown for a scenario: its own name, or one made from its therapy. */
    public static String name(ScenarioSpec s) {
        if (!s.name().isBlank()) return s.name();
        if (s.regimen() == null) return Messages.get("consult.scenario.none");
        return Messages.get("consult.scenario.named", regimen(s.regimen()), age(s.startAge()), age(s.stopAge()));
    }

    public static String regimen(org.bonebalance.sim.Regimen r) {
        return switch (r) {
            case E -> Messages.get("consult.regimen.e");
            case EP -> Messages.get("consult.regimen.ep");
            case EPT -> Messages.get("consult.regimen.ept");
        };
    }

    public static String band(BmdScale.Band b) {
        return switch (b) {
            case NORMAL -> Messages.get("consult.band.normal");
            case LOW_BONE_MASS -> Messages.get("consult.band.low");
            case OSTEOPOROSIS -> Messages.get("consult.band.osteo");
        };
    }

    /** The icon-array question: women or men, any fracture or hip. */
    public static String riskHeading(Person p, boolean hip) {
        boolean man = p.sex() == org.bonebalance.sim.Scenario.Sex.MALE;
        if (hip) return Messages.get(man ? "consult.risk.headingHipMen" : "consult.risk.headingHip");
        return Messages.get(man ? "consult.risk.headingMen" : "consult.risk.heading");
    }

    public static String age(double a) {
        return a == Math.rint(a) ? Messages.number(a, 0) : Messages.number(a, 1);
    }

    public static String tScore(double t) { return Messages.number(t, 1); }

    public static String bmd(double g) { return Messages.number(g, 3); }

    public static String rr(double rr) { return Messages.number(rr, 1); }

    /**
     * One sentence saying what the difference between the scenarios is, at the last table age. With one
     * scenario it describes that one.
     */
    public static String sentence(ConsultForecast.Result r) {
        List<ConsultForecast.Outcome> out = r.outcomes();
        int last = r.consultation().tableAges().size() - 1;
        String at = age(r.consultation().tableAges().get(last));
        ConsultForecast.Outcome base = out.getFirst();
        Readout b = base.table().get(last);
        if (out.size() == 1) {
            return Messages.get("consult.sentence.one", at, name(base.spec()), tScore(b.tScore()), band(b.band()));
        }
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < out.size(); i++) {
            Readout x = out.get(i).table().get(last);
            double pct = (x.bmdGPerCm2() / b.bmdGPerCm2() - 1) * 100;
            String key = Math.abs(pct) < SAME_PCT ? "consult.sentence.same"
                    : pct > 0 ? "consult.sentence.higher" : "consult.sentence.lower";
            parts.add(Messages.get(key, name(out.get(i).spec()), Messages.number(Math.abs(pct), 0),
                    tScore(x.tScore()), tScore(b.tScore())));
        }
        return Messages.get("consult.sentence.many", at, name(base.spec()), String.join("; ", parts));
    }

    /** The problem in words, naming the field by the label a person sees on the form. */
    public static String problem(Checks.InvalidFieldException e) {
        return problemNaming(e, label(e.field()));
    }

    /** The same problem, naming the field as {@code name} (e.g. its path in a consultation file). */
    public static String problemNaming(Checks.InvalidFieldException e, String name) {
        Object[] args = e.args();
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        for (int i = 0; i < args.length; i++) all[i + 1] = args[i] instanceof Double d ? fmt(d) : args[i];
        return Messages.get(e.key(), all);
    }

    /** Any rejected input in words: a checked field's problem, else the exception's own message. */
    public static String problem(RuntimeException e) {
        return e instanceof Checks.InvalidFieldException f ? problem(f) : e.getMessage();
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
    public static String fmt(double d) {
        Locale l = Messages.locale();
        if (Math.abs(d) >= 1e6 || (d != 0 && Math.abs(d) < 1e-3)) return String.format(l, "%.3g", d);
        NumberFormat f = NumberFormat.getNumberInstance(l);
        f.setGroupingUsed(false);
        f.setMaximumFractionDigits(3);
        return f.format(d);
    }
}
