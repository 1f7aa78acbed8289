package org.bonebalance.sim;

import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;

/**
 * The fast forecast's integration (docs/model.md §8): adaptive {@link Ros2} steps of whole days, up to a quarter
 * year, on the same day grid and with the same hormone effects per day as the 1-day RK4 of {@link Forecast}.
 * <ul>
 *   <li>From the start and after every jump of the levels ({@link HormoneSchedule#levelsSmoothUntil}), the first
 *       {@link #RK4_DAYS_AFTER_JUMP} days are 1-day RK4 steps, exactly as the reference takes them: the osteoclast
 *       transient of an abrupt change is where the 1-day RK4 differs most from finer steps, and the fast
 *       forecast keeps to the reference there rather than to the exact solution.</li>
 *   <li>Then Rosenbrock steps start at {@link #FIRST_STEP_DAYS} days; each next step is chosen from the error
 *       estimate of the last (bone volume, osteoid, mineral within {@link Ros2#RTOL}), at most
 *       {@link #MAX_STEP_DAYS}, ending where the PTH term changes (quarter years of age after 50) or at the next
 *       jump, and short enough that the estrogen, progesterone and androgen activities move by at most
 *       {@link #MAX_DRIVE_CHANGE} within it.</li>
 *   <li>Where bone volume is below {@link #GUARD_BV_PCT} (decades without sex steroids, docs/model.md §9) the
 *       state guards take over, and so does the 1-day RK4.</li>
 * </ul>
 * The steps depend on the start, the schedule and the layer only, never on which days are asked for, so
 * every day read from one run (rows of any spacing, the BMD of each day) comes from the same integration; days
 * inside a step are read from a quadratic through its two ends and the slope at its end. Not thread-safe.
 */
final class FastSteps {
    static final int RK4_DAYS_AFTER_JUMP = 60;
    static final int FIRST_STEP_DAYS = 3;
    static final int MAX_STEP_DAYS = 92;
    static final double MAX_DRIVE_CHANGE = 0.02;
    static final double GUARD_BV_PCT = 1.0;
    /** Step-size factor bounds and safety factor of the step control (the error estimate is of order h²). */
    private static final double MAX_GROWTH = 3, MIN_SHRINK = 0.2, SAFETY = 0.8;

    private static final int N = BoneModel.SIZE;

    private final double startAge;
    private final HormoneSchedule schedule;
    private final EffectsByDay effects;
    private final Rk4 rk4 = new Rk4();
    private final Ros2 ros2 = new Ros2();

    // The last step, from day `from` (state a) to day `to` (state b): its end effects and mechanostat branch
    // (for the slope at b), and whether that slope has been evaluated.
    private long from, to;
    private final double[] a = new double[N];
    private final double[] b;
    private final double[] slope = new double[N];
    private HormoneEffects endEffects;
    private boolean endDisuse;
    private boolean slopeKnown;

    private long rk4Until;
    private long nextJumpDay;
    private long nextPthDay;
    private double nextStepDays = FIRST_STEP_DAYS;
    private long rk4Days;

    FastSteps(double[] y0, double startAge, HormoneSchedule schedule, HormoneEffects.Layer layer) {
        this.startAge = startAge;
        this.schedule = schedule;
        this.effects = new EffectsByDay(startAge, schedule, layer);
        b = y0.clone();
        System.arraycopy(b, 0, a, 0, N);
        nextJumpDay = 0; // the start counts as a jump: y0 need not be a steady state of the levels
        nextPthDay = dayAtOrAfter(HormoneEffects.nextPthChange(startAge));
    }

    /** Right-hand-side evaluations so far (a 1-day RK4 step counts four). */
    long evaluations() {
        return ros2.evaluations() + 4 * rk4Days;
    }

    /** Writes the state at the given day into out; days must be asked for in order (equal days allowed). */
    void stateAt(long day, double[] out) {
        if (day < from) throw new IllegalStateException("day " + day + " is before the current step (" + from + ")");
        while (to < day) advance();
        if (day == to) {
            System.arraycopy(b, 0, out, 0, N);
            return;
        }
        if (day == from) {
            System.arraycopy(a, 0, out, 0, N);
            return;
        }
        if (!slopeKnown) {
            ros2.slope(b, endEffects, endDisuse, slope);
            slopeKnown = true;
        }
        double h = to - from;
        double s = (day - to) / h; // in (−1, 0)
        for (int i = 0; i < N; i++) {
            double hs = h * slope[i];
            out[i] = b[i] + s * hs + s * s * (a[i] - b[i] + hs);
        }
    }

    private double age(long day) {
        return startAge + day / Forecast.DAYS_PER_YEAR;
    }

    /** The first day whose age (as the daily steps compute it) is at least {@code age}; NaN counts as now. */
    private long dayAtOrAfter(double ageYears) {
        if (ageYears == Double.POSITIVE_INFINITY) return Long.MAX_VALUE;
        if (Double.isNaN(ageYears) || ageYears <= startAge) return 0;
        long d = (long) Math.ceil((ageYears - startAge) * Forecast.DAYS_PER_YEAR);
        while (d > 0 && age(d - 1) >= ageYears) d--;
        while (age(d) < ageYears) d++;
        return d;
    }

    private void advance() {
        System.arraycopy(b, 0, a, 0, N);
        from = to;
        slopeKnown = false;
        long n = to;
        if (n >= nextJumpDay) {
            rk4Until = n + RK4_DAYS_AFTER_JUMP;
            nextStepDays = FIRST_STEP_DAYS;
            nextJumpDay = Math.max(dayAtOrAfter(schedule.levelsSmoothUntil(age(n))), n + 1);
        }
        if (n >= nextPthDay) nextPthDay = Math.max(dayAtOrAfter(HormoneEffects.nextPthChange(age(n))), n + 1);
        HormoneEffects e1 = effects.at(n);
        if (n < rk4Until || b[BoneModel.BV] < GUARD_BV_PCT) {
            rk4Day(n, e1);
            return;
        }
        long room = Math.min(Math.min(nextJumpDay, nextPthDay) - n, MAX_STEP_DAYS);
        int h = (int) Math.max(1, Math.min(Math.round(nextStepDays), room));
        HormoneEffects e2 = endEffects(n, h);
        while (h > 1 && driveChange(e1, e2) > MAX_DRIVE_CHANGE) {
            h /= 2;
            e2 = endEffects(n, h);
        }
        boolean disuse = !(BoneModel.strainEnergyRatio(a[BoneModel.BV]) > 1);
        while (true) {
            double err = ros2.step(a, e1, e2, h, disuse, b);
            if (err <= 1) {
                Rk4.guardState(b);
                to = n + h;
                endEffects = e2;
                endDisuse = disuse;
                nextStepDays = Math.min(h * factor(err), MAX_STEP_DAYS);
                return;
            }
            if (h == 1) { // a failed or too coarse 1-day step: take the reference's own
                System.arraycopy(a, 0, b, 0, N);
                rk4Day(n, e1);
                return;
            }
            h = (int) Math.max(1, Math.min(h - 1, Double.isNaN(err) ? h / 2 : Math.floor(h * factor(err))));
            e2 = endEffects(n, h);
        }
    }

    /**
     * The effects a step of h days from day n sees at its end: those of its own last day, as the 1-day steps
     * end the same days (the osteoclasts follow the effects within about a day, so the end state carries the
     * last day's effects).
     */
    private HormoneEffects endEffects(long n, int h) {
        return effects.at(n + h - 1);
    }

    private void rk4Day(long n, HormoneEffects e) {
        rk4.step(b, e, 1.0);
        rk4Days++;
        to = n + 1;
    }

    private static double factor(double err) {
        return err > 0 ? Math.min(MAX_GROWTH, Math.max(MIN_SHRINK, SAFETY / Math.sqrt(err))) : MAX_GROWTH;
    }

    /** How far the hormone drives (estrogen deficiency, progesterone and androgen activity) move between e1 and e2. */
    private static double driveChange(HormoneEffects e1, HormoneEffects e2) {
        return Math.abs(e1.estrogenDeficiency() - e2.estrogenDeficiency())
                + Math.abs(e1.progesteroneActivity() - e2.progesteroneActivity())
                + Math.abs(e1.androgenActivity() - e2.androgenActivity());
    }

    /**
     * Hormone effects of each day as the daily steps compute them: the levels at the start of the day (not
     * re-read while the schedule promises they hold, {@link HormoneSchedule#levelsHoldUntil}) and the PTH term
     * of that age; the same object while neither changes.
     */
    static final class EffectsByDay {
        private final double startAge;
        private final HormoneSchedule schedule;
        private final HormoneEffects.Layer layer;
        private HormoneLevels levels;
        private double levelsFrom = Double.NaN;
        private double levelsUntil = Double.NaN;
        private HormoneEffects effects;
        private long lastDay = -1;

        EffectsByDay(double startAge, HormoneSchedule schedule, HormoneEffects.Layer layer) {
            this.startAge = startAge;
            this.schedule = schedule;
            this.layer = layer;
        }

        HormoneEffects at(long day) {
            if (day == lastDay && effects != null) return effects;
            lastDay = day;
            double age = startAge + day / Forecast.DAYS_PER_YEAR;
            if (!(age >= levelsFrom && age < levelsUntil)) {
                HormoneLevels now = schedule.at(age);
                levelsFrom = age;
                levelsUntil = schedule.levelsHoldUntil(age);
                if (!now.equals(levels)) {
                    levels = now;
                    effects = null;
                }
            }
            if (effects == null || HormoneEffects.pthAge(age) != effects.pthAgeYears()) {
                effects = HormoneEffects.of(levels, age, layer);
            }
            return effects;
        }
    }
}
