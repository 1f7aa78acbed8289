package org.bonebalance.ui.predict;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;

/**
 * Shows a {@link PredictionViewModel}: the prompt, one button per choice, the class tally (−/+ per choice while
 * the presenter counts hands, bars with counts beside the answer), "Show what happens", and once the model has
 * played, the answer in calm words with the model's numbers before and after. Binds only; every rule is the
 * view model's. Node ids start with the prefix given ({@code lesson} in a lesson: {@code #lesson-choice-1} …).
 */
public final class PredictionView {
    public static final String STYLESHEET = PredictionView.class.getResource("/org/bonebalance/css/predict.css").toExternalForm();
    private static final PseudoClass MODEL_ANSWER = PseudoClass.getPseudoClass("model-answer");
    /** Longest tally bar, in em of the view's font (so it grows with presenter mode and zoom). */
    private static final double BAR_EM = 9;

    private final VBox root = new VBox(8);
    private final List<ToggleButton> choiceButtons = new ArrayList<>();
    private Subscription subscriptions = Subscription.EMPTY;

    /**
     * @param heading the words above the prompt (a lesson: "Predict first:")
     * @param closable whether a × puts the question away (the explorer's)
     */
    public PredictionView(PredictionViewModel vm, String idPrefix, String heading, boolean closable) {
        root.getStyleClass().add("prediction");
        root.getStylesheets().add(STYLESHEET);
        root.setId(idPrefix + "-question");
        Label head = new Label(heading);
        head.getStyleClass().add("prediction-heading");
        head.setWrapText(true);
        head.setMinHeight(Region.USE_PREF_SIZE);
        HBox headRow = new HBox(6, head);
        HBox.setHgrow(head, Priority.ALWAYS);
        head.setMaxWidth(Double.MAX_VALUE);
        if (closable) {
            Button close = new Button(Messages.get("content.predict.close.mark"));
            close.setId(idPrefix + "-close");
            close.getStyleClass().add("prediction-close");
            close.setAccessibleText(Messages.get("content.predict.close"));
            close.setTooltip(new javafx.scene.control.Tooltip(Messages.get("content.predict.close")));
            close.setOnAction(e -> vm.dismiss());
            close.setMinWidth(Region.USE_PREF_SIZE);
            headRow.getChildren().add(close);
        }
        Label prompt = wrapping(vm.prompt(), idPrefix + "-prompt");
        prompt.getStyleClass().add("prediction-prompt");

        VBox options = new VBox(6);
        for (int i = 0; i < vm.choiceCount(); i++) options.getChildren().add(choiceRow(vm, i, idPrefix));

        Label status = wrapping("", idPrefix + "-status");
        status.getStyleClass().add("prediction-status");
        status.textProperty().bind(vm.statusProperty());
        bindShown(status, vm.revealedProperty().not());

        Button reveal = new Button(Messages.get("content.predict.reveal"));
        reveal.setId(idPrefix + "-reveal");
        reveal.setOnAction(e -> vm.showNow());
        ToggleButton tally = new ToggleButton(Messages.get("content.predict.tally"));
        tally.setId(idPrefix + "-tally-toggle");
        tally.getStyleClass().add("prediction-tally-toggle");
        tally.setTooltip(new javafx.scene.control.Tooltip(Messages.get("content.predict.tally.help")));
        tally.setOnAction(e -> vm.setTallyOpen(tally.isSelected()));
        subscriptions = subscriptions.and(vm.tallyOpenProperty().subscribe(tally::setSelected));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, reveal, tally);
        // once the model has played there is nothing left to show or count: the answer takes their place
        bindShown(actions, vm.revealedProperty().not());

        Label verdict = wrapping("", idPrefix + "-verdict");
        verdict.getStyleClass().add("prediction-verdict");
        verdict.textProperty().bind(vm.verdictProperty());
        Label numbers = wrapping("", idPrefix + "-numbers");
        numbers.getStyleClass().add("prediction-numbers");
        numbers.textProperty().bind(vm.numbersProperty());
        VBox result = new VBox(6, verdict, numbers);
        result.setId(idPrefix + "-result");
        result.getStyleClass().add("prediction-result");
        if (!vm.explanation().isEmpty()) {
            Label why = wrapping(vm.explanation(), idPrefix + "-explanation");
            result.getChildren().add(why);
        }
        Button askWhy = new Button(Messages.get("content.predict.why"));
        askWhy.setId(idPrefix + "-why");
        askWhy.setOnAction(e -> vm.askWhy());
        askWhy.setWrapText(true); // a long language wraps rather than end in "…"
        askWhy.setMinHeight(Region.USE_PREF_SIZE);
        result.getChildren().addAll(askWhy, tallyBars(vm, idPrefix));
        bindShown(result, vm.revealedProperty());

        root.getChildren().addAll(headRow, prompt, options, status, actions, result);
        bindShown(root, vm.openProperty());
    }

    private Node choiceRow(PredictionViewModel vm, int i, String idPrefix) {
        ToggleButton b = new ToggleButton();
        b.textProperty().bind(vm.choiceTextProperty(i));
        b.setId(idPrefix + "-choice-" + (i + 1));
        b.getStyleClass().add("prediction-choice");
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        // the view model decides what is chosen: a click asks, the button shows the answer
        b.setOnAction(e -> {
            vm.choose(i);
            b.setSelected(vm.chosenProperty().get() == i);
        });
        subscriptions = subscriptions.and(vm.chosenProperty().subscribe(c -> b.setSelected(c.intValue() == i)))
                .and(vm.answerProperty().subscribe(a -> b.pseudoClassStateChanged(MODEL_ANSWER, a.intValue() == i)));
        b.disableProperty().bind(vm.revealedProperty());
        choiceButtons.add(b);
        HBox.setHgrow(b, Priority.ALWAYS);

        Button less = new Button(Messages.get("content.predict.hand.less"));
        less.setId(idPrefix + "-hand-less-" + (i + 1));
        less.setAccessibleText(Messages.get("content.predict.hand.less", PredictionViewModel.letter(i)));
        less.setOnAction(e -> vm.removeHand(i));
        Label count = new Label();
        count.setId(idPrefix + "-hands-" + (i + 1));
        count.getStyleClass().add("prediction-hands");
        count.textProperty().bind(vm.handsProperty(i).asString());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Button more = new Button(Messages.get("content.predict.hand.more"));
        more.setId(idPrefix + "-hand-more-" + (i + 1));
        more.setAccessibleText(Messages.get("content.predict.hand.more", PredictionViewModel.letter(i)));
        more.setOnAction(e -> vm.addHand(i));
        for (Button x : List.of(less, more)) {
            x.getStyleClass().add("prediction-hand-button");
            x.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox counter = new HBox(4, less, count, more);
        counter.setAlignment(Pos.CENTER);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        bindShown(counter, vm.tallyOpenProperty().and(vm.revealedProperty().not()));
        HBox row = new HBox(6, b, counter);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The class tally beside the answer: one bar per choice, its count, the model's answer marked. */
    private Node tallyBars(PredictionViewModel vm, String idPrefix) {
        VBox box = new VBox(4);
        box.setId(idPrefix + "-tally");
        box.getStyleClass().add("prediction-tally");
        Label title = new Label(Messages.get("content.predict.tally.title"));
        title.getStyleClass().add("prediction-tally-title");
        box.getChildren().add(title);
        for (int i = 0; i < vm.choiceCount(); i++) {
            int c = i;
            Label letter = new Label(PredictionViewModel.letter(i));
            letter.getStyleClass().add("prediction-tally-letter");
            letter.setMinWidth(Region.USE_PREF_SIZE);
            Region bar = new Region();
            bar.getStyleClass().add("prediction-bar");
            bar.setId(idPrefix + "-tally-bar-" + (i + 1));
            // the bar's length is the choice's share of the largest count, in em so it scales with the font
            bar.prefWidthProperty().bind(vm.shareProperty(i).multiply(BAR_EM).multiply(
                    javafx.beans.binding.Bindings.createDoubleBinding(() -> letter.getFont().getSize(), letter.fontProperty())));
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            bar.setMinHeight(12);
            Label count = new Label();
            count.setId(idPrefix + "-tally-count-" + (i + 1));
            count.textProperty().bind(vm.handsProperty(i).asString());
            count.setMinWidth(Region.USE_PREF_SIZE);
            Label mark = new Label(Messages.get("content.predict.modelMark"));
            mark.getStyleClass().add("prediction-tally-mark");
            mark.visibleProperty().bind(vm.answerProperty().isEqualTo(c));
            StackPane barBox = new StackPane(bar);
            barBox.setAlignment(Pos.CENTER_LEFT);
            HBox row = new HBox(6, letter, barBox, count, mark);
            row.getStyleClass().add("prediction-tally-row");
            row.setAlignment(Pos.CENTER_LEFT);
            subscriptions = subscriptions.and(vm.answerProperty().subscribe(a -> row.pseudoClassStateChanged(MODEL_ANSWER, a.intValue() == c)));
            box.getChildren().add(row);
        }
        bindShown(box, vm.tallyShownProperty());
        return box;
    }

    private static Label wrapping(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static void bindShown(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(shown);
    }

    public Node root() { return root; }

    /** The choice buttons, in order (tests, the spotlight). */
    public List<ToggleButton> choiceButtons() { return List.copyOf(choiceButtons); }

    public void dispose() { subscriptions.unsubscribe(); }
}
