package org.bonebalance.ui.learn;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.ui.AppContext;

/**
 * The lesson narration panel (shell side panel, id {@code #lesson-panel}): title, step counter, narration with
 * marked terms, an optional predict-then-observe question, the step's evidence card, and navigation.
 */
public final class LessonPanel {
    /** Simulated days after a prediction before the answer shows by itself. */
    static final double OBSERVE_DAYS = 180;

    private final LessonPlayer player;
    private final AppContext context;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label counter = new Label();
    private final VBox narration = new VBox();
    private final VBox question = new VBox(8);
    private final VBox extras = new VBox(8);
    private final Label missing = new Label(Messages.get("content.lesson.missing"));
    private final Button prev = new Button(Messages.get("content.lesson.prev"));
    private final Button next = new Button(Messages.get("content.lesson.next"));
    private final Button exit = new Button("✕");
    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> observe(b);
    private Label feedback;
    private Button reveal;
    private ToggleGroup choices;
    private double predictedAtDays = Double.NaN;
    private boolean highlighting;
    private boolean revealed;

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
        VBox body = new VBox(14, narration, question, missing, extras);
        ScrollPane scroll = org.bonebalance.ui.ScrollPanes.uncached(new ScrollPane(body));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(8, title, exit);
        header.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        exit.setMinWidth(Region.USE_PREF_SIZE);
        root.getChildren().addAll(header, counter, scroll, nav, keys);
        context.snapshotProperty().addListener(onSnapshot);
        player.spotlight().onTargetProperty().addListener((o, a, b) -> showMissing());
    }

    private void showMissing() {
        boolean m = highlighting && !player.spotlight().onTargetProperty().get();
        missing.setVisible(m);
        missing.setManaged(m);
    }

    public Node root() { return root; }

    /** Shows step i of the lesson. */
    void show(Lesson lesson, int i) {
        Lesson.Step s = lesson.steps().get(i);
        title.setText(lesson.title().text());
        counter.setText(Messages.get("content.lesson.step", i + 1, lesson.steps().size()));
        narration.getChildren().setAll(TermMarker.flow(s.narration().text(), context.depthProperty()));
        prev.setDisable(i == 0);
        next.setText(Messages.get(i == lesson.steps().size() - 1 ? "content.lesson.finish" : "content.lesson.next"));
        question.getChildren().clear();
        predictedAtDays = Double.NaN;
        revealed = false;
        s.question().ifPresent(this::showQuestion);
        extras.getChildren().clear();
        s.evidence().ifPresent(id -> {
            Label h = new Label(Messages.get("content.lesson.evidence"));
            h.getStyleClass().add(Styles.MUTED);
            extras.getChildren().addAll(h, EvidenceCardView.button(id, context.depthProperty()));
        });
        highlighting = s.highlight().isPresent();
        showMissing();
    }

    private void showQuestion(Lesson.Question q) {
        Label head = new Label(Messages.get("content.lesson.predict"));
        head.getStyleClass().add("lesson-predict");
        Label prompt = new Label(q.prompt().text());
        prompt.setWrapText(true);
        prompt.setId("lesson-prompt");
        choices = new ToggleGroup();
        VBox options = new VBox(6);
        for (int c = 0; c < q.choices().size(); c++) {
            ToggleButton b = new ToggleButton((char) ('A' + c) + "  " + q.choices().get(c).text());
            b.setToggleGroup(choices);
            b.setUserData(c);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setId("lesson-choice-" + (c + 1));
            b.getStyleClass().add("lesson-choice");
            options.getChildren().add(b);
        }
        feedback = new Label();
        feedback.setWrapText(true);
        feedback.setId("lesson-feedback");
        reveal = new Button(Messages.get("content.lesson.reveal"));
        reveal.setId("lesson-reveal");
        reveal.setDisable(true);
        reveal.setOnAction(e -> reveal(q));
        choices.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null || revealed) return;
            int c = (int) t.getUserData();
            predictedAtDays = context.getSnapshot().elapsedDays();
            feedback.setText(Messages.get("content.lesson.predicted", q.choices().get(c).text()));
            reveal.setDisable(false);
        });
        question.getChildren().addAll(head, prompt, options, feedback, reveal);
        question.setUserData(q);
    }

    private void observe(Snapshot s) {
        if (revealed || Double.isNaN(predictedAtDays) || !(question.getUserData() instanceof Lesson.Question q)) return;
        if (s.elapsedDays() - predictedAtDays >= OBSERVE_DAYS) reveal(q);
    }

    private void reveal(Lesson.Question q) {
        if (revealed || choices.getSelectedToggle() == null) return;
        revealed = true;
        int c = (int) choices.getSelectedToggle().getUserData();
        String explain = q.explanation().text();
        feedback.setText(c == q.answer()
                ? Messages.get("content.lesson.right") + " " + capitalise(explain) + "."
                : Messages.get("content.lesson.wrong", explain));
        feedback.getStyleClass().removeAll("answer-right", "answer-wrong");
        feedback.getStyleClass().add(c == q.answer() ? "answer-right" : "answer-wrong");
        reveal.setDisable(true);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public void dispose() {
        context.snapshotProperty().removeListener(onSnapshot);
    }
}
