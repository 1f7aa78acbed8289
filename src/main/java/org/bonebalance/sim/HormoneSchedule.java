package org.bonebalance.sim;

import org.bonebalance.model.HormoneLevels;

/** Hormone levels as a function of age (years). Implementations are immutable and deterministic. */
@FunctionalInterface
public interface HormoneSchedule {
    HormoneLevels at(double ageYears);

    /**
     * Relative change in the natural-menopause weight w below which {@link #levelsHoldUntil} treats the levels
     * as held (w moves by at most 1e-9: at most 1e-7 pg/mL of estradiol).
     */
    double HOLD_TOLERANCE = 1e-9;

    /**
     * An age up to which (exclusive) the levels stay as they are at {@code ageYears}, exactly or to within
     * {@link #HOLD_TOLERANCE} of the menopause weight, so that a forecast may skip evaluating the schedule until
     * then. The default promises nothing and returns {@code ageYears}.
     */
    default double levelsHoldUntil(double ageYears) {
        return ageYears;
    }

    /**
     * The first age after {@code ageYears} at which the levels may jump (a step, as at surgery or at the start or
     * end of a therapy course); up to then they change smoothly or not at all. The fast forecast (docs/model.md
     * §8) takes 1-day RK4 steps for a while after every jump. The default promises nothing and returns
     * {@code ageYears}: a jump may come at any time, so such a schedule is integrated with 1-day steps throughout.
     */
    default double levelsSmoothUntil(double ageYears) {
        return ageYears;
    }

    /** The same levels at every age. */
    static HormoneSchedule constant(HormoneLevels levels) {
        return new Constant(levels);
    }

    /**
     * Natural menopause with the final menstrual period at fmpAge (docs/model.md §5):
     * w(t) = 1/(1 + exp(−3·(t − t_F)/1 y)), levels = pre·(1 − w) + post·w.
     */
    static HormoneSchedule naturalMenopause(double fmpAge, HormoneLevels pre, HormoneLevels post) {
        return new Natural(fmpAge, pre, post);
    }

    /** Surgical menopause: a step to postmenopausal levels at surgeryAge. */
    static HormoneSchedule surgicalMenopause(double surgeryAge, HormoneLevels pre, HormoneLevels post) {
        return new Surgical(surgeryAge, pre, post);
    }

    static double menopauseWeight(double ageYears, double fmpAge) {
        return 1 / (1 + Math.exp(-3 * (ageYears - fmpAge)));
    }

    /** Constant levels. */
    record Constant(HormoneLevels levels) implements HormoneSchedule {
        @Override public HormoneLevels at(double ageYears) { return levels; }

        @Override public double levelsHoldUntil(double ageYears) { return Double.POSITIVE_INFINITY; }

        @Override public double levelsSmoothUntil(double ageYears) { return Double.POSITIVE_INFINITY; }
    }

    /** The logistic transition of natural menopause. */
    record Natural(double fmpAge, HormoneLevels pre, HormoneLevels post) implements HormoneSchedule {
        @Override public HormoneLevels at(double ageYears) {
            return pre.blend(post, menopauseWeight(ageYears, fmpAge));
        }

        /** Years after the FMP from which 1 − w ≤ exp(−3·(t − t_F)) stays within the tolerance. */
        private static final double SATURATED_AFTER_YEARS = -Math.log(HOLD_TOLERANCE) / 3;
        /** Years before the FMP after which w changes by more than the tolerance within a day (3w/365.25 > tol). */
        private static final double DAILY_BEFORE_YEARS = -Math.log(HOLD_TOLERANCE * Forecast.DAYS_PER_YEAR / 3) / 3;

        @Override public double levelsHoldUntil(double ageYears) {
            double x = ageYears - fmpAge;
            if (x >= SATURATED_AFTER_YEARS) return Double.POSITIVE_INFINITY; // w only rises toward 1
            if (x > -DAILY_BEFORE_YEARS) return ageYears;                    // the transition: no promise
            // the age at which w has risen by the tolerance: w1 = w(t1)  ⇔  t1 = t_F + ln(w1/(1 − w1))/3
            double w1 = menopauseWeight(ageYears, fmpAge) + HOLD_TOLERANCE;
            return Math.max(fmpAge + Math.log(w1 / (1 - w1)) / 3, ageYears);
        }

        /** The logistic switch has no step. */
        @Override public double levelsSmoothUntil(double ageYears) { return Double.POSITIVE_INFINITY; }
    }

    /** A step from pre to post levels at surgeryAge. */
    record Surgical(double surgeryAge, HormoneLevels pre, HormoneLevels post) implements HormoneSchedule {
        @Override public HormoneLevels at(double ageYears) { return ageYears < surgeryAge ? pre : post; }

        @Override public double levelsHoldUntil(double ageYears) {
            return ageYears < surgeryAge ? surgeryAge : Double.POSITIVE_INFINITY;
        }

        @Override public double levelsSmoothUntil(double ageYears) { return levelsHoldUntil(ageYears); }
    }
}
