package org.bonebalance.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;

/**
 * State shared by all screens: the one simulation, the latest snapshot, theme, zoom. Only the FX thread
 * touches it. Input flows back only through the setters here (STYLE.md convention 5).
 */
public final class AppContext {
    public static final double MIN_ZOOM = 0.8;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;

    private final Simulation simulation;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Depth> depth = new SimpleObjectProperty<>(Depth.FUNDAMENTALS);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final List<DoubleConsumer> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    private final AppOptions options;
    private HormoneLevels initialLevels;
    private Speed initialSpeed;
    /** True while frame listeners run: the frame's one snapshot is published after they are done. */
    private boolean inFrame;

    public AppContext(Simulation simulation, AppOptions options) {
        this.simulation = simulation;
        this.options = options;
        this.initialLevels = simulation.levels();
        this.initialSpeed = simulation.speed();
        snapshot.set(simulation.snapshot());
    }

    public AppOptions options() { return options; }

    /** The latest snapshot; changes once per frame and on every input. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot getSnapshot() { return snapshot.get(); }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** Depth of every explanation in the app (issue 5). */
    public ObjectProperty<Depth> depthProperty() { return depth; }

    /** Scale of the whole UI (1 = the theme's base font); Ctrl +/-/0. */
    public DoubleProperty zoomProperty() { return zoom; }

    public void zoomIn() { zoom.set(Math.min(MAX_ZOOM, round(zoom.get() + ZOOM_STEP))); }

    public void zoomOut() { zoom.set(Math.max(MIN_ZOOM, round(zoom.get() - ZOOM_STEP))); }

    public void zoomReset() { zoom.set(1.0); }

    private static double round(double z) { return Math.round(z * 100) / 100.0; }

    /**
     * Called by the clock once per frame (tests call it by hand): first tells frame listeners the real
     * time step (for easing that must run while paused, e.g. sliders gliding to a preset), then steps the
     * simulation and publishes the snapshot: one per frame, even when a listener changed the levels.
     */
    void advance(double dtSeconds) {
        inFrame = true;
        try {
            for (DoubleConsumer l : frameListeners) l.accept(dtSeconds);
        } finally {
            inFrame = false;
        }
        snapshot.set(simulation.step(dtSeconds));
    }

    /** Told the real seconds of every frame, before the simulation steps. Not a clock of its own. */
    public Subscription onFrame(DoubleConsumer listener) {
        frameListeners.add(listener);
        return () -> frameListeners.remove(listener);
    }

    /** Told after "reset all" put levels, speed and time back to the start. */
    public Subscription onReset(Runnable listener) {
        resetListeners.add(listener);
        return () -> resetListeners.remove(listener);
    }

    /** New levels: published at once, or with the frame's snapshot when set by a frame listener. */
    public void setLevels(HormoneLevels levels) {
        Snapshot s = simulation.setLevels(levels);
        if (!inFrame) snapshot.set(s);
    }

    public HormoneLevels levels() { return simulation.levels(); }

    public void setSpeed(Speed s) {
        simulation.setSpeed(s);
        snapshot.set(simulation.snapshot());
    }

    public Speed speed() { return simulation.speed(); }

    public boolean isPlaying() { return simulation.isPlaying(); }

    public void togglePlaying() {
        simulation.togglePlaying();
        snapshot.set(simulation.step(0));
    }

    public void play() { simulation.play(); snapshot.set(simulation.step(0)); }

    public void pause() { simulation.pause(); snapshot.set(simulation.step(0)); }

    public void stepOnce() { advanceDays(Simulation.STEP_DAYS); }

    /**
     * Advances the model by the given simulated days, playing or not, and publishes one snapshot for the
     * whole span (a lesson's "advance N years": observers redraw once, not once per month).
     */
    public void advanceDays(double days) { snapshot.set(simulation.advanceDays(days)); }

    /** Back to time zero at the reference state; keeps levels and speed, pauses. */
    public void reset() { snapshot.set(simulation.reset()); }

    /** The state "reset all" returns to (the levels and speed the window opened with). */
    public void setInitialState(HormoneLevels levels, Speed speed) {
        this.initialLevels = levels;
        this.initialSpeed = speed;
    }

    /** Reset all: time zero, paused, and the levels and speed the window opened with. */
    public void resetAll() {
        simulation.setLevels(initialLevels);
        simulation.setSpeed(initialSpeed);
        snapshot.set(simulation.reset());
        for (Runnable r : resetListeners) r.run();
    }

    /** The simulation, for read-only projections (e.g. the explorer timeline). */
    public Simulation simulation() { return simulation; }
}
