package org.bonebalance.sim;

import java.util.List;
import org.bonebalance.model.SteadyState;

/**
 * The seven calibration quantities of MODEL.md §6, computed the way the calibration defines them: a woman
 * from the reference steady state at 45, final menstrual period at 51, lumbar-spine BMD relative to reference.
 */
final class CalibrationRuns {
    static final double FMP = 51, START = 45;

    /** Daily BMD_rel of the natural-menopause run (40 years). */
    final double[] natural;
    final double[] mhtEp;
    final double[] mhtE;

    CalibrationRuns() {
        Scenario base = new Scenario(Scenario.Sex.FEMALE, START, 40, Scenario.Menopause.NATURAL, FMP, null,
                List.of(), 1.056, 1);
        // the calibration is defined on the reference integration (docs/model.md §7, §8)
        natural = Forecast.bmdRelByDay(SteadyState.REFERENCE, START, 40, base.schedule(), Forecast.Scheme.DAILY_RK4);
        mhtEp = Forecast.bmdRelByDay(SteadyState.REFERENCE, START, 40,
                base.withTherapies(List.of(new TherapyCourse(Regimen.EP, FMP + 5, 200))).schedule(),
                Forecast.Scheme.DAILY_RK4);
        mhtE = Forecast.bmdRelByDay(SteadyState.REFERENCE, START, 40,
                base.withTherapies(List.of(new TherapyCourse(Regimen.E, FMP + 5, 200))).schedule(),
                Forecast.Scheme.DAILY_RK4);
    }

    static int day(double yearsFromFmp) {
        return (int) Math.round((FMP + yearsFromFmp - START) * Forecast.DAYS_PER_YEAR);
    }

    /** Percent change of BMD from FMP−1 to FMP+k. */
    double cumulativeFromFmpMinus1(double k) {
        return 100 * (natural[day(k)] / natural[day(-1)] - 1);
    }

    /** Loss rate between a and b years after FMP, %/year. */
    double rate(double a, double b) {
        return 100 * (natural[day(b)] / natural[day(a)] - 1) / (b - a);
    }

    /** Active osteoclasts one year after FMP, relative to reference. */
    static double osteoclastsOneYearAfterFmp() {
        Scenario s = new Scenario(Scenario.Sex.FEMALE, START, FMP + 1 - START, Scenario.Menopause.NATURAL, FMP,
                null, List.of(), 1.056, 1);
        return Forecast.run(s, Forecast.Scheme.DAILY_RK4).getLast().ocaRel();
    }

    /** MHT (E2 40, P4 5) started 5 years after FMP: percent change after one year. */
    double mhtOneYear() {
        return 100 * (mhtEp[day(6)] / mhtEp[day(5)] - 1);
    }

    /** The same, minus no treatment, after two years (percent points). */
    double mhtMinusNoneTwoYears() {
        return 100 * (mhtEp[day(7)] / mhtEp[day(5)] - natural[day(7)] / natural[day(5)]);
    }

    /** E2+P4 minus E2 alone after two years (percent points). */
    double progestogenGainTwoYears() {
        return 100 * (mhtEp[day(7)] / mhtEp[day(5)] - mhtE[day(7)] / mhtE[day(5)]);
    }
}
