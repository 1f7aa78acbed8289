package org.bonebalance.sim.app;

import java.util.Optional;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SiteDrivers;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.bonebalance.sim.consult.ConsultSession;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.predict.Round;

/**
 * Everything the app remembers, made once at start-up and kept until the app ends: the simulation, the one
 * remodeling site, the RANKL switch field, the consultation being edited and the lesson in progress. Windows
 * and their views come and go (a language change rebuilds them); this stays.
 * <p>{@link #step} is the one time path: it clamps the real time step once, steps the simulation and advances
 * the site and the switch field from the same snapshot, whether their screens are on show or not, so what
 * they show never depends on when a screen was first opened. Not thread-safe: the FX thread calls it.
 */
public final class AppModel {
    private final Simulation simulation;
    private final RemodelingSite site = new RemodelingSite();
    private final SwitchField field = new SwitchField();
    private SwitchCounts counts;
    private Snapshot snapshot;
    private ConsultSession consultation;
    private LessonProgress lesson;
    private boolean askBeforeChanges;
    private Round explorerRound;

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
        snapshot = simulation.snapshot();
        resetParts(snapshot);
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
    public Snapshot advanceDays(double days) { return follow(simulation.advanceDays(days)); }

    /** Time zero at the reference state (levels and speed kept, paused); the site and the field start again. */
    public Snapshot reset() {
        snapshot = simulation.reset();
        resetParts(snapshot);
        explorerRound = null;
        // a lesson question asked before the reset is asked again from the reset state
        return snapshot = observeRounds(snapshot);
    }

    /**
     * New levels from now on. While the explorer asks before changes ({@link #setAskBeforeChanges}) and no
     * lesson question is open, a change pauses the clock and asks {@link Prediction#EXPLORER} anew.
     */
    public Snapshot setLevels(HormoneLevels levels) {
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

    public Snapshot play() { simulation.play(); return follow(simulation.step(0)); }

    public Snapshot pause() { simulation.pause(); return follow(simulation.step(0)); }

    public Snapshot togglePlaying() { simulation.togglePlaying(); return follow(simulation.step(0)); }

    /** The latest snapshot. */
    public Snapshot snapshot() { return snapshot; }

    public Simulation simulation() { return simulation; }

    /** The remodeling site, advanced by every step's simulated days. */
    public RemodelingSite site() { return site; }

    /** The RANKL switch's moving parts, advanced by every step's animation seconds. */
    public SwitchField switchField() { return field; }

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
        snapshot = s;
        SiteDrivers d = SiteDrivers.of(s.readout());
        site.advance(Math.max(0, s.lastStepDays()), d);
        counts = SwitchCounts.of(s.readout());
        field.advance(SwitchField.secondsOf(s), counts, d.depthRel());
        return s;
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
                    p.readout(), p.history(), p.historySize());
        }
        return s;
    }

    private void resetParts(Snapshot s) {
        site.reset();
        site.advance(0, SiteDrivers.of(s.readout()));
        counts = SwitchCounts.of(s.readout());
        field.reset(counts);
    }
}
