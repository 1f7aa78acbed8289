package org.bonebalance.sim.consult;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;

/** Plain-words text about a consultation, shared by the screen and the handout. */
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
}
