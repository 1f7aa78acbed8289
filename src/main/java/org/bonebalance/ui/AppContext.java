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
import org.bonebalance.sim.app.AppModel;

/**
 * State shared by all screens, made once at start-up and kept when the window is rebuilt: the one
 * {@link AppModel} (simulation, remodeling site, switch field, consultation, lesson), the latest snapshot,
 * and what the user chose for the window (theme, zoom, depth, presenter mode, the screen on show). Only the
 * FX thread touches it. Input flows back only through the setters here (STYLE.md convention 5).
 */
public final class AppContext {
    public static final double MIN_ZOOM = 0.8;
    public static final double MAX_ZOOM = 2.0;
    public static final double ZOOM_STEP = 0.1;

    private final AppModel model;
    private final Simulation simulation;
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AppModel.Scrub> scrub = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ObjectProperty<Depth> depth = new SimpleObjectProperty<>(Depth.FUNDAMENTALS);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final javafx.beans.property.StringProperty screen = new javafx.beans.property.SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty presenter = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.StringProperty learnSection = new javafx.beans.property.SimpleStringProperty("lessons");
    private final javafx.beans.property.BooleanProperty askBeforeChanges = new javafx.beans.property.SimpleBooleanProperty();
    private Theme themeBeforePresenter = Theme.LIGHT;
    private final List<DoubleConsumer> frameListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> resetListeners = new CopyOnWriteArrayList<>();
    private final AppOptions options;
    private HormoneLevels initialLevels;
    private Speed initialSpeed;
    /** True while frame listeners run: the frame's one snapshot is published after they are done. */
    private boolean inFrame;

    public AppContext(Simulation simulation, AppOptions options) {
        this(new AppModel(simulation), options);
    }

    public AppContext(AppModel model, AppOptions options) {
        this.model = model;
        this.simulation = model.simulation();
        this.options = options;
        this.initialLevels = simulation.levels();
        this.initialSpeed = simulation.speed();
        publish(model.snapshot());
        askBeforeChanges.set(model.askBeforeChanges());
        askBeforeChanges.subscribe(ask -> model.setAskBeforeChanges(ask));
    }

    /** Publishes a snapshot and, when it changed, the past moment on show (null while live). */
    private void publish(Snapshot s) {
        AppModel.Scrub now = model.scrub().orElse(null);
        if (!java.util.Objects.equals(now, scrub.get())) scrub.set(now);
        snapshot.set(s);
    }

    /** The past moment on show, or null while the app shows now. Set before the snapshot of that moment. */
    public ReadOnlyObjectProperty<AppModel.Scrub> scrubProperty() { return scrub.getReadOnlyProperty(); }

    /** Shows a past moment (by age), rebuilt from the run's record; the whole app shows it, paused. */
    public void scrubToAge(double ageYears) { publish(model.scrubToAge(ageYears)); }

    /** Back from a past moment to the one left, as it was. */
    public void backToNow() { publish(model.backToNow()); }

    /** Which levels playing from a past moment uses. */
    public void setPlayLevels(AppModel.PlayLevels p) {
        model.setPlayLevels(p);
        publish(model.snapshot());
    }

    /** The app model: everything that must outlive a window. */
    public AppModel model() { return model; }

    public AppOptions options() { return options; }

    /** The latest snapshot; changes once per frame and on every input. */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    public Snapshot getSnapshot() { return snapshot.get(); }

    /**
     * What the explorer's Why? panel explains, for the cycle and switch screens to light: the reading's name and
     * the chain's quantities; null while the panel is closed.
     */
    public record Lit(String reading, java.util.Set<org.bonebalance.sim.why.Quantity> parts) {
        public Lit { parts = java.util.Set.copyOf(parts); }
    }

    private final ObjectProperty<Lit> lit = new javafx.beans.property.SimpleObjectProperty<>();

    public ObjectProperty<Lit> litProperty() { return lit; }

    private final ObjectProperty<org.bonebalance.sim.why.Reading> whyRequest = new javafx.beans.property.SimpleObjectProperty<>();

    /** A request from another panel (a prediction's answer) to explain a reading; the explorer takes it and clears it. */
    public ObjectProperty<org.bonebalance.sim.why.Reading> whyRequestProperty() { return whyRequest; }

    /** Shows the explorer with the Why? panel open on this reading. */
    public void requestWhy(org.bonebalance.sim.why.Reading reading) {
        screen.set("explorer");
        whyRequest.set(null);
        whyRequest.set(reading);
    }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    /** Depth of every explanation in the app. */
    public ObjectProperty<Depth> depthProperty() { return depth; }

    /** Scale of the whole UI (1 = the theme's base font); Ctrl +/-/0. */
    public DoubleProperty zoomProperty() { return zoom; }

    public void zoomIn() { zoom.set(Math.min(MAX_ZOOM, round(zoom.get() + ZOOM_STEP))); }

    public void zoomOut() { zoom.set(Math.max(MIN_ZOOM, round(zoom.get() - ZOOM_STEP))); }

    public void zoomReset() { zoom.set(1.0); }

    /** The id of the screen on show; the window follows it and sets it when the user picks a tab. */
    public javafx.beans.property.StringProperty screenProperty() { return screen; }

    /** The section of the learn screen on show (lessons, glossary…): a rebuilt window shows the same one. */
    public javafx.beans.property.StringProperty learnSectionProperty() { return learnSection; }

    /** Presenter mode (F5): the window shows it; it stays on when the window is rebuilt. */
    public javafx.beans.property.BooleanProperty presenterProperty() { return presenter; }

    /**
     * Whether the explorer asks what will happen before a change of levels plays out (View menu, a lesson's
     * {@code explorerPredictions}); off by default. The app model keeps it, and the question a change asked.
     */
    public javafx.beans.property.BooleanProperty askBeforeChangesProperty() { return askBeforeChanges; }

    public void setAskBeforeChanges(boolean ask) { askBeforeChanges.set(ask); }

    /** The theme to go back to when presenter mode ends (presenter mode shows the projector theme). */
    public Theme themeBeforePresenter() { return themeBeforePresenter; }

    public void setThemeBeforePresenter(Theme t) { themeBeforePresenter = t; }

    private static double round(double z) { return Math.round(z * 100) / 100.0; }

    /**
     * Called by the clock once per frame (tests call it by hand): clamps the real time step once, tells frame
     * listeners that step (for easing that must run while paused, e.g. sliders gliding to a preset), then
     * steps the app model and publishes the snapshot: one per frame, even when a listener changed the levels.
     */
    public void advance(double dtSeconds) {
        double dt = AppModel.clampDt(dtSeconds);
        inFrame = true;
        try {
            for (DoubleConsumer l : frameListeners) l.accept(dt);
        } finally {
            inFrame = false;
        }
        publish(model.step(dt));
    }

    /** Told the real seconds of every frame, before the simulation steps. Not a clock of its own. */
    public Subscription onFrame(DoubleConsumer listener) {
        frameListeners.add(listener);
        return () -> frameListeners.remove(listener);
    }

    /** How many frame listeners are registered (a rebuilt window must release the old one's). */
    int frameListenerCount() { return frameListeners.size(); }

    /** Told after "reset all" put levels, speed and time back to the start. */
    public Subscription onReset(Runnable listener) {
        resetListeners.add(listener);
        return () -> resetListeners.remove(listener);
    }

    /** New levels: published at once, or with the frame's snapshot when set by a frame listener. */
    public void setLevels(HormoneLevels levels) {
        Snapshot s = model.setLevels(levels);
        if (!inFrame) publish(s);
    }

    public HormoneLevels levels() { return simulation.levels(); }

    public void setSpeed(Speed s) {
        publish(model.setSpeed(s));
    }

    public Speed speed() { return simulation.speed(); }

    public boolean isPlaying() { return simulation.isPlaying(); }

    public void togglePlaying() {
        publish(model.togglePlaying());
    }

    public void play() { publish(model.play()); }

    public void pause() { publish(model.pause()); }

    public void stepOnce() { advanceDays(Simulation.STEP_DAYS); }

    /**
     * Advances the model by the given simulated days, playing or not, and publishes one snapshot for the
     * whole span (a lesson's "advance N years": observers redraw once, not once per month).
     */
    public void advanceDays(double days) { publish(model.advanceDays(days)); }

    /** Back to time zero at the reference state; keeps levels and speed, pauses. */
    public void reset() { publish(model.reset()); }

    /** The state "reset all" returns to (the levels and speed the window opened with). */
    public void setInitialState(HormoneLevels levels, Speed speed) {
        this.initialLevels = levels;
        this.initialSpeed = speed;
    }

    /** Reset all: time zero, paused, and the levels and speed the window opened with. */
    public void resetAll() {
        model.setLevels(initialLevels);
        model.setSpeed(initialSpeed);
        publish(model.reset());
        for (Runnable r : resetListeners) r.run();
    }

    /** The simulation, for read-only projections (e.g. the explorer timeline). */
    public Simulation simulation() { return simulation; }
}
