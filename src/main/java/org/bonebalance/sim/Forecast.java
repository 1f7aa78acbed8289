package org.bonebalance.sim;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.CoreParameters;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;

/**
 * Integrates a hormone schedule deterministically and samples the state every few days, with one of two
 * {@link Scheme}s on the same day grid: the reference 1-day RK4, or the fast adaptive scheme the app shows
 * (docs/model.md §8). Hormone effects are recomputed only when the levels change (docs/model.md §8), and the
 * schedule is not even evaluated while it promises to hold its levels ({@link HormoneSchedule#levelsHoldUntil};
 * for natural menopause within a 1e-9 change of the transition weight, which moves BMD by far less than 1e-6
 * points, tested by ForecastTest).
 */
public final class Forecast {
    public static final double DAYS_PER_YEAR = 365.25;

    /** How a forecast integrates the model (docs/model.md §8). */
    public enum Scheme {
        /**
         * 1-day RK4 steps throughout: the reference, with which the model's calibration and validation figures
         * (docs/model.md §7) are made.
         */
        DAILY_RK4,
        /**
         * Adaptive Rosenbrock (ROS2) steps of up to a quarter year, with 1-day RK4 steps for two months after
         * the start and after every jump of the levels: within 0.05 BMD points of {@link #DAILY_RK4} over 40
         * years at about a twentieth of its right-hand-side evaluations. What the app's forecasts use.
         */
        FAST
    }

    private Forecast() {}

    /** Runs a whole scenario from its reference steady state with the fast scheme. */
    public static List<Readout> run(Scenario s) {
        return run(s, Scheme.FAST);
    }

    /** Runs a whole scenario from its reference steady state. */
    public static List<Readout> run(Scenario s, Scheme scheme) {
        return project(s.initialState(), s.startAge(), s.years(), s.schedule(), s.everyDays(),
                s.baselineBmdGPerCm2(), Double.NaN, HormoneEffects.CALIBRATED, CoreParameters.LAMBDA, scheme);
    }

    /**
     * Right-hand-side evaluations of one run of the scenario with the scheme (a 1-day RK4 step counts four):
     * for the benchmark and the test that the fast scheme is not the reference in disguise.
     */
    public static long rightHandSideEvaluations(Scenario s, Scheme scheme) {
        long days = Math.round(s.years() * DAYS_PER_YEAR);
        if (scheme == Scheme.DAILY_RK4) return 4 * days;
        FastSteps steps = new FastSteps(s.initialState(), s.startAge(), s.schedule(), HormoneEffects.CALIBRATED);
        steps.stateAt(days, new double[BoneModel.SIZE]);
        return steps.evaluations();
    }

    /**
     * Projects from state y0 (not modified) at startAge for the given years, with the fast scheme.
     *
     * @param startBmdGPerCm2 baseline for relative fracture risk; NaN means the BMD of y0
     * @return one readout every everyDays days from the start, first and last included
     */
    public static List<Readout> project(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                        int everyDays, double baselineBmdGPerCm2, double startBmdGPerCm2) {
        return project(y0, startAge, years, schedule, everyDays, baselineBmdGPerCm2, startBmdGPerCm2,
                HormoneEffects.CALIBRATED, CoreParameters.LAMBDA, Scheme.FAST);
    }

    /**
     * {@link #project(double[], double, double, HormoneSchedule, int, double, double)} with another hormone layer
     * and mechanostat gain (the fitting harness in the tests varies them) and a scheme. The fast scheme takes the
     * calibrated gain only.
     */
    public static List<Readout> project(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                        int everyDays, double baselineBmdGPerCm2, double startBmdGPerCm2,
                                        HormoneEffects.Layer layer, double lambda, Scheme scheme) {
        long totalDays = Math.round(years * DAYS_PER_YEAR);
        double startBmd = Double.isNaN(startBmdGPerCm2)
                ? BmdScale.bmdRel(y0[BoneModel.MINERAL]) * baselineBmdGPerCm2 : startBmdGPerCm2;
        if (scheme == Scheme.DAILY_RK4) {
            return projectDaily(y0, startAge, totalDays, schedule, everyDays, baselineBmdGPerCm2, startBmd, layer, lambda);
        }
        requireCalibratedGain(lambda);
        List<Readout> rows = new ArrayList<>((int) (totalDays / everyDays) + 2);
        FastSteps steps = new FastSteps(y0, startAge, schedule, layer);
        // the rows' own effects, read in order (the integration reads days ahead of them)
        FastSteps.EffectsByDay rowEffects = new FastSteps.EffectsByDay(startAge, schedule, layer);
        double[] y = y0.clone();
        rows.add(Readout.of(startAge, y, rowEffects.at(0), baselineBmdGPerCm2, startBmd));
        for (long done = Math.min(everyDays, totalDays); done > 0; done = nextRow(done, everyDays, totalDays)) {
            steps.stateAt(done, y);
            rows.add(Readout.of(startAge + done / DAYS_PER_YEAR, y, rowEffects.at(done), baselineBmdGPerCm2, startBmd));
        }
        return rows;
    }

    /** The row day after {@code done}: the next multiple of everyDays, the last day, then 0 (no more rows). */
    private static long nextRow(long done, int everyDays, long totalDays) {
        return done >= totalDays ? 0 : Math.min(done + everyDays, totalDays);
    }

    private static void requireCalibratedGain(double lambda) {
        if (lambda != CoreParameters.LAMBDA) {
            throw new IllegalArgumentException("the fast scheme takes the calibrated mechanostat gain only");
        }
    }

    private static List<Readout> projectDaily(double[] y0, double startAge, long totalDays, HormoneSchedule schedule,
                                              int everyDays, double baselineBmdGPerCm2, double startBmd,
                                              HormoneEffects.Layer layer, double lambda) {
        double[] y = y0.clone();
        List<Readout> rows = new ArrayList<>((int) (totalDays / everyDays) + 2);
        DailySteps steps = new DailySteps(y, startAge, schedule, layer, lambda);
        rows.add(Readout.of(startAge, y, steps.effects, baselineBmdGPerCm2, startBmd));
        int untilRow = everyDays; // counts down to the next row (cheaper than a modulo each day)
        for (long day = 0; day < totalDays; day++) {
            steps.step(day);
            long done = day + 1;
            if (--untilRow == 0 || done == totalDays) {
                untilRow = everyDays;
                // the row shows the levels at its own age; the integration keeps its own (held) levels, so
                // that project and bmdRelByDay integrate identically
                double rowAge = startAge + done / DAYS_PER_YEAR;
                HormoneLevels atRow = schedule.at(rowAge);
                HormoneEffects hRow = atRow.equals(steps.levels)
                        && HormoneEffects.pthAge(rowAge) == steps.effects.pthAgeYears()
                        ? steps.effects : HormoneEffects.of(atRow, rowAge, layer);
                rows.add(Readout.of(rowAge, y, hRow, baselineBmdGPerCm2, startBmd));
            }
        }
        return rows;
    }

    /**
     * The state after the given years from y0 (not modified), for a layer and mechanostat gain, with the reference
     * 1-day RK4 (for the fitting harness, see project).
     */
    public static double[] finalState(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                      HormoneEffects.Layer layer, double lambda) {
        double[] y = y0.clone();
        long totalDays = Math.round(years * DAYS_PER_YEAR);
        DailySteps steps = new DailySteps(y, startAge, schedule, layer, lambda);
        for (long day = 0; day < totalDays; day++) steps.step(day);
        return y;
    }

    /** Spine BMD relative to reference at each whole day, with the fast scheme (the same days as project's rows). */
    public static double[] bmdRelByDay(double[] y0, double startAge, double years, HormoneSchedule schedule) {
        return bmdRelByDay(y0, startAge, years, schedule, Scheme.FAST);
    }

    /**
     * Spine BMD relative to reference at each whole day (only BMD, no rows: the cheap path for calibration, which
     * takes the reference scheme).
     */
    public static double[] bmdRelByDay(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                       Scheme scheme) {
        int totalDays = (int) Math.round(years * DAYS_PER_YEAR);
        double[] out = new double[totalDays + 1];
        out[0] = BmdScale.bmdRel(y0[BoneModel.MINERAL]);
        if (scheme == Scheme.FAST) {
            FastSteps steps = new FastSteps(y0, startAge, schedule, HormoneEffects.CALIBRATED);
            double[] y = new double[BoneModel.SIZE];
            for (int day = 1; day <= totalDays; day++) {
                steps.stateAt(day, y);
                out[day] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
            }
            return out;
        }
        double[] y = y0.clone();
        DailySteps steps = new DailySteps(y, startAge, schedule, HormoneEffects.CALIBRATED, CoreParameters.LAMBDA);
        for (int day = 0; day < totalDays; day++) {
            steps.step(day);
            out[day + 1] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        }
        return out;
    }

    /**
     * The one daily integration path of the reference scheme ({@link Scheme#DAILY_RK4}): levels read from the schedule
     * at the start of each day (skipped while the schedule promises they hold), effects recomputed only when
     * the levels or the age step of the PTH term change, then one 1-day RK4 step of y in place.
     */
    private static final class DailySteps {
        private final double[] y;
        private final double startAge;
        private final HormoneSchedule schedule;
        private final HormoneEffects.Layer layer;
        private final Rk4 rk4;
        HormoneLevels levels;
        HormoneEffects effects;
        private double holdUntil;
        private double nextPthChange;

        DailySteps(double[] y, double startAge, HormoneSchedule schedule, HormoneEffects.Layer layer, double lambda) {
            this.y = y;
            this.startAge = startAge;
            this.schedule = schedule;
            this.layer = layer;
            rk4 = lambda == CoreParameters.LAMBDA ? new Rk4() : new Rk4(lambda);
            levels = schedule.at(startAge);
            effects = HormoneEffects.of(levels, startAge, layer);
            holdUntil = schedule.levelsHoldUntil(startAge);
            nextPthChange = HormoneEffects.nextPthChange(startAge);
        }

        void step(long day) {
            double age = startAge + day / DAYS_PER_YEAR;
            boolean changed = false;
            if (age >= holdUntil) {
                HormoneLevels now = schedule.at(age);
                holdUntil = schedule.levelsHoldUntil(age);
                if (!now.equals(levels)) {
                    levels = now;
                    changed = true;
                }
            }
            if (age >= nextPthChange) {
                nextPthChange = HormoneEffects.nextPthChange(age);
                changed = true;
            }
            if (changed) effects = HormoneEffects.of(levels, age, layer);
            rk4.step(y, effects, 1.0);
        }
    }
}
