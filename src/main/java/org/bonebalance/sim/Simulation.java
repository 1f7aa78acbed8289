package org.bonebalance.sim;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;

/**
 * The real-time simulation behind the explorer: the one time path (STYLE.md convention 2).
 * {@link #step(double)} clamps the real time step, converts it to model days through the speed and
 * sub-steps with RK4 at most one day at a time. Levels come from the user (sliders) and hold until changed.
 * Not thread-safe: the FX clock calls it on the FX thread; tests call it directly.
 */
public final class Simulation {
    /** A stalled window must not make the model jump (PhET joist maxDT). */
    public static final double MAX_DT_SECONDS = 0.5;
    /** Simulated days the Step button advances. */
    public static final double STEP_DAYS = 30;
    /** BMD history is sampled every this many simulated days. */
    public static final double HISTORY_EVERY_DAYS = 7;
    public static final double DEFAULT_START_AGE = 50;
    /**
     * The ovaries' estradiol: below half the premenopausal cycle average (100 pg/mL, docs/model.md §5) a
     * woman's levels are taken as postmenopausal (therapy's 40 pg/mL included: it replaces what the ovaries
     * stopped making). pg/mL.
     */
    public static final double MENOPAUSE_BELOW_ESTRADIOL_PG_PER_ML = 50;
    /** Levels with testosterone from here up are a man's (the female range ends near 70 ng/dL). ng/dL. */
    public static final double MALE_FROM_TESTOSTERONE_NG_PER_DL = 100;

    private final Rk4 rk4 = new Rk4();
    private final double startAge;
    private final double baselineBmdGPerCm2;
    private double[] y;
    private HormoneLevels levels;
    private HormoneEffects effects;
    private Speed speed = Speed.YEAR;
    private boolean playing;
    private double elapsedDays;
    private double nextHistoryDay;
    private long frame;
    private TrajectoryLog history;
    private double startBmd;
    /** Simulated day on which this run's levels first became a postmenopausal woman's; NaN before. */
    private double menopauseDays = Double.NaN;
    private Snapshot snapshot;

    /**
     * Everything that decides what comes next, at one moment (the history is the first {@code historySize}
     * points of the log it was taken from). Immutable: the state vector is copied in and out.
     */
    public record State(double[] y, double elapsedDays, HormoneLevels levels, HormoneEffects effects, Speed speed,
                        double nextHistoryDay, int historySize, double menopauseDays, long frame) {
        public State {
            y = y.clone();
        }

        @Override
        public double[] y() { return y.clone(); }
    }

    public Simulation() {
        this(DEFAULT_START_AGE, HormoneLevels.PREMENOPAUSAL, BmdScale.DEFAULT_BASELINE_G_PER_CM2);
    }

    /** Starts at the reference (premenopausal) steady state with the given levels in force. */
    public Simulation(double startAge, HormoneLevels levels, double baselineBmdGPerCm2) {
        this.startAge = startAge;
        this.baselineBmdGPerCm2 = baselineBmdGPerCm2;
        this.levels = levels;
        this.effects = HormoneEffects.of(levels, startAge);
        reset();
    }

    /** Back to the reference steady state, time zero; keeps levels and speed, pauses. */
    public Snapshot reset() {
        y = SteadyState.REFERENCE.clone();
        elapsedDays = 0;
        effects = HormoneEffects.of(levels, startAge);
        playing = false;
        history = new TrajectoryLog();
        startBmd = BmdScale.bmdRel(y[BoneModel.MINERAL]) * baselineBmdGPerCm2;
        history.add(startAge, startBmd);
        nextHistoryDay = HISTORY_EVERY_DAYS;
        menopauseDays = isPostmenopausalWoman(levels) ? 0 : Double.NaN;
        return publish(0);
    }

    /** Whether levels are a postmenopausal woman's: low ovarian estradiol, testosterone in the female range. */
    public static boolean isPostmenopausalWoman(HormoneLevels l) {
        return l.estradiolPgPerMl() < MENOPAUSE_BELOW_ESTRADIOL_PG_PER_ML
                && l.testosteroneNgPerDl() < MALE_FROM_TESTOSTERONE_NG_PER_DL;
    }

    /** Whether levels are a man's (testosterone in the male range): no menopause to count from. */
    public static boolean isMale(HormoneLevels l) {
        return l.testosteroneNgPerDl() >= MALE_FROM_TESTOSTERONE_NG_PER_DL;
    }

    /** This moment, to come back to with {@link #restore}. Paused or playing is not part of it. */
    public State state() {
        return new State(y, elapsedDays, levels, effects, speed, nextHistoryDay, history.size(), menopauseDays, frame);
    }

    /**
     * Back to a moment taken by {@link #state()}, paused. The history becomes a new log with the first points
     * of {@code log} (the log the state was taken from, or a longer one that starts the same way), so earlier
     * snapshots keep theirs unchanged.
     */
    public Snapshot restore(State st, TrajectoryLog log) {
        y = st.y();
        elapsedDays = st.elapsedDays();
        levels = st.levels();
        effects = st.effects();
        speed = st.speed();
        nextHistoryDay = st.nextHistoryDay();
        menopauseDays = st.menopauseDays();
        frame = st.frame();
        history = log.truncatedCopy(st.historySize());
        playing = false;
        snapshot = null;
        return publish(0);
    }

    /** Goes back to a full moment that was left (its own log, not a copy): "back to now". */
    public Snapshot resume(State st, TrajectoryLog ownLog) {
        restore(st, ownLog);
        history = ownLog;
        return publish(0);
    }

    /** The real time step as the model takes it: 0 to {@link #MAX_DT_SECONDS}. */
    public static double clampDt(double dtSeconds) {
        return Math.max(0, Math.min(dtSeconds, MAX_DT_SECONDS));
    }

    /** Advances by a real time step (clamped); moves the model only while playing. */
    public Snapshot step(double dtSeconds) {
        double dt = clampDt(dtSeconds);
        // nothing moved: the same snapshot, so observers are not told of a change that did not happen
        if (!playing || dt == 0) return snapshot != null && snapshot.lastStepDays() == 0 ? snapshot : publish(0);
        return advanceDays(dt * speed.daysPerSecond());
    }

    /** Advances the model by the given simulated days, whether playing or not (the Step button). */
    public Snapshot advanceDays(double days) {
        double left = days;
        while (left > 1e-12) {
            double h = Math.min(Rk4.MAX_STEP_DAYS, Math.min(left, nextHistoryDay - elapsedDays));
            rk4.step(y, effects, h);
            elapsedDays += h;
            // the PTH term moves in quarter-year steps of age (docs/model.md §4)
            if (HormoneEffects.pthAge(ageYears()) != effects.pthAgeYears()) effects = HormoneEffects.of(levels, ageYears());
            left -= h;
            if (elapsedDays >= nextHistoryDay - 1e-9) {
                history.add(ageYears(), BmdScale.bmdRel(y[BoneModel.MINERAL]) * baselineBmdGPerCm2);
                nextHistoryDay += HISTORY_EVERY_DAYS;
            }
        }
        return publish(days);
    }

    /** Sets the levels in force from now on; takes effect in the snapshot returned. */
    public Snapshot setLevels(HormoneLevels newLevels) {
        if (!newLevels.equals(levels)) {
            levels = newLevels;
            effects = HormoneEffects.of(newLevels, ageYears());
            if (Double.isNaN(menopauseDays) && isPostmenopausalWoman(newLevels)) menopauseDays = elapsedDays;
        }
        return publish(0);
    }

    public void setSpeed(Speed s) { speed = s; snapshot = null; }

    public void play() { playing = true; snapshot = null; }

    public void pause() { playing = false; snapshot = null; }

    public void togglePlaying() { playing = !playing; snapshot = null; }

    public boolean isPlaying() { return playing; }

    public Speed speed() { return speed; }

    public HormoneLevels levels() { return levels; }

    public double startAge() { return startAge; }

    public double ageYears() { return startAge + elapsedDays / Forecast.DAYS_PER_YEAR; }

    public double baselineBmdGPerCm2() { return baselineBmdGPerCm2; }

    /** The latest snapshot. */
    public Snapshot snapshot() {
        return snapshot != null ? snapshot : publish(0);
    }

    /** A copy of the current model state, for projections. */
    public double[] stateCopy() { return y.clone(); }

    /**
     * BMD if the current levels are held for the given years, from the current state (the explorer's
     * "coming years" curve).
     */
    public List<Readout> projectHeld(double years, int everyDays) {
        return projectHeld(years, everyDays, levels);
    }

    /** The same with other levels held from now (what playing from a past moment with today's levels gives). */
    public List<Readout> projectHeld(double years, int everyDays, HormoneLevels held) {
        return Forecast.project(y, ageYears(), years, HormoneSchedule.constant(held), everyDays,
                baselineBmdGPerCm2, startBmd);
    }

    private Snapshot publish(double stepDays) {
        frame++;
        Readout r = Readout.of(ageYears(), y, effects, baselineBmdGPerCm2, startBmd);
        snapshot = new Snapshot(frame, elapsedDays, ageYears(), stepDays, playing, speed, r, history, history.size(),
                Double.isNaN(menopauseDays) ? Double.NaN : startAge + menopauseDays / Forecast.DAYS_PER_YEAR);
        return snapshot;
    }
}
