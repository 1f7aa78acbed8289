package org.bonebalance.ui.learn;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bonebalance.content.Lesson;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.sim.predict.Round;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Shell;

/**
 * Runs a lesson for one window. Where the lesson stands (which, the step, the levels it began with) is the app
 * model's ({@link org.bonebalance.sim.app.AppModel#lesson()}), so a rebuilt window's player carries on from the same
 * step without applying it again ({@link #resume}). Entering a step sets the state it promises through {@link AppContext} setters and
 * {@link Shell#show}, and moves the spotlight. Going forward applies only the next step (so what the
 * learner played stays); jumping (Previous, {@code --step}) replays from the last step that resets, so a step
 * always looks the same however it is reached.
 */
public final class LessonPlayer {
    private final Shell window;
    private final AppContext context;
    private final Spotlight spotlight;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private HormoneLevels startLevels = HormoneLevels.PREMENOPAUSAL;
    private final javafx.util.Subscription recording;

    public LessonPlayer(Shell window) {
        this.window = window;
        this.context = window.context();
        this.spotlight = new Spotlight(window.overlayLayer(), window.root(), context.snapshotProperty());
        recording = index.subscribe((was, now) -> record());
    }

    /**
     * Tells the app model where the lesson stands. A step entered anew asks its question from the moment on show;
     * the same step shown again (a rebuilt window) keeps its round: the choice, the tally, the years watched.
     */
    private void record() {
        Lesson l = lesson.get();
        if (l == null || index.get() < 0) {
            context.model().setLesson(null);
            return;
        }
        var kept = context.model().lesson().filter(p -> p.lesson() == l && p.step() == index.get());
        Round round = kept.isPresent() ? kept.get().prediction()
                : l.steps().get(index.get()).question()
                        .map(q -> Round.start(q.prediction(), context.getSnapshot())).orElse(null);
        context.model().setLesson(new AppModel.LessonProgress(l, index.get(), startLevels, round));
    }

    /**
     * Shows the lesson in progress in the app model, if any, at its step, as it stands: nothing is applied
     * again (the learner's state since entering the step stays).
     */
    public void resume() {
        context.model().lesson().ifPresent(p -> {
            if (!(p.lesson() instanceof Lesson l)) return;
            startLevels = p.startLevels();
            lesson.set(l);
            index.set(p.step());
            l.step(p.step()).ifPresent(s -> spotlight.show(s.highlight().orElse(null)));
        });
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }

    /** Index (from 0) of the step on show, -1 when no lesson runs. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public boolean isActive() { return lesson.get() != null; }

    public Spotlight spotlight() { return spotlight; }

    /** The levels in force when the lesson started, from which {@link Lesson#stateAt} folds. */
    public HormoneLevels startLevels() { return startLevels; }

    public void start(Lesson l) { start(l, 0); }

    public void start(Lesson l, int stepIndex) {
        startLevels = context.levels();
        lesson.set(l);
        index.set(-1);
        goTo(Math.max(0, Math.min(stepIndex, l.steps().size() - 1)));
    }

    /** Jumps to a step, replaying from its anchor. */
    public void goTo(int i) {
        Lesson l = lesson.get();
        if (l == null || i < 0 || i >= l.steps().size()) return;
        int from = l.anchor(i);
        if (from == 0 && !l.steps().get(0).reset()) context.setLevels(startLevels);
        for (int j = from; j <= i; j++) apply(l.steps().get(j), j == i);
        index.set(i);
    }

    public void next() {
        Lesson l = lesson.get();
        if (l == null) return;
        int i = index.get() + 1;
        if (i >= l.steps().size()) {
            exit();
            return;
        }
        apply(l.steps().get(i), true);
        index.set(i);
    }

    public void previous() {
        if (index.get() > 0) goTo(index.get() - 1);
    }

    /** Leaves the lesson; the simulation stays as it is (paused). */
    public void exit() {
        if (lesson.get() == null) return;
        context.pause();
        spotlight.hide();
        index.set(-1);
        lesson.set(null);
    }

    private void apply(Lesson.Step s, boolean last) {
        if (s.reset()) context.reset();
        s.preset().ifPresent(p -> context.setLevels(Preset.fromId(p).levels()));
        s.levels().ifPresent(v -> context.setLevels(v.applyTo(context.levels())));
        if (s.advanceYears() > 0) {
            // Whole months, as the Step button would take them, in one call: Simulation.advanceDays sub-steps
            // at the same day and history boundaries either way, so the state and the weekly history are the
            // same as stepping month by month, but observers get one snapshot instead of one per month
            context.advanceDays(s.advanceDays());
        }
        s.explorerPredictions().ifPresent(context::setAskBeforeChanges);
        s.speed().ifPresent(context::setSpeed);
        s.depth().ifPresent(d -> context.depthProperty().set(d));
        s.screen().ifPresent(window::show);
        if (last && s.playing().orElse(false)) context.play();
        else context.pause();
        if (last) spotlight.show(s.highlight().orElse(null));
    }

    public void dispose() {
        recording.unsubscribe();
        spotlight.dispose();
    }
}
