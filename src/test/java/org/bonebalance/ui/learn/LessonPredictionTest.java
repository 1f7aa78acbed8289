package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.io.LessonFile;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.why.Reading;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.bonebalance.ui.shell.WindowHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Predict, then observe, in a lesson: the prompt shows before anything plays; the learner picks a choice, the
 * presenter counts hands, Play runs the model the asked years and the answer shows with the model's numbers and
 * the tally beside it; in English and in Spanish, and through a window rebuild (a language change) that keeps
 * the choice and the tally. The clock is stepped by hand.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPredictionTest {
    private static final PseudoClass MODEL_ANSWER = PseudoClass.getPseudoClass("model-answer");
    private Stage stage;
    private AppContext context;
    private WindowHost host;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        MainWindow first = BoneBalanceApp.build(AppOptions.parse(new String[0]));
        context = first.context();
        Scene scene = new Scene(first.root(), 1280, 800);
        scene.getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.setScene(scene);
        host = new WindowHost(context, stage, first, w -> { });
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    private LearnFeatures features() { return LearnFeatures.of(host.window()).orElseThrow(); }

    private static final Lesson MENOPAUSE = LessonFile.builtIn().get(1);
    /** The menopause lesson's question: what the osteoclast gauge does over the next year. */
    private static final int STEP = 1;

    @Test
    void pickPlayAndSeeTheModelsAnswerWithTheTally(FxRobot robot) {
        robot.interact(() -> features().startLesson(MENOPAUSE, STEP));
        WaitForAsyncUtils.waitForFxEvents();
        Lesson.Question q = MENOPAUSE.steps().get(STEP).question().orElseThrow();
        double before = Prediction.value(Reading.OSTEOCLASTS, context.getSnapshot().readout());

        assertEquals(q.prompt().text(), text(robot, "#lesson-prompt"), "the prompt shows before anything plays");
        assertFalse(context.isPlaying());
        assertFalse(shown(robot, "#lesson-result"), "no answer before the model has played");
        assertEquals(Messages.get("content.predict.choose", 1.0), text(robot, "#lesson-status"));

        robot.clickOn("#lesson-choice-3");
        robot.clickOn("#lesson-tally-toggle");
        for (int i = 0; i < 4; i++) robot.clickOn("#lesson-hand-more-3");
        robot.clickOn("#lesson-hand-more-1");
        robot.clickOn("#lesson-hand-more-2");
        robot.clickOn("#lesson-hand-less-2");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("4", text(robot, "#lesson-hands-3"));
        assertEquals("0", text(robot, "#lesson-hands-2"), "− takes a hand back");
        assertEquals(Messages.get("content.predict.chosen", "C", 1.0), text(robot, "#lesson-status"));

        playUntilAnswered(robot);

        assertFalse(context.isPlaying(), "the clock stops where the answer speaks of");
        double after = Prediction.value(Reading.OSTEOCLASTS, context.getSnapshot().readout());
        int answer = q.prediction().answerFor(before, after);
        assertEquals(2, answer, "osteoclasts rise once estrogen has fallen (the model)");
        assertEquals(Messages.get("content.predict.right", "C", q.choices().get(2).text()), text(robot, "#lesson-verdict"));
        String numbers = text(robot, "#lesson-numbers");
        assertEquals(Messages.get("content.predict.numbers", 1.0, Messages.get("content.predict.value.osteoclasts", before),
                Messages.get("content.predict.value.osteoclasts", after), Messages.get("content.predict.reading.osteoclasts"),
                Prediction.changePct(before, after)), numbers);
        assertTrue(numbers.contains(String.format(Locale.ENGLISH, "%.2f", after)), numbers + " shows the gauge's value now");
        assertTrue(robot.lookup("#lesson-choice-3").query().getPseudoClassStates().contains(MODEL_ANSWER), "the model's choice is marked");
        assertTrue(text(robot, "#lesson-choice-3").contains(Messages.get("content.predict.modelMark")));

        assertTrue(shown(robot, "#lesson-tally"), "the tally shows beside the answer");
        assertEquals("1", text(robot, "#lesson-tally-count-1"));
        assertEquals("0", text(robot, "#lesson-tally-count-2"));
        assertEquals("4", text(robot, "#lesson-tally-count-3"));
        double bar1 = robot.lookup("#lesson-tally-bar-1").queryAs(Region.class).getWidth();
        double bar3 = robot.lookup("#lesson-tally-bar-3").queryAs(Region.class).getWidth();
        assertEquals(4, bar3 / bar1, 0.05, "bars as long as their counts");
        assertEquals(0, robot.lookup("#lesson-tally-bar-2").queryAs(Region.class).getWidth(), 0.5);
        assertFalse(shown(robot, "#lesson-hand-more-1"), "no more counting once the answer is out");

        // the trace explains the answer: Why? opens on the reading asked about, with the model's value now
        robot.clickOn("#lesson-why");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("explorer", context.screenProperty().get());
        assertEquals(Messages.get("explorer.why.title", Messages.get("explorer.why.target.osteoclast")), text(robot, "#why-title"));
        assertTrue(((org.bonebalance.ui.explorer.ExplorerScreen) host.window().screen("explorer").orElseThrow()).whyPanel().isShowing(),
                "the Why? panel shows");
        assertEquals(org.bonebalance.content.TraceWords.shown(org.bonebalance.sim.why.Quantity.OSTEOCLASTS,
                context.getSnapshot().readout().ocaRel()), text(robot, "#why-now-osteoclasts"), "the panel's value is the gauge's");
    }

    @Test
    void aLanguageChangeKeepsTheChoiceAndTallyAndTheAnswerComesInSpanish(FxRobot robot) {
        robot.interact(() -> features().startLesson(MENOPAUSE, STEP));
        robot.clickOn("#lesson-choice-1");
        robot.clickOn("#lesson-tally-toggle");
        for (int i = 0; i < 2; i++) robot.clickOn("#lesson-hand-more-1");
        for (int i = 0; i < 5; i++) robot.clickOn("#lesson-hand-more-3");
        robot.interact(() -> { context.play(); context.advance(0.25); }); // a quarter year watched
        WaitForAsyncUtils.waitForFxEvents();
        double before = context.model().lessonPrediction().orElseThrow().before();
        Node oldRoot = stage.getScene().getRoot();

        robot.interact(() -> features().setLanguage(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(oldRoot, stage.getScene().getRoot(), "a new window");
        assertEquals(STEP, features().player().indexProperty().get());
        assertTrue(robot.lookup("#lesson-choice-1").queryAs(ToggleButton.class).isSelected(), "the choice is kept");
        assertEquals("2", text(robot, "#lesson-hands-1"), "the tally is kept");
        assertEquals("5", text(robot, "#lesson-hands-3"));
        assertTrue(shown(robot, "#lesson-hand-more-1"), "still counting");
        assertEquals(before, context.model().lessonPrediction().orElseThrow().before(), "the same round, not asked again");
        String prompt = MENOPAUSE.steps().get(STEP).question().orElseThrow().prompt().text();
        assertEquals(prompt, text(robot, "#lesson-prompt"));
        assertTrue(prompt.startsWith("Ha bajado el estrógeno"), prompt);
        assertTrue(text(robot, "#lesson-status").startsWith("Observando"), text(robot, "#lesson-status"));

        robot.clickOn("#lesson-reveal"); // the rest of the year at once
        WaitForAsyncUtils.waitForFxEvents();
        double after = Prediction.value(Reading.OSTEOCLASTS, context.getSnapshot().readout());
        assertTrue(after > before * 1.05, "osteoclasts rose");
        String verdict = text(robot, "#lesson-verdict");
        assertTrue(verdict.startsWith("Esta vez el modelo hizo otra cosa: C, «Subir»"), verdict);
        String numbers = text(robot, "#lesson-numbers");
        assertTrue(numbers.startsWith("Osteoclastos activos: "), numbers);
        assertTrue(numbers.contains(String.format(Locale.forLanguageTag("es"), "%.2f", after)), numbers + " in Spanish figures");
        assertEquals("2", text(robot, "#lesson-tally-count-1"));
        assertEquals("5", text(robot, "#lesson-tally-count-3"));
        assertEquals(Messages.get("content.predict.tally.title"), "Recuento de la clase");
    }

    @Test
    void aLessonCanSwitchOnTheExplorersQuestionWhichThenFollowsEachChange(FxRobot robot) throws Exception {
        Lesson own = LessonFile.parse("""
                {"format": "bonebalance-lesson/1", "id": "try-it", "title": "Try it",
                 "steps": [
                   {"screen": "explorer", "reset": true, "preset": "premenopausal", "narration": "Watch."},
                   {"explorerPredictions": true, "narration": "Now move a slider yourself."}
                 ]}
                """, "try-it.json");
        robot.interact(() -> features().startLesson(own, 0));
        assertFalse(context.askBeforeChangesProperty().get(), "off until a step or the teacher switches it on");
        robot.interact(() -> features().player().next());
        assertTrue(context.askBeforeChangesProperty().get(), "the step switched it on");
        assertFalse(shown(robot, "#explorer-predict-question"), "no question before a change");
        robot.interact(() -> { context.play(); context.setLevels(org.bonebalance.sim.Preset.SURGICAL.levels()); });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(context.isPlaying(), "the change waits for a prediction");
        assertTrue(shown(robot, "#explorer-predict-question"), "asked in the lesson's panel");
        assertEquals(Messages.get("content.predict.explorer.prompt", 5.0), text(robot, "#explorer-predict-prompt"));
        robot.clickOn("#explorer-predict-choice-3");
        robot.clickOn("#explorer-predict-reveal");
        WaitForAsyncUtils.waitForFxEvents();
        double after = context.getSnapshot().readout().bmdGPerCm2();
        assertTrue(text(robot, "#explorer-predict-numbers").contains(String.format(Locale.ENGLISH, "%.3f", after)),
                text(robot, "#explorer-predict-numbers"));
        assertTrue(text(robot, "#explorer-predict-verdict").startsWith("Your prediction matches the model: C"),
                "without estrogen density falls: " + text(robot, "#explorer-predict-verdict"));
        robot.interact(() -> features().player().exit());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#explorer-prediction-panel"), "after the lesson the question keeps its own panel");
        robot.clickOn("#explorer-predict-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#explorer-prediction-panel").tryQuery().isEmpty(), "put away");
        robot.interact(() -> context.setAskBeforeChanges(false));
    }

    private void playUntilAnswered(FxRobot robot) {
        robot.interact(context::play);
        for (int frame = 0; frame < 200 && context.model().lessonPrediction().map(r -> !r.revealed()).orElse(false); frame++) {
            robot.interact(() -> context.advance(1 / 60.0 * 10));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.model().lessonPrediction().orElseThrow().revealed(), "answered after the year");
    }

    private static String text(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) n).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        for (Node n = robot.lookup(id).query(); n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return true;
    }
}
