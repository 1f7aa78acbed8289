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
import org.bonebalance.sim.why.RunTrace;

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
    private final RunTrace why;
    private SwitchCounts counts;
    private Snapshot snapshot;
    private ConsultSession consultation;
    private LessonProgress lesson;

    /** Where a lesson stands: which one, the step on show (from 0) and the levels in force when it began. */
    public record LessonProgress(Guide lesson, int step, HormoneLevels startLevels) {}

    /** What a lesson is to the model: steps to walk through (the texts and rules are content's). */
    public interface Guide {
        int stepCount();
    }

    public AppModel(Simulation simulation) {
        this.simulation = simulation;
        why = new RunTrace(simulation.startAge(), simulation.baselineBmdGPerCm2());
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
        return snapshot;
    }

    public Snapshot setLevels(HormoneLevels levels) { return follow(simulation.setLevels(levels)); }

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

    /** Records where the lesson stands; null when none runs. */
    public void setLesson(LessonProgress progress) { lesson = progress; }

    private Snapshot follow(Snapshot s) {
        snapshot = s;
        SiteDrivers d = SiteDrivers.of(s.readout());
        site.advance(Math.max(0, s.lastStepDays()), d);
        counts = SwitchCounts.of(s.readout());
        field.advance(SwitchField.secondsOf(s), counts, d.depthRel());
        why.follow(s);
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
