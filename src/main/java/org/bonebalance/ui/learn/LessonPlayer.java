package org.bonebalance.ui.learn;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.bonebalance.content.Lesson;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.ui.Shell;

/**
 * The lesson for one window: its {@link LessonViewModel} (where the lesson stands, the rules of its steps) joined
 * to the window, whose spotlight follows what the step points at and whose screens a step brings on show. Holds
 * no rules of its own.
 */
public final class LessonPlayer {
    private final LessonViewModel model;
    private final Spotlight spotlight;
    private final javafx.util.Subscription pointing;

    public LessonPlayer(Shell window) {
        this.model = new LessonViewModel(window.context(), window::show);
        this.spotlight = new Spotlight(window.overlayLayer(), window.root(), window.context().snapshotProperty());
        pointing = model.highlightProperty().subscribe(spotlight::show);
    }

    /** The toolkit-free side: texts, intents, where the lesson stands. */
    public LessonViewModel model() { return model; }

    /** Shows the lesson in progress in the app model, if any, at its step, as it stands. */
    public void resume() { model.resume(); }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return model.lessonProperty(); }

    /** Index (from 0) of the step on show, -1 when no lesson runs. */
    public ReadOnlyIntegerProperty indexProperty() { return model.indexProperty(); }

    public boolean isActive() { return model.isActive(); }

    public Spotlight spotlight() { return spotlight; }

    /** The levels in force when the lesson started, from which {@link Lesson#stateAt} folds. */
    public HormoneLevels startLevels() { return model.startLevels(); }

    public void start(Lesson l) { model.start(l); }

    public void start(Lesson l, int stepIndex) { model.start(l, stepIndex); }

    public void goTo(int i) { model.goTo(i); }

    public void next() { model.next(); }

    public void previous() { model.previous(); }

    public void exit() { model.exit(); }

    public void dispose() {
        pointing.unsubscribe();
        model.dispose();
        spotlight.dispose();
    }
}
