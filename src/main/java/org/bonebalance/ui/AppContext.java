package org.bonebalance.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.bonebalance.content.Depth;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;

/**
 * State shared by all screens: the one simulation, the latest snapshot, theme. Only the FX thread touches it.
 * Input flows back only through the setters here (STYLE.md convention 5).
 */
public final class AppContext {
    private final Simulation simulation;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Depth> depth = new SimpleObjectProperty<>(Depth.FUNDAMENTALS);
    private final AppOptions options;

    public AppContext(Simulation simulation, AppOptions options) {
        this.simulation = simulation;
        this.options = options;
        snapshot.set(simulation.snapshot());
    }

    public AppOptions options() { return options; }

    /** The latest snapshot; changes once per frame and on every input. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot getSnapshot() { return snapshot.get(); }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** Depth of every explanation in the app (issue 5). */
    public ObjectProperty<Depth> depthProperty() { return depth; }

    /** Called by the clock once per frame. */
    void advance(double dtSeconds) {
        snapshot.set(simulation.step(dtSeconds));
    }

    public void setLevels(HormoneLevels levels) { snapshot.set(simulation.setLevels(levels)); }

    public HormoneLevels levels() { return simulation.levels(); }

    public void setSpeed(Speed s) {
        simulation.setSpeed(s);
        snapshot.set(simulation.snapshot());
    }

    public void togglePlaying() {
        simulation.togglePlaying();
        snapshot.set(simulation.step(0));
    }

    public void play() { simulation.play(); snapshot.set(simulation.step(0)); }

    public void pause() { simulation.pause(); snapshot.set(simulation.step(0)); }

    public void stepOnce() { snapshot.set(simulation.advanceDays(Simulation.STEP_DAYS)); }

    public void reset() { snapshot.set(simulation.reset()); }

    /** The simulation, for read-only projections (e.g. the explorer timeline). */
    public Simulation simulation() { return simulation; }
}
