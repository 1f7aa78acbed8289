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
 * Integrates a hormone schedule deterministically with 1-day RK4 steps and samples the state every few days.
 * Hormone effects are recomputed only when the levels change (docs/model.md §8), and the schedule is not even
 * evaluated while it promises to hold its levels ({@link HormoneSchedule#levelsHoldUntil}; for natural
 * menopause within a 1e-9 change of the transition weight, which moves BMD by far less than 1e-6 points,
 * tested by ForecastTest).
 */
public final class Forecast {
    public static final double DAYS_PER_YEAR = 365.25;

    private Forecast() {}

    /** Runs a whole scenario from its reference steady state. */
    public static List<Readout> run(Scenario s) {
        return project(s.initialState(), s.startAge(), s.years(), s.schedule(), s.everyDays(),
                s.baselineBmdGPerCm2(), Double.NaN);
    }

    /**
     * Projects from state y0 (not modified) at startAge for the given years.
     *
     * @param startBmdGPerCm2 baseline for relative fracture risk; NaN means the BMD of y0
     * @return one readout every everyDays days from the start, first and last included
     */
    public static List<Readout> project(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                        int everyDays, double baselineBmdGPerCm2, double startBmdGPerCm2) {
        return project(y0, startAge, years, schedule, everyDays, baselineBmdGPerCm2, startBmdGPerCm2,
                HormoneEffects.CALIBRATED, CoreParameters.LAMBDA);
    }

    /**
     * {@link #project(double[], double, double, HormoneSchedule, int, double, double)} with another hormone layer
     * and mechanostat gain: for the fitting harness in the tests (the app uses the calibrated ones).
     */
    public static List<Readout> project(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                        int everyDays, double baselineBmdGPerCm2, double startBmdGPerCm2,
                                        HormoneEffects.Layer layer, double lambda) {
        double[] y = y0.clone();
        long totalDays = Math.round(years * DAYS_PER_YEAR);
        double startBmd = Double.isNaN(startBmdGPerCm2)
                ? BmdScale.bmdRel(y[BoneModel.MINERAL]) * baselineBmdGPerCm2 : startBmdGPerCm2;
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

    /** The state after the given years from y0 (not modified), for a layer and mechanostat gain (see project). */
    public static double[] finalState(double[] y0, double startAge, double years, HormoneSchedule schedule,
                                      HormoneEffects.Layer layer, double lambda) {
        double[] y = y0.clone();
        long totalDays = Math.round(years * DAYS_PER_YEAR);
        DailySteps steps = new DailySteps(y, startAge, schedule, layer, lambda);
        for (long day = 0; day < totalDays; day++) steps.step(day);
        return y;
    }

    /** Spine BMD relative to reference at each whole day: the fast path for calibration and benchmarks. */
    public static double[] bmdRelByDay(double[] y0, double startAge, double years, HormoneSchedule schedule) {
        double[] y = y0.clone();
        int totalDays = (int) Math.round(years * DAYS_PER_YEAR);
        double[] out = new double[totalDays + 1];
        DailySteps steps = new DailySteps(y, startAge, schedule, HormoneEffects.CALIBRATED, CoreParameters.LAMBDA);
        out[0] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        for (int day = 0; day < totalDays; day++) {
            steps.step(day);
            out[day + 1] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        }
        return out;
    }

    /**
     * The one daily integration path of {@link #project} and {@link #bmdRelByDay}: levels read from the schedule
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
