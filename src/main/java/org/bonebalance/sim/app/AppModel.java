package org.bonebalance.sim.app;

import java.util.Optional;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.TrajectoryLog;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SiteDrivers;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.bonebalance.sim.consult.ConsultSession;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.predict.Round;
import org.bonebalance.sim.why.RunTrace;

/**
 * Everything the app remembers, made once at start-up and kept until the app ends: the simulation, the one
 * remodeling site, the RANKL switch field, the consultation being edited and the lesson in progress. Windows
 * and their views come and go (a language change rebuilds them); this stays.
 * <p>{@link #step} is the one time path: it clamps the real time step once, steps the simulation and advances
 * the site and the switch field from the same snapshot, whether their screens are on show or not, so what
 * they show never depends on when a screen was first opened. Not thread-safe: the FX thread calls it.
 * <p><b>Going back in time.</b> Every step is recorded ({@link RunRecord}); {@link #scrubTo} rebuilds any past
 * moment from the last checkpoint before it by replaying the recorded steps, and the whole model (simulation,
 * site, switch field) shows that moment, paused. The moment left ("now") is kept whole: {@link #backToNow}
 * returns to it. Anything that moves the model from a past moment (play, step, new levels) continues the run
 * from there with the levels {@link #playLevels} says, and what came after that moment is dropped.
 */
public final class AppModel {
    private final Simulation simulation;
    private final RemodelingSite site = new RemodelingSite();
    private final SwitchField field = new SwitchField();
    private final RunTrace why;
    private SwitchCounts counts;
    private Snapshot snapshot;
    private ConsultSession consultation;
    private LessonProgress lesson;
    private boolean askBeforeChanges;
    private Round explorerRound;
    private final RunRecord record = new RunRecord();
    /** The moment left while a past one is shown; null while live. */
    private Live live;
    private Scrub scrub;
    /** Steps of the record applied at the moment shown, and the part of the next one applied after them (or null). */
    private int momentEntries;
    private RunRecord.Entry momentPartial;
    private PlayLevels playLevels = PlayLevels.THEN;

    /** Which levels playing from a past moment uses. */
    public enum PlayLevels {
        /** The levels in force at that moment (the default). */
        THEN,
        /** The levels in force when the run was left ("today"). */
        TODAY
    }

    /**
     * A past moment on show.
     *
     * @param momentAge     the age shown, years
     * @param momentDays    simulated days since the start at the moment shown
     * @param liveAge       the age of the moment left ("now"), years
     * @param liveDays      simulated days since the start at the moment left
     * @param liveHistory   the spine-density record up to the moment left (its first {@code liveHistorySize} points)
     * @param levelsThen    the levels in force at the moment shown
     * @param levelsToday   the levels in force at the moment left
     * @param playLevels    which of the two playing from here would use
     */
    public record Scrub(double momentAge, double momentDays, double liveAge, double liveDays,
                        TrajectoryLog liveHistory, int liveHistorySize, HormoneLevels levelsThen,
                        HormoneLevels levelsToday, PlayLevels playLevels) {
        /** The levels playing from here would use. */
        public HormoneLevels levelsForPlay() { return playLevels == PlayLevels.TODAY ? levelsToday : levelsThen; }

        /** Simulated years since the start at the moment shown. */
        public double momentYears() { return momentDays / Forecast.DAYS_PER_YEAR; }
    }

    private record Live(Simulation.State state, TrajectoryLog log, RemodelingSite site, SwitchField field,
                        SwitchCounts counts) {}

    /**
     * Where a lesson stands: which one, the step on show (from 0), the levels in force when it began, and the
     * step's prediction as it is being played (null when the step asks none).
     */
    public record LessonProgress(Guide lesson, int step, HormoneLevels startLevels, Round prediction) {
        public LessonProgress(Guide lesson, int step, HormoneLevels startLevels) {
            this(lesson, step, startLevels, null);
        }

        public LessonProgress withPrediction(Round r) { return new LessonProgress(lesson, step, startLevels, r); }
    }

    /** What a lesson is to the model: steps to walk through (the texts and rules are content's). */
    public interface Guide {
        int stepCount();
    }

    public AppModel(Simulation simulation) {
        this.simulation = simulation;
        why = new RunTrace(simulation.startAge(), simulation.baselineBmdGPerCm2());
        snapshot = simulation.snapshot();
        resetParts(snapshot);
        startRecord();
    }

    /** A stalled window must not make the model jump (PhET joist maxDT): every caller's dt goes through here. */
    public static double clampDt(double dtSeconds) {
        return Simulation.clampDt(dtSeconds);
    }

    /** One frame: the clamped real time step moves the simulation and every part that follows it. */
    public Snapshot step(double dtSeconds) {
        return follow(simulation.step(clampDt(dtSeconds)));
    }

    /** Advances by simulated days, playing or not (the Step button, a lesson's "advance N years"). */
    public Snapshot advanceDays(double days) {
        continueFromMoment();
        return follow(simulation.advanceDays(days));
    }

    /** Time zero at the reference state (levels and speed kept, paused); the site and the field start again. */
    public Snapshot reset() {
        live = null;
        scrub = null;
        snapshot = simulation.reset();
        resetParts(snapshot);
        explorerRound = null;
        startRecord();
        // a lesson question asked before the reset is asked again from the reset state
        return snapshot = observeRounds(snapshot);
    }

    /**
     * New levels from now on; at a past moment, the run continues from there with them. While the explorer
     * asks before changes ({@link #setAskBeforeChanges}) and no lesson question is open, a change pauses the
     * clock and asks {@link Prediction#EXPLORER} anew.
     */
    public Snapshot setLevels(HormoneLevels levels) {
        if (live != null && levels.equals(simulation.levels())) return snapshot;
        continueFromMoment();
        boolean change = !levels.equals(simulation.levels());
        Snapshot s = simulation.setLevels(levels);
        if (change && askBeforeChanges && lessonPrediction().isEmpty()) {
            simulation.pause();
            s = simulation.step(0);
            explorerRound = Round.start(Prediction.EXPLORER, s);
        }
        return follow(s);
    }

    /** Whether the explorer asks what will happen before a change of levels plays out (off by default). */
    public boolean askBeforeChanges() { return askBeforeChanges; }

    public void setAskBeforeChanges(boolean ask) {
        askBeforeChanges = ask;
        if (!ask) explorerRound = null;
    }

    /** The explorer's open prediction, if a change has asked one. */
    public Optional<Round> explorerPrediction() { return Optional.ofNullable(explorerRound); }

    /** Replaces the explorer's prediction (the learner's choice, the tally); null puts the question away. */
    public void setExplorerPrediction(Round r) { explorerRound = r; }

    /** The prediction of the lesson step on show, if it asks one. */
    public Optional<Round> lessonPrediction() {
        return lesson == null ? Optional.empty() : Optional.ofNullable(lesson.prediction());
    }

    /** Replaces the lesson step's prediction (the learner's choice, the tally). */
    public void setLessonPrediction(Round r) {
        if (lesson != null) lesson = lesson.withPrediction(r);
    }

    public Snapshot setSpeed(Speed speed) {
        simulation.setSpeed(speed);
        return follow(simulation.snapshot());
    }

    public Snapshot play() {
        continueFromMoment();
        simulation.play();
        return follow(simulation.step(0));
    }

    public Snapshot pause() { simulation.pause(); return follow(simulation.step(0)); }

    public Snapshot togglePlaying() {
        if (!simulation.isPlaying()) return play();
        return pause();
    }

    // ---- going back in time ----

    /**
     * Shows the moment a number of simulated days after the start (clamped to the start and to now), rebuilt
     * from the record; paused. At now, the same as {@link #backToNow}.
     */
    public Snapshot scrubTo(double days) {
        if (live == null) {
            // no pause needed here: restoring or resuming a moment (below) leaves the simulation paused
            Snapshot now = follow(simulation.step(0));
            live = new Live(simulation.state(), now.history(), site.copy(), field.copy(), counts);
        }
        double liveDays = live.state().elapsedDays();
        double t = Math.max(0, Math.min(days, liveDays));
        if (t >= liveDays - 1e-9) return backToNow();
        Speed chosen = simulation.speed();
        RunRecord.Checkpoint c = record.checkpointAtOrBefore(t);
        simulation.restore(c.sim(), live.log());
        site.copyFrom(c.site());
        field.copyFrom(c.field());
        counts = c.counts();
        int i = c.entries();
        while (i < record.size() && record.get(i).endDays() <= t + 1e-9) replay(record.get(i++));
        momentEntries = i;
        momentPartial = null;
        double partial = t - simulation.snapshot().elapsedDays();
        if (partial > 1e-9) {
            // inside a long step (a lesson's "advance 5 years", the Step button): the part of it up to t. The
            // record's last step ends now, after t, so there is always a next step here
            RunRecord.Entry e = record.get(i);
            momentPartial = new RunRecord.Entry(partial, e.speed(), e.levels(), t);
            replay(momentPartial);
        }
        simulation.setSpeed(chosen);
        snapshot = simulation.snapshot();
        scrub = new Scrub(snapshot.ageYears(), snapshot.elapsedDays(), simulation.startAge() + liveDays / Forecast.DAYS_PER_YEAR,
                liveDays, live.log(), live.state().historySize(), simulation.levels(), live.state().levels(), playLevels);
        retrace(momentEntries, momentPartial);
        return snapshot;
    }

    /** {@link #scrubTo} by age. */
    public Snapshot scrubToAge(double ageYears) {
        return scrubTo((ageYears - simulation.startAge()) * Forecast.DAYS_PER_YEAR);
    }

    /** Back to the moment left, as it was (paused); nothing is lost. */
    public Snapshot backToNow() {
        if (live == null) return snapshot;
        Speed chosen = simulation.speed();
        simulation.resume(live.state(), live.log());
        simulation.setSpeed(chosen);
        site.copyFrom(live.site());
        field.copyFrom(live.field());
        counts = live.counts();
        live = null;
        scrub = null;
        snapshot = simulation.snapshot();
        retrace(record.size(), null);
        return snapshot;
    }

    /**
     * The trace's runs follow the record up to the moment on show: its first {@code entries} steps, then
     * {@code partial}, the part of the next one (if any; a jump in time, either way, is replayed from the start).
     */
    private void retrace(int entries, RunRecord.Entry partial) {
        java.util.List<RunTrace.Segment> steps = new java.util.ArrayList<>();
        for (int i = 0; i < entries; i++) steps.add(new RunTrace.Segment(record.get(i).days(), record.get(i).levels()));
        if (partial != null) steps.add(new RunTrace.Segment(partial.days(), partial.levels()));
        why.replay(steps);
    }

    /** The past moment on show, if any. */
    public Optional<Scrub> scrub() { return Optional.ofNullable(scrub); }

    /** Which levels playing from a past moment uses; kept for the next time too. */
    public void setPlayLevels(PlayLevels p) {
        playLevels = p;
        if (scrub != null) {
            scrub = new Scrub(scrub.momentAge(), scrub.momentDays(), scrub.liveAge(), scrub.liveDays(),
                    scrub.liveHistory(), scrub.liveHistorySize(), scrub.levelsThen(), scrub.levelsToday(), p);
        }
    }

    public PlayLevels playLevels() { return playLevels; }

    /** Checkpoints the record keeps (for the docs' cost note). */
    public int checkpoints() { return record.checkpoints(); }

    /**
     * From a past moment: the run goes on from it. What came after it is dropped from the record; the levels
     * become those {@link #playLevels} names.
     */
    private void continueFromMoment() {
        if (live == null) return;
        HormoneLevels today = live.state().levels();
        record.truncate(momentEntries);
        if (momentPartial != null) {
            RunRecord.Entry e = new RunRecord.Entry(momentPartial.days(), momentPartial.speed(), simulation.levels(),
                    simulation.snapshot().elapsedDays());
            record.add(e);
        }
        live = null;
        scrub = null;
        if (playLevels == PlayLevels.TODAY) follow(simulation.setLevels(today));
    }

    /** One recorded step again, on the model's parts, without recording it. */
    private void replay(RunRecord.Entry e) {
        if (simulation.speed() != e.speed()) simulation.setSpeed(e.speed());
        Snapshot s = e.days() > 0 ? simulation.advanceDays(e.days()) : simulation.setLevels(e.levels());
        followParts(s);
    }

    private void startRecord() {
        record.start(simulation.state(), site, field, counts);
    }

    /** The latest snapshot. */
    public Snapshot snapshot() { return snapshot; }

    public Simulation simulation() { return simulation; }

    /** The remodeling site, advanced by every step's simulated days. */
    public RemodelingSite site() { return site; }

    /** The RANKL switch's moving parts, advanced by every step's animation seconds. */
    public SwitchField switchField() { return field; }

    /** The causal trace of the run ("Why?"), following every snapshot like the site and the field. */
    public RunTrace why() { return why; }

    /** The marker counts the model's present state asks for. */
    public SwitchCounts switchCounts() { return counts; }

    /**
     * The consultation being edited, made on first use (its example's forecasts are not start-up work).
     */
    public ConsultSession consultation() {
        if (consultation == null) consultation = new ConsultSession();
        return consultation;
    }

    /** The consultation if anything has asked for it yet (until then there is nothing to save). */
    public Optional<ConsultSession> existingConsultation() { return Optional.ofNullable(consultation); }

    /** The lesson in progress, if any. */
    public Optional<LessonProgress> lesson() { return Optional.ofNullable(lesson); }

    /** Records where the lesson stands; null when none runs. A lesson question puts the explorer's away. */
    public void setLesson(LessonProgress progress) {
        lesson = progress;
        if (progress != null && progress.prediction() != null) explorerRound = null;
    }

    private Snapshot follow(Snapshot s) {
        s = observeRounds(s);
        followParts(s);
        why.follow(s);
        if (live == null && (s.lastStepDays() > 0 || !simulation.levels().equals(recordedLevels()))) {
            record.add(new RunRecord.Entry(Math.max(0, s.lastStepDays()), simulation.speed(), simulation.levels(), s.elapsedDays()));
            record.maybeCheckpoint(simulation.state(), site, field, counts);
        }
        return s;
    }

    private HormoneLevels recordedLevels() {
        HormoneLevels l = record.lastLevels();
        return l != null ? l : record.checkpointAtOrBefore(0).sim().levels();
    }

    private void followParts(Snapshot s) {
        snapshot = s;
        SiteDrivers d = SiteDrivers.of(s.readout());
        site.advance(Math.max(0, s.lastStepDays()), d);
        counts = SwitchCounts.of(s.readout());
        field.advance(SwitchField.secondsOf(s), counts, d.depthRel());
    }

    private Snapshot observeRounds(Snapshot s) {
        // a prediction is answered by what the model does: once its years have passed, the clock stops there
        // so the gauges show the moment the answer speaks of
        boolean answered = false;
        if (lesson != null && lesson.prediction() != null && !lesson.prediction().revealed()) {
            lesson = lesson.withPrediction(lesson.prediction().observe(s));
            answered = lesson.prediction().revealed();
        }
        if (explorerRound != null && !explorerRound.revealed()) {
            explorerRound = explorerRound.observe(s);
            answered |= explorerRound.revealed();
        }
        if (answered && simulation.isPlaying()) {
            simulation.pause();
            // the same moment, now paused (lastStepDays is kept so the site and the field still follow the step)
            Snapshot p = simulation.step(0);
            s = new Snapshot(p.frame(), p.elapsedDays(), p.ageYears(), s.lastStepDays(), false, p.speed(),
                    p.readout(), p.history(), p.historySize(), p.menopauseAgeYears());
        }
        return s;
    }

    private void resetParts(Snapshot s) {
        site.reset();
        site.advance(0, SiteDrivers.of(s.readout()));
        counts = SwitchCounts.of(s.readout());
        field.reset(counts);
        why.reset();
    }
}
