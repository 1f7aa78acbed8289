package org.bonebalance.ui.learn;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.sim.predict.Round;
import org.bonebalance.ui.AppContext;

/**
 * The lesson in progress, toolkit-free: which lesson and step, what the narration panel says (title, step
 * counter, narration, the forward button's word), what the step points at and asks, and the intents
 * (start, next, previous, go to, exit). Where the lesson stands lives in the app model
 * ({@link AppModel#lesson()}), so a rebuilt window's view model carries on from the same step without applying it
 * again ({@link #resume}). Entering a step sets the state it promises through {@link AppContext}; going forward
 * applies only the next step (what the learner played stays), jumping (Previous, {@code --step}) replays from the
 * last step that resets, so a step always looks the same however it is reached.
 */
public final class LessonViewModel {
    private final AppContext context;
    private final Consumer<String> showScreen;
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper forward = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper atFirst = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<String> highlight = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<String> evidence = new ReadOnlyObjectWrapper<>();
    private HormoneLevels startLevels = HormoneLevels.PREMENOPAUSAL;
    private final Subscription recording;

    /**
     * @param showScreen brings a screen on show by its id, as a step asks ({@code "explorer"}, {@code "cycle"}…)
     */
    public LessonViewModel(AppContext context, Consumer<String> showScreen) {
        this.context = context;
        this.showScreen = showScreen;
        recording = index.subscribe((was, now) -> {
            record();
            word();
        });
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

    /** What the narration panel says for the step on show (all empty while no lesson runs). */
    private void word() {
        Lesson l = lesson.get();
        int i = index.get();
        if (l == null || i < 0) {
            title.set("");
            counter.set("");
            narration.set("");
            forward.set("");
            atFirst.set(true);
            highlight.set(null);
            evidence.set(null);
            return;
        }
        Lesson.Step s = l.steps().get(i);
        title.set(l.title().text());
        counter.set(Messages.get("content.lesson.step", i + 1, l.steps().size()));
        narration.set(s.narration().text());
        forward.set(Messages.get(i == l.steps().size() - 1 ? "content.lesson.finish" : "content.lesson.next"));
        atFirst.set(i == 0);
        evidence.set(s.evidence().orElse(null));
        highlight.set(s.highlight().orElse(null));
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
        });
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() { return lesson.getReadOnlyProperty(); }

    /** Index (from 0) of the step on show, -1 when no lesson runs. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    /** The lesson's title. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** "Step 2 of 6". */
    public ReadOnlyStringProperty counterProperty() { return counter.getReadOnlyProperty(); }

    /** The step's narration in the current language (terms still marked for the glossary). */
    public ReadOnlyStringProperty narrationProperty() { return narration.getReadOnlyProperty(); }

    /** The forward button's word: "Next", or "Finish" on the last step. */
    public ReadOnlyStringProperty forwardProperty() { return forward.getReadOnlyProperty(); }

    /** True on the first step (there is nothing to go back to). */
    public ReadOnlyBooleanProperty atFirstProperty() { return atFirst.getReadOnlyProperty(); }

    /** The id of what the step points at (the spotlight's target), or null. */
    public ReadOnlyObjectProperty<String> highlightProperty() { return highlight.getReadOnlyProperty(); }

    /** The id of the step's evidence card, or null. */
    public ReadOnlyObjectProperty<String> evidenceProperty() { return evidence.getReadOnlyProperty(); }

    public boolean isActive() { return lesson.get() != null; }

    /** The step on show, if a lesson runs. */
    public java.util.Optional<Lesson.Step> step() {
        Lesson l = lesson.get();
        return l == null || index.get() < 0 ? java.util.Optional.empty() : java.util.Optional.of(l.steps().get(index.get()));
    }

    /** The levels in force when the lesson started, from which {@link Lesson#stateAt} folds. */
    public HormoneLevels startLevels() { return startLevels; }

    public void start(Lesson l) { start(l, 0); }

    /** Starts a lesson at a step (clamped to its steps), replaying from that step's anchor. */
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

    /** The next step; after the last one, leaves the lesson. */
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
        s.screen().ifPresent(showScreen);
        if (last && s.playing().orElse(false)) context.play();
        else context.pause();
    }

    public void dispose() {
        recording.unsubscribe();
    }
}
