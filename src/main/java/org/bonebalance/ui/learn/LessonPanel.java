package org.bonebalance.ui.learn;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.predict.PredictionView;
import org.bonebalance.ui.predict.PredictionViewModel;

/**
 * The lesson narration panel (shell side panel, id {@code #lesson-panel}): title, step counter, narration with
 * marked terms, an optional predict-then-observe question, the step's evidence card, and navigation.
 */
public final class LessonPanel {
    private final LessonPlayer player;
    private final AppContext context;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label counter = new Label();
    private final VBox narration = new VBox();
    private final VBox question = new VBox(8);
    private final VBox extras = new VBox(8);
    /** Where the explorer's question shows while a lesson runs (a step without its own question, asking on). */
    private final VBox explorerSlot = new VBox();
    private final Label missing = new Label(Messages.get("content.lesson.missing"));
    private final Button prev = new Button(Messages.get("content.lesson.prev"));
    private final Button next = new Button();
    private final Button exit = new Button("✕");
    private final ScrollPane scroll;
    private PredictionViewModel prediction;
    private PredictionView predictionView;
    private javafx.util.Subscription answerShown = javafx.util.Subscription.EMPTY;
    private boolean highlighting;

    public LessonPanel(LessonPlayer player, AppContext context) {
        this.player = player;
        this.context = context;
        root.setId("lesson-panel");
        root.getStyleClass().add(Styles.LESSON_PANEL);
        root.setPrefWidth(400);
        root.setMinWidth(320);
        title.getStyleClass().add(Styles.SUBHEADING);
        title.setWrapText(true);
        title.setId("lesson-title");
        counter.setId("lesson-step");
        counter.getStyleClass().add(Styles.MUTED);
        narration.setId("lesson-narration");
        narration.getStyleClass().add(Styles.NARRATION);
        question.setId("lesson-question");
        missing.setWrapText(true);
        missing.getStyleClass().add(Styles.MUTED);
        missing.setId("lesson-missing");
        prev.setId("lesson-prev");
        next.setId("lesson-next");
        exit.setId("lesson-exit");
        exit.setTooltip(new javafx.scene.control.Tooltip(Messages.get("content.lesson.exit")));
        exit.setAccessibleText(Messages.get("content.lesson.exit"));
        LessonViewModel vm = player.model();
        title.textProperty().bind(vm.titleProperty());
        counter.textProperty().bind(vm.counterProperty());
        next.textProperty().bind(vm.forwardProperty());
        prev.disableProperty().bind(vm.atFirstProperty());
        prev.setOnAction(e -> player.previous());
        next.setOnAction(e -> player.next());
        exit.setOnAction(e -> player.exit());
        for (Button b : List.of(prev, next, exit)) b.setFocusTraversable(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox nav = new HBox(8, prev, grow, next);
        Label keys = new Label(Messages.get("content.lesson.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().add(Styles.MUTED);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        title.setMinHeight(Region.USE_PREF_SIZE);
        explorerSlot.setId("lesson-explorer-question");
        VBox body = new VBox(14, narration, question, explorerSlot, missing, extras);
        scroll = org.bonebalance.ui.ScrollPanes.uncached(new ScrollPane(body));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, title, exit);
        header.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        exit.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(header, counter, scroll, nav, keys);
        player.spotlight().onTargetProperty().addListener((o, a, b) -> showMissing());
    }

    private void showMissing() {
        boolean m = highlighting && !player.spotlight().onTargetProperty().get();
        missing.setVisible(m);
        missing.setManaged(m);
    }

    public Node root() { return root; }

    /** Shows the step on show in the view model (its texts are bound; the narration, question and card are built). */
    void showStep() {
        LessonViewModel vm = player.model();
        clearQuestion();
        vm.step().flatMap(Lesson.Step::question).ifPresent(this::showQuestion);
        narration.getChildren().setAll(TermMarker.flow(vm.narrationProperty().get(), context.depthProperty()));
        extras.getChildren().clear();
        String card = vm.evidenceProperty().get();
        if (card != null) {
            Label h = new Label(Messages.get("content.lesson.evidence"));
            h.getStyleClass().add(Styles.MUTED);
            extras.getChildren().addAll(h, EvidenceCardView.button(card, context.depthProperty()));
        }
        highlighting = vm.highlightProperty().get() != null;
        showMissing();
    }

    private void showQuestion(Lesson.Question q) {
        prediction = PredictionViewModel.forLesson(context, q);
        predictionView = new PredictionView(prediction, "lesson", Messages.get("content.lesson.predict"), false);
        question.getChildren().setAll(predictionView.root());
        // the answer appears under the choices: bring it into view (the panel scrolls at 720 px)
        answerShown = prediction.revealedProperty().subscribe((was, now) -> {
            if (now) javafx.application.Platform.runLater(() -> scroll.setVvalue(scroll.getVmax()));
        });
    }

    private void clearQuestion() {
        answerShown.unsubscribe();
        answerShown = javafx.util.Subscription.EMPTY;
        question.getChildren().clear();
        if (predictionView != null) predictionView.dispose();
        if (prediction != null) prediction.dispose();
        predictionView = null;
        prediction = null;
    }

    /** Holds the explorer's question (it hides itself while none is open); null empties the slot. */
    void holdExplorerQuestion(Node n) {
        if (n == null) explorerSlot.getChildren().clear();
        else if (!explorerSlot.getChildren().contains(n)) explorerSlot.getChildren().setAll(n);
    }

    /** The prediction of the step on show, if it asks one. */
    public java.util.Optional<PredictionViewModel> prediction() { return java.util.Optional.ofNullable(prediction); }

    public void dispose() {
        clearQuestion();
    }
}
