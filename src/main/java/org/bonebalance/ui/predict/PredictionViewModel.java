package org.bonebalance.ui.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.predict.Round;
import org.bonebalance.sim.why.Reading;
import org.bonebalance.ui.AppContext;

/**
 * A prediction on show (a lesson step's question, or the explorer's "what will happen?"): its words, the choice
 * made, the class tally and, once the model has played the asked years, the model's answer with its numbers.
 * Toolkit-free (JavaFX properties only): the round itself lives in the app model (a rebuilt window shows the
 * same choice and tally), this reads it after every snapshot and writes it back through the intents.
 */
public final class PredictionViewModel {
    /** Where the round lives in the app model. */
    public interface Store {
        Optional<Round> get();

        void set(Round r);
    }

    private final AppContext context;
    private final Store store;
    private final String prompt;
    private final List<String> choices;
    private final String explanation;
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper chosen = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper answer = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tallyOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper tallyShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper numbers = new ReadOnlyStringWrapper("");
    private final List<ReadOnlyIntegerWrapper> hands = new ArrayList<>();
    private final List<ReadOnlyDoubleWrapper> shares = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> choiceTexts = new ArrayList<>();
    private final Subscription subscription;

    public PredictionViewModel(AppContext context, Store store, String prompt, List<String> choices, String explanation) {
        this.context = context;
        this.store = store;
        this.prompt = prompt;
        this.choices = List.copyOf(choices);
        this.explanation = explanation == null ? "" : explanation;
        for (int i = 0; i < choices.size(); i++) {
            hands.add(new ReadOnlyIntegerWrapper());
            shares.add(new ReadOnlyDoubleWrapper());
            choiceTexts.add(new ReadOnlyStringWrapper(label(i)));
        }
        subscription = context.snapshotProperty().subscribe(s -> refresh())
                .and(context.askBeforeChangesProperty().subscribe(a -> refresh()));
    }

    /** The question of a lesson step; its round is the lesson progress's. */
    public static PredictionViewModel forLesson(AppContext context, Lesson.Question q) {
        var model = context.model();
        return new PredictionViewModel(context, new Store() {
            @Override public Optional<Round> get() { return model.lessonPrediction(); }

            @Override public void set(Round r) { model.setLessonPrediction(r); }
        }, q.prompt().text(), q.choices().stream().map(c -> c.text()).toList(),
                q.explanation().map(e -> e.text()).orElse(null));
    }

    /** The explorer's question after a change ({@link Prediction#EXPLORER}). */
    public static PredictionViewModel forExplorer(AppContext context) {
        var model = context.model();
        return new PredictionViewModel(context, new Store() {
            @Override public Optional<Round> get() { return model.explorerPrediction(); }

            @Override public void set(Round r) { model.setExplorerPrediction(r); }
        }, Messages.get("content.predict.explorer.prompt", Prediction.EXPLORER.years()),
                List.of(Messages.get("content.predict.explorer.rise"), Messages.get("content.predict.explorer.stay"),
                        Messages.get("content.predict.explorer.fall")), null);
    }

    // ---- what the view binds ----

    /** Whether a question is open (the explorer's comes and goes with changes; a lesson step's stays). */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }

    public String prompt() { return prompt; }

    public int choiceCount() { return choices.size(); }

    /** "A  Fall steadily", with a mark once the model's answer is known. */
    public ReadOnlyStringProperty choiceTextProperty(int i) { return choiceTexts.get(i).getReadOnlyProperty(); }

    /** The choice made (from 0), -1 for none. */
    public ReadOnlyIntegerProperty chosenProperty() { return chosen.getReadOnlyProperty(); }

    /** The model's answer (from 0) once revealed, else -1. */
    public ReadOnlyIntegerProperty answerProperty() { return answer.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty revealedProperty() { return revealed.getReadOnlyProperty(); }

    /** Whether the presenter counts hands (the −/+ buttons show). */
    public ReadOnlyBooleanProperty tallyOpenProperty() { return tallyOpen.getReadOnlyProperty(); }

    /** Whether the tally's bars show: revealed, with at least one hand counted. */
    public ReadOnlyBooleanProperty tallyShownProperty() { return tallyShown.getReadOnlyProperty(); }

    public ReadOnlyIntegerProperty handsProperty(int i) { return hands.get(i).getReadOnlyProperty(); }

    /** A choice's hands as a share of the most any choice got (0–1): the length of its bar. */
    public ReadOnlyDoubleProperty shareProperty(int i) { return shares.get(i).getReadOnlyProperty(); }

    /** What to do now, or what is happening (waiting for Play, the years watched so far). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Once revealed: whether the prediction matched, in calm words. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** Once revealed: the reading before and after, from the model. */
    public ReadOnlyStringProperty numbersProperty() { return numbers.getReadOnlyProperty(); }

    /** The author's explanation, shown with the answer ("" for none). */
    public String explanation() { return explanation; }

    /** Once revealed: opens the Why? panel on the reading asked about, so the trace explains the answer. */
    public void askWhy() {
        store.get().ifPresent(r -> context.requestWhy(r.prediction().reading()));
    }

    /** The letter of choice i: A, B, C … */
    public static String letter(int i) { return String.valueOf((char) ('A' + i)); }

    // ---- intents ----

    public void choose(int i) { update(r -> r.choose(i)); }

    public void addHand(int i) { update(r -> r.hand(i, 1)); }

    public void removeHand(int i) { update(r -> r.hand(i, -1)); }

    public void setTallyOpen(boolean on) { update(r -> r.withTallyOpen(on)); }

    /** Plays the years left at once (the model advances; the answer follows from where it gets to). */
    public void showNow() {
        Optional<Round> r = store.get();
        if (r.isEmpty() || r.get().revealed()) return;
        double left = r.get().daysLeft(context.getSnapshot());
        context.pause();
        context.advanceDays(left);
    }

    /** Puts the explorer's question away until the next change. */
    public void dismiss() {
        store.set(null);
        refresh();
    }

    private void update(java.util.function.UnaryOperator<Round> change) {
        store.get().ifPresent(r -> store.set(change.apply(r)));
        refresh();
    }

    // ---- reading the round ----

    private void refresh() {
        Optional<Round> or = store.get();
        open.set(or.isPresent());
        if (or.isEmpty()) return;
        Round r = or.get();
        chosen.set(r.chosen());
        answer.set(r.answer());
        revealed.set(r.revealed());
        tallyOpen.set(r.tallyOpen());
        int most = r.hands().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int i = 0; i < hands.size(); i++) {
            hands.get(i).set(r.hands().get(i));
            shares.get(i).set(most == 0 ? 0 : r.hands().get(i) / (double) most);
            choiceTexts.get(i).set(label(i));
        }
        tallyShown.set(r.revealed() && r.totalHands() > 0);
        status.set(statusOf(r, context.getSnapshot()));
        verdict.set(r.revealed() ? verdictOf(r) : "");
        numbers.set(r.revealed() ? numbersOf(r) : "");
    }

    private String label(int i) {
        String base = letter(i) + "  " + choices.get(i);
        return answer.get() == i ? base + "  " + Messages.get("content.predict.modelMark") : base;
    }

    private String statusOf(Round r, Snapshot now) {
        double years = r.prediction().years();
        if (r.revealed()) return "";
        double left = r.daysLeft(now);
        if (left < r.prediction().days() - 1e-6) {
            double watched = r.prediction().years() * (1 - left / r.prediction().days());
            return Messages.get("content.predict.watching", oneDecimal(watched), years);
        }
        return r.chosen() < 0 ? Messages.get("content.predict.choose", years)
                : Messages.get("content.predict.chosen", letter(r.chosen()), years);
    }

    private String verdictOf(Round r) {
        int a = r.answer();
        String key = r.chosen() < 0 ? "content.predict.nochoice"
                : r.chosen() == a ? "content.predict.right" : "content.predict.wrong";
        return Messages.get(key, letter(a), choices.get(a));
    }

    private String numbersOf(Round r) {
        Reading reading = r.prediction().reading();
        return Messages.get("content.predict.numbers", r.prediction().years(), value(reading, r.before()),
                value(reading, r.after()), Messages.get("content.predict.reading." + reading.id()), r.changePct());
    }

    private static String value(Reading reading, double v) {
        return Messages.get("content.predict.value." + reading.id(), v);
    }

    private static String oneDecimal(double years) {
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(Messages.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(years);
    }

    public void dispose() { subscription.unsubscribe(); }
}
