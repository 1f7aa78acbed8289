package org.bonebalance.sim.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bonebalance.model.CoreParameters;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;
import org.bonebalance.sim.Rk4;

/**
 * Every published case the hormone layer is held to, as a scenario of the model with the published figure, its
 * source and a tolerance (docs/model.md §7). {@link Case#fitted()} says whether the case entered the fit
 * ({@link LayerFit}) or is held out; {@link Case#asserted()} false marks a figure we show but do not claim to
 * meet (the model leaves out what drives it; docs/model.md says why).
 * <p>All runs go through {@link Forecast#project}, the app's own integration path. For the fit, a candidate
 * layer, mechanostat gain and f_active are passed in; BMD is re-scaled from the app's f_active to the candidate's
 * (BMD_rel is linear in the mineral content).
 */
public final class PublishedCases {
    private PublishedCases() {}

    /**
     * One case. {@code model} is the model's value; it holds when |model − published| ≤ tolerance (for a
     * {@link Kind#AT_MOST} case: model ≤ published + tolerance; {@link Kind#AT_LEAST}: model ≥ published − tolerance).
     */
    public record Case(String id, String what, String published, double value, double tolerance, Kind kind,
                       String unit, String source, boolean fitted, boolean asserted, double model) {
        public boolean holds() {
            return switch (kind) {
                case WITHIN -> Math.abs(model - value) <= tolerance;
                case AT_MOST -> model <= value + tolerance;
                case AT_LEAST -> model >= value - tolerance;
            };
        }

        /** Distance from the published value in tolerances (0 inside a one-sided bound). */
        public double error() {
            // a sign check (tolerance 0) counts a tenth of the value's scale beyond the bound as one tolerance
            double e = (model - value) / (tolerance == 0 ? signScale() : tolerance);
            return switch (kind) {
                case WITHIN -> e;
                case AT_MOST -> Math.max(e, 0);
                case AT_LEAST -> Math.min(e, 0);
            };
        }

        private double signScale() {
            return switch (unit) {
                case "%" -> 10;
                case "×" -> 0.1;
                default -> 1;
            };
        }

        /** The model's value as the table shows it, with its unit. */
        public String modelText() {
            return switch (unit) {
                case "×" -> String.format(Locale.ROOT, "× %.2f", model);
                case "F/R" -> String.format(Locale.ROOT, "%.3f F/R", model);
                case "pg/mL" -> String.format(Locale.ROOT, "%.1f pg/mL", model);
                case "%BV" -> String.format(Locale.ROOT, "%.2f %%", model).replace("-", "−");
                default -> String.format(Locale.ROOT, "%+.2f", model).replace("-", "−") + " " + unit;
            };
        }
    }

    public enum Kind { WITHIN, AT_MOST, AT_LEAST }

    static final double START = 45, FMP = 51;
    private static final double BV_AT_REFERENCE = org.bonebalance.model.CoreParameters.BV0_PCT;

    /** The cases with the app's calibrated layer. */
    public static List<Case> evaluate() {
        return evaluate(HormoneEffects.CALIBRATED, CoreParameters.LAMBDA, CoreParameters.F_ACTIVE);
    }

    public static List<Case> evaluate(HormoneEffects.Layer layer, double lambda, double fActive) {
        return evaluate(layer, lambda, fActive, true);
    }

    /** @param numerics false skips the (slow) accuracy check of the integrator, which is not fitted */
    public static List<Case> evaluate(HormoneEffects.Layer layer, double lambda, double fActive, boolean numerics) {
        return new Runs(layer, lambda, fActive).cases(numerics);
    }

    private static final class Runs {
        final HormoneEffects.Layer layer;
        final double lambda, fActive;
        final HormoneSchedule natural = HormoneSchedule.naturalMenopause(FMP, HormoneLevels.PREMENOPAUSAL,
                HormoneLevels.POSTMENOPAUSAL);
        /** Natural menopause from 45, one row a day for 40 years. */
        final List<Readout> nat;

        Runs(HormoneEffects.Layer layer, double lambda, double fActive) {
            this.layer = layer;
            this.lambda = lambda;
            this.fActive = fActive;
            nat = run(SteadyState.REFERENCE, START, 40, natural);
        }

        List<Readout> run(double[] y0, double age, double years, HormoneSchedule s) {
            return Forecast.project(y0, age, years, s, 1, 1.056, Double.NaN, layer, lambda, Forecast.Scheme.DAILY_RK4);
        }

        /** BMD_rel with the candidate f_active (the app's readout uses CoreParameters.F_ACTIVE). */
        double bmd(Readout r) {
            double mineralRel = (r.bmdRel() - (1 - CoreParameters.F_ACTIVE)) / CoreParameters.F_ACTIVE;
            return 1 - fActive + fActive * mineralRel;
        }

        static int day(double yearsFromStart) {
            return (int) Math.round(yearsFromStart * Forecast.DAYS_PER_YEAR);
        }

        Readout natAt(double age) {
            return nat.get(day(age - START));
        }

        /** Percent change between two rows. */
        double pct(Readout from, Readout to) {
            return 100 * (bmd(to) / bmd(from) - 1);
        }

        /** The state of the natural-menopause run at an age (re-run to that day; the rows hold no state). */
        double[] stateAt(double age) {
            return Forecast.finalState(SteadyState.REFERENCE, START, age - START, natural, layer, lambda);
        }

        /** From the natural run at age, these levels held (a therapy or trial arm) for the given years. */
        List<Readout> arm(double age, double years, HormoneLevels levels) {
            return run(stateAt(age), age, years, HormoneSchedule.constant(levels));
        }

        List<Case> cases(boolean numerics) {
            List<Case> out = new ArrayList<>();
            // 1-4, 8: untreated natural menopause
            out.add(c("swan", "BMD change from FMP−1 to FMP+2 (natural menopause)", "−7.38 %", -7.38, 1.0,
                    "%", "Greendale 2012 (SWAN)", true, pct(natAt(FMP - 1), natAt(FMP + 2))));
            out.add(c("swan-rate", "loss rate 2–5 years after FMP", "−1.0 %/year", -1.0, 0.3, "%/year",
                    "derived from SWAN (Greendale 2012)", true, pct(natAt(FMP + 2), natAt(FMP + 5)) / 3));
            out.add(c("nhanes-decades", "women 71–80 vs 41–50 (cross-sectional; model: age 75.5 vs 45.5)",
                    "−15 %", -15, 3.0, "%", "Looker 2012 (NHANES 2005–08, spine)", true,
                    pct(natAt(45.5), natAt(75.5))));
            out.add(c("recker-1y", "active osteoclasts 1 year after FMP", "× 1.85", 1.85, 0.1, "×",
                    "Recker 2004 (activation frequency)", true, natAt(FMP + 1).ocaRel()));
            out.add(new Case("recker-13y", "active osteoclasts 13 years after FMP", "× 3", 3.0, 0.45, Kind.WITHIN,
                    "×", "Recker 2004 (activation frequency)", true, false, natAt(FMP + 13).ocaRel()));

            // 5-7: therapy from 5 years after FMP
            double t0 = FMP + 5;
            HormoneLevels post = HormoneLevels.POSTMENOPAUSAL;
            List<Readout> ep = arm(t0, 3, new HormoneLevels(40, 5, post.testosteroneNgPerDl()));
            List<Readout> e = arm(t0, 10, new HormoneLevels(40, post.progesteroneNgPerMl(), post.testosteroneNgPerDl()));
            double none2 = pct(natAt(t0), natAt(t0 + 2));
            double ep1 = pct(ep.getFirst(), ep.get(day(1)));
            double ep2 = pct(ep.getFirst(), ep.get(day(2)));
            double e1 = pct(e.getFirst(), e.get(day(1)));
            double e2y = pct(e.getFirst(), e.get(day(2)));
            double e3 = pct(e.getFirst(), e.get(day(3)));
            out.add(c("abdi", "standard therapy (E2 40, P4 5) from FMP+5: change after 1 year", "+3.5 %", 3.5, 1.0,
                    "%", "Abdi 2017 (transdermal E2 meta-analysis)", true, ep1));
            out.add(c("wells", "the same minus no treatment, after 2 years", "+6.76 points", 6.76, 1.0, "points",
                    "Wells 2002 (meta-analysis)", true, ep2 - none2));
            out.add(c("prior", "E2 + P4 minus E2 alone, after 2 years", "+1.36 points", 1.36, 0.6, "points",
                    "Prior 2017 (+0.68 %/year)", true, ep2 - e2y));

            // estrogen alone: PEPI kept gaining to 3 years, and balance is reached
            out.add(c("pepi-3y", "estradiol alone (E2 40) from FMP+5: change after 3 years",
                    "+3.5 to +5.0 % (active arms)", 4.25, 1.75, "%", "PEPI 1996 (JAMA 276:1389)", false, e3));
            out.add(new Case("pepi-gain", "the same: gain from year 1 to year 3", "still gaining (> 0)", 0, 0.0,
                    Kind.AT_LEAST, "points", "PEPI 1996 (JAMA 276:1389)", false, false, e3 - e1));
            Readout e10 = e.getLast();
            out.add(c("e-balance", "estradiol alone: formation/resorption after 10 years", "balance (1)", 1.0, 0.03,
                    "F/R", "PEPI 1996; Wells 2002 (no loss on therapy)", false, e10.formationOverResorption()));

            // progesterone alone does not protect (E2 5, P4 10 from 54, 2 years, minus untreated)
            List<Readout> p4only = arm(54, 2, new HormoneLevels(5, 10, post.testosteroneNgPerDl()));
            out.add(c("p4-alone", "progesterone alone (E2 5, P4 10) from 54, minus untreated, after 2 years",
                    "no protection (0)", 0, 0.3, "points", "Liu 2005; Prior 2010 (four RCTs)", false,
                    pct(p4only.getFirst(), p4only.get(day(2))) - pct(natAt(54), natAt(56))));

            // Ettinger 2004: ultralow-dose transdermal E2 in women 60-80 (model: 70, 19 years after FMP)
            List<Readout> low = arm(70, 2, new HormoneLevels(8.5, post.progesteroneNgPerMl(), post.testosteroneNgPerDl()));
            List<Readout> plac = arm(70, 2, new HormoneLevels(4.8, post.progesteroneNgPerMl(), post.testosteroneNgPerDl()));
            double lowPct = pct(low.getFirst(), low.getLast());
            double placPct = pct(plac.getFirst(), plac.getLast());
            out.add(c("ettinger", "E2 8.5 vs 4.8 pg/mL at age 70 for 2 years: difference", "+2.0 points (+2.6 vs +0.6)",
                    2.0, 0.8, "points", "Ettinger 2004", true, lowPct - placPct));
            out.add(new Case("ettinger-placebo", "the placebo arm (E2 4.8, with calcium and vitamin D)", "+0.6 %",
                    0.6, 1.0, Kind.WITHIN, "%", "Ettinger 2004", false, false, placPct));

            // surgical versus natural menopause (Pansini 1995), 61-144 months after: gap at 8.5 years
            HormoneSchedule surgical = HormoneSchedule.surgicalMenopause(FMP, HormoneLevels.PREMENOPAUSAL,
                    HormoneLevels.POSTMENOPAUSAL_SURGICAL);
            List<Readout> surg = run(SteadyState.REFERENCE, START, FMP + 8.5 - START, surgical);
            Readout before = natAt(FMP - 1);
            double surgLoss = -pct(surg.get(day(FMP - 1 - START)), surg.getLast());
            double natLoss = -pct(before, natAt(FMP + 8.5));
            out.add(c("pansini", "surgical minus natural cumulative loss, 8.5 years after menopause",
                    "+4.0 points (25.8 vs 21.8 %)", 4.0, 2.0, "points", "Pansini 1995", true, surgLoss - natLoss));

            // men
            out.add(c("aromatization", "men at T 234 ng/dL: estradiol", "21 pg/mL", 21, 2, "pg/mL",
                    "Snyder 2016 (TTrials baseline)", true, HormoneLevels.aromatizedEstradiol(234)));
            HormoneEffects young = HormoneEffects.of(HormoneLevels.YOUNG_MALE, 45, layer);
            double[] ym = SteadyState.solve(young);
            Readout ymr = Readout.of(45, ym, young, 1, 1);
            out.add(c("young-man", "young man (E2 25, P4 0.3, T 550): formation/resorption", "balance (1)", 1.0,
                    0.005, "F/R", "our reference for men (docs/model.md §5)", true, ymr.formationOverResorption()));
            // Falahati-Nini 2000: older men, both hormones suppressed for 3 weeks: resorption up, formation down
            HormoneLevels base = HormoneLevels.maleFromTestosterone(0.3, 450);
            HormoneEffects baseFx = HormoneEffects.of(base, 68, layer);
            double[] y68 = SteadyState.solve(baseFx);
            List<Readout> none = run(y68, 68, 21 / Forecast.DAYS_PER_YEAR,
                    HormoneSchedule.constant(new HormoneLevels(3, 0.3, 20)));
            // against the arm that kept both hormones (Falahati-Nini's group D: markers unchanged), so that the
            // comparison is the hormones' alone
            List<Readout> kept = run(y68, 68, 21 / Forecast.DAYS_PER_YEAR, HormoneSchedule.constant(base));
            Readout r0 = kept.getLast(), r3 = none.getLast();
            out.add(new Case("falahati-formation", "older man, E2 and T suppressed 3 weeks: formation marker",
                    "falls (< 0 %)", 0, 0.0, Kind.AT_MOST, "%", "Falahati-Nini 2000", true, false,
                    100 * (r3.p1npRel() / r0.p1npRel() - 1)));
            out.add(new Case("falahati-resorption", "the same: resorption marker", "rises (> 0 %)", 0, 0.0,
                    Kind.AT_LEAST, "%", "Falahati-Nini 2000", false, true, 100 * (r3.ctxRel() / r0.ctxRel() - 1)));

            // plausibility (our bound, not a trial): with no sex steroids at all, or estradiol at 1 pg/mL, for 40
            // years from 45, trabecular bone thins but does not vanish (the explorer's sliders reach these levels)
            double minBv = BV_AT_REFERENCE;
            for (HormoneLevels l : new HormoneLevels[] {new HormoneLevels(0, 0, 0), new HormoneLevels(1, 0.3, 20)}) {
                for (Readout r : Forecast.project(SteadyState.REFERENCE, START, 40, HormoneSchedule.constant(l), 90,
                        1.056, Double.NaN, layer, lambda, Forecast.Scheme.DAILY_RK4)) {
                    minBv = Math.min(minBv, Double.isFinite(r.bvTvPct()) ? r.bvTvPct() : -100);
                }
            }
            out.add(new Case("no-collapse", "no hormones (or E2 1 pg/mL) from 45 for 40 years: lowest BV/TV",
                    "above 3 % (of 15 %)", 3.0, 0.0, Kind.AT_LEAST, "%BV", "plausibility bound (ours)", false, false,
                    minBv));

            // numerics: the fixed 1-day RK4 against quarter-day steps over 40 years (docs/model.md §8), through
            // natural menopause and, from a year after the operation, surgical menopause (the first weeks after an
            // abrupt switch are the least accurate part of a 1-day step, and the app shows years)
            if (numerics) {
                double gap = Math.max(rk4Gap(natural, 0, 0), rk4Gap(surgical, FMP, FMP + 1));
                out.add(new Case("rk4-accurate", "1-day RK4 vs quarter-day steps, natural and surgical menopause, 45 to 85",
                        "below 0.05 points", 0, 0.05, Kind.AT_MOST, "points", "MODEL.md §7 (accuracy bound)", true,
                        true, gap));
            }
            return out;
        }

        /**
         * Largest |BMD| difference, in points, between 1-day and quarter-day RK4 steps from 45 for 40 years, not
         * counting ages from skipFrom to skipUntil.
         */
        double rk4Gap(HormoneSchedule schedule, double skipFrom, double skipUntil) {
            double[] coarse = SteadyState.REFERENCE.clone(), fine = SteadyState.REFERENCE.clone();
            Rk4 a = new Rk4(lambda), b = new Rk4(lambda);
            double worst = 0;
            int days = day(40);
            for (int d = 0; d < days; d++) {
                double age = START + d / Forecast.DAYS_PER_YEAR;
                a.step(coarse, HormoneEffects.of(schedule.at(age), age, layer), 1.0);
                for (int q = 0; q < 4; q++) {
                    double ageQ = age + q * 0.25 / Forecast.DAYS_PER_YEAR;
                    b.step(fine, HormoneEffects.of(schedule.at(ageQ), ageQ, layer), 0.25);
                }
                if (d % 30 == 0 && !(age >= skipFrom && age < skipUntil)) worst = Math.max(worst, 100 * Math.abs(mineralBmd(coarse) - mineralBmd(fine)));
            }
            return worst;
        }

        double mineralBmd(double[] y) {
            return 1 - fActive + fActive * y[5] / SteadyState.MINERAL_REF;
        }

        static Case c(String id, String what, String published, double value, double tol, String unit, String source,
                      boolean fitted, double model) {
            return new Case(id, what, published, value, tol, Kind.WITHIN, unit, source, fitted, true, model);
        }
    }
}
