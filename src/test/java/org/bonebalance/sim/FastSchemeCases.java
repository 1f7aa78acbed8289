package org.bonebalance.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;

/**
 * The scenarios the fast scheme is held to (docs/model.md §8), and its largest differences from the reference
 * 1-day RK4 over each. {@link #main} prints the table of docs/model.md §8:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.bonebalance.sim.FastSchemeCases
 * </pre>
 */
public final class FastSchemeCases {
    /** Bounds (docs/model.md §8): BMD in points (percent of the reference BMD), turnover markers and T-score. */
    static final double BMD_POINTS = 0.05;
    static final double TURNOVER = 0.01;
    static final double T_SCORE = 0.01;

    private FastSchemeCases() {}

    /** One forecast: from y0 at startAge for years. */
    record Case(String name, double[] y0, double startAge, double years, HormoneSchedule schedule) {}

    /**
     * Largest differences, fast minus reference: BMD at every day (points), and at every 30-day row the
     * turnover markers (CTX_rel = osteoclasts, P1NP_rel = formation, both relative to the reference state) and
     * the T-score; with the right-hand-side evaluations of both.
     */
    record Errors(Case c, double bmdPoints, double bmdDay, double ctx, double p1np, double tScore,
                  long fastEvaluations, long referenceEvaluations) {
        boolean within() {
            return bmdPoints < BMD_POINTS && ctx < TURNOVER && p1np < TURNOVER && tScore < T_SCORE;
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        double[] woman = SteadyState.REFERENCE;
        double[] man = SteadyState.solve(HormoneEffects.of(HormoneLevels.YOUNG_MALE));
        for (Preset p : Preset.values()) {
            out.add(new Case("preset " + p.id() + " held from 45 (woman's reference)", woman, 45, 40,
                    HormoneSchedule.constant(p.levels())));
        }
        for (Preset p : new Preset[] {Preset.YOUNG_MAN, Preset.OLDER_MAN_LOW_T}) {
            out.add(new Case("preset " + p.id() + " held from 45 (man's reference)", man, 45, 40,
                    HormoneSchedule.constant(p.levels())));
        }
        Scenario natural = Scenario.defaultFemale();
        out.add(scenario("natural menopause at 51, 45 to 85", natural));
        out.add(scenario("natural, E+P 53-58 then E 60-70 (two stops)", natural.withTherapies(List.of(
                new TherapyCourse(Regimen.EP, 53, 58), new TherapyCourse(Regimen.E, 60, 70)))));
        out.add(scenario("natural, E+P 51.5-52.5 (starts and stops mid-transition)", natural.withTherapies(List.of(
                new TherapyCourse(Regimen.EP, 51.5, 52.5)))));
        out.add(scenario("natural, E+P from 45 (at the start) to 56", natural.withTherapies(List.of(
                new TherapyCourse(Regimen.EP, 45, 56)))));
        Scenario surgical = new Scenario(Scenario.Sex.FEMALE, 45, 40, Scenario.Menopause.SURGICAL, 50, null,
                List.of(), BmdScale.DEFAULT_BASELINE_G_PER_CM2, 30);
        out.add(scenario("surgical menopause at 50", surgical));
        out.add(scenario("surgical at 50, E+P+T 52-57 (stop)", surgical.withTherapies(List.of(
                new TherapyCourse(Regimen.EPT, 52, 57)))));
        return out;
    }

    private static Case scenario(String name, Scenario s) {
        return new Case(name, s.initialState(), s.startAge(), s.years(), s.schedule());
    }

    static Errors errors(Case c) {
        List<Readout> fast = rows(c, Forecast.Scheme.FAST);
        List<Readout> ref = rows(c, Forecast.Scheme.DAILY_RK4);
        double ctx = 0, p1np = 0, t = 0;
        for (int i = 0; i < ref.size(); i++) {
            ctx = Math.max(ctx, Math.abs(fast.get(i).ctxRel() - ref.get(i).ctxRel()));
            p1np = Math.max(p1np, Math.abs(fast.get(i).p1npRel() - ref.get(i).p1npRel()));
            t = Math.max(t, Math.abs(fast.get(i).tScore() - ref.get(i).tScore()));
        }
        double[] fastDaily = Forecast.bmdRelByDay(c.y0(), c.startAge(), c.years(), c.schedule(), Forecast.Scheme.FAST);
        double[] refDaily = Forecast.bmdRelByDay(c.y0(), c.startAge(), c.years(), c.schedule(),
                Forecast.Scheme.DAILY_RK4);
        double bmd = 0;
        int at = 0;
        for (int d = 0; d < refDaily.length; d++) {
            double diff = 100 * Math.abs(fastDaily[d] - refDaily[d]);
            if (diff > bmd) {
                bmd = diff;
                at = d;
            }
        }
        long fastEvaluations = evaluations(c);
        return new Errors(c, bmd, at, ctx, p1np, t, fastEvaluations, 4 * (refDaily.length - 1L));
    }

    static List<Readout> rows(Case c, Forecast.Scheme scheme) {
        return Forecast.project(c.y0(), c.startAge(), c.years(), c.schedule(), 30,
                BmdScale.DEFAULT_BASELINE_G_PER_CM2, Double.NaN, HormoneEffects.CALIBRATED,
                org.bonebalance.model.CoreParameters.LAMBDA, scheme);
    }

    /** Right-hand-side evaluations of the fast scheme over the case. */
    static long evaluations(Case c) {
        FastSteps steps = new FastSteps(c.y0(), c.startAge(), c.schedule(), HormoneEffects.CALIBRATED);
        steps.stateAt(Math.round(c.years() * Forecast.DAYS_PER_YEAR), new double[c.y0().length]);
        return steps.evaluations();
    }

    public static void main(String[] args) {
        System.out.println("| scenario | BMD, points (day) | CTX_rel | P1NP_rel | T-score | evaluations, fast / 1-day RK4 |");
        System.out.println("|---|---|---|---|---|---|");
        for (Case c : cases()) {
            Errors e = errors(c);
            System.out.println(String.format(Locale.ROOT, "| %s | %.4f (%d) | %.4f | %.4f | %.4f | %d / %d (%.3f) |",
                    c.name(), e.bmdPoints(), (long) e.bmdDay(), e.ctx(), e.p1np(), e.tScore(), e.fastEvaluations(),
                    e.referenceEvaluations(), (double) e.fastEvaluations() / e.referenceEvaluations()));
        }
    }
}
