package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Lesson;
import org.bonebalance.io.LessonFile;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LessonPlayerTest {
    private MainWindow window;
    private AppContext context;
    private LearnFeatures features;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        window = LearnHarness.show(stage);
        context = window.context();
        features = LearnHarness.features(window);
    }

    @Test
    void everyBuiltInLessonRunsFromFirstToLastStepAndEachStepLeavesItsPromisedState(FxRobot robot) {
        for (Lesson lesson : LessonFile.builtIn()) {
            robot.interact(() -> features.startLesson(lesson, 0));
            HormoneLevels start = features.player().startLevels();
            for (int i = 0; i < lesson.steps().size(); i++) {
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(i, features.player().indexProperty().get(), lesson.id());
                assertState(lesson.id() + " step " + (i + 1), lesson.stateAt(i, start));
                assertNotNull(robot.lookup("#lesson-panel").query(), "narration panel on show");
                robot.type(KeyCode.RIGHT);
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(features.player().isActive(), lesson.id() + ": Right after the last step leaves the lesson");
            assertNull(((BorderPane) window.root().getChildrenUnmodifiable().get(0)).getRight(), "side panel removed");
        }
    }

    @Test
    void goingBackReplaysTheSameStateAsGoingForward(FxRobot robot) {
        Lesson therapy = LessonFile.builtIn().get(2);
        robot.interact(() -> features.startLesson(therapy, 0));
        robot.type(KeyCode.RIGHT, 2);
        WaitForAsyncUtils.waitForFxEvents();
        double bmdForward = context.getSnapshot().readout().bmdRel();
        HormoneLevels levelsForward = context.levels();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, features.player().indexProperty().get());
        assertEquals(levelsForward, context.levels());
        assertEquals(bmdForward, context.getSnapshot().readout().bmdRel(), 1e-12);
        assertTrue(bmdForward < 0.95, "five years without estrogen cost bone: " + bmdForward);
    }

    @Test
    void spacePlaysAndPausesAndEscLeaves(FxRobot robot) {
        robot.interact(() -> features.startLesson(LessonFile.builtIn().get(1), 0));
        assertFalse(context.getSnapshot().playing());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(context.getSnapshot().playing());
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(context.getSnapshot().playing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(features.player().isActive());
    }

    @Test
    void aFocusedSliderKeepsItsArrowsWhilePageDownStillSteps(FxRobot robot) {
        javafx.scene.control.Slider slider = new javafx.scene.control.Slider(0, 10, 5);
        robot.interact(() -> {
            window.addToolbarItem(slider);
            features.startLesson(LessonFile.builtIn().get(1), 0);
            slider.requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, features.player().indexProperty().get(), "Right went to the slider");
        assertTrue(slider.getValue() > 5);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, features.player().indexProperty().get(), "a clicker's Page Down steps");
    }

    @Test
    void aPredictionIsAnsweredOnceTheLearnerHasWatched(FxRobot robot) {
        robot.interact(() -> features.startLesson(LessonFile.builtIn().get(1), 1));
        robot.clickOn("#lesson-choice-3");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label feedback = robot.lookup("#lesson-feedback").queryAs(javafx.scene.control.Label.class);
        assertTrue(feedback.getText().contains("Rise"), feedback.getText());
        double ocaBefore = context.getSnapshot().readout().ocaRel();
        robot.interact(() -> { for (int m = 0; m < 7; m++) context.stepOnce(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(feedback.getText().startsWith("✓"), feedback.getText());
        assertTrue(context.getSnapshot().readout().ocaRel() > ocaBefore * 1.3, "and the model agrees: osteoclasts rose");
    }

    @Test
    void aBrokenLessonFileGivesAnExactMessageAndChangesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> {
            features.startLesson(LessonFile.builtIn().get(0), 2);
            context.depthProperty().set(Depth.ACADEMIC);
            context.setLevels(new HormoneLevels(42, 1, 30));
        });
        String screen = window.currentScreenId();
        HormoneLevels levels = context.levels();
        Speed speed = context.simulation().speed();
        double bmd = context.getSnapshot().readout().bmdRel();
        Path bad = dir.resolve("broken.json");
        Files.writeString(bad, """
                {
                  "format": "bonebalance-lesson/1",
                  "id": "broken",
                  "title": "Broken",
                  "steps": [
                    { "screen": "explorer", "speed": "10y", "narration": "x" }
                  ]
                }
                """);
        String[] message = new String[1];
        robot.interact(() -> message[0] = features.openLessonFile(bad).orElseThrow());
        assertEquals("broken.json, line 6: steps[1].speed: “speed” must be one of 1m, 1y, 5y, not “10y”", message[0]);
        assertEquals(screen, window.currentScreenId());
        assertEquals(levels, context.levels());
        assertEquals(Depth.ACADEMIC, context.depthProperty().get());
        assertEquals(speed, context.simulation().speed());
        assertEquals(bmd, context.getSnapshot().readout().bmdRel());
        assertEquals("normal-cycle", features.player().lessonProperty().get().id(), "the running lesson goes on");
        assertEquals(2, features.player().indexProperty().get());
        assertTrue(robot.lookup("#lesson-error").tryQuery().isPresent(), "the message is shown in a dialog");
    }

    @Test
    void aGoodLessonFileOpensAndRuns(FxRobot robot) throws Exception {
        Path f = dir.resolve("saved.json");
        robot.interact(() -> features.startLesson(LessonFile.builtIn().get(4), 0));
        assertTrue(features.saveLesson(f).isEmpty());
        robot.interact(() -> features.player().exit());
        robot.interact(() -> assertTrue(features.openLessonFile(f).isEmpty()));
        assertEquals("men", features.player().lessonProperty().get().id());
        assertEquals(HormoneLevels.YOUNG_MALE, context.levels());
    }

    @Test
    void theSpotlightSurroundsItsNodeAndFollowsItWhenItMoves(FxRobot robot) {
        Lesson cycle = LessonFile.builtIn().get(0);
        robot.interact(() -> features.startLesson(cycle, 4)); // step 5 points at the depth switch
        WaitForAsyncUtils.waitForFxEvents();
        Node depth = robot.lookup("#depth").query();
        assertRingAround(depth);
        robot.interact(() -> depth.getParent().setTranslateX(200));
        WaitForAsyncUtils.waitForFxEvents();
        assertRingAround(depth);
        robot.interact(() -> context.stepOnce()); // a new snapshot also re-places it
        assertRingAround(depth);
    }

    private void assertRingAround(Node n) {
        Bounds target = window.overlayLayer().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        Bounds ring = features.player().spotlight().ringBounds();
        assertNotNull(ring, "spotlight on show");
        assertTrue(ring.contains(target), "ring " + ring + " contains " + target);
        assertTrue(ring.getWidth() < target.getWidth() + 40, "and hugs it");
    }

    private void assertState(String what, Lesson.State s) {
        s.screen().ifPresent(v -> assertEquals(v, window.currentScreenId(), what + " screen"));
        s.levels().ifPresent(v -> assertEquals(v, context.levels(), what + " levels"));
        s.speed().ifPresent(v -> assertEquals(v, context.simulation().speed(), what + " speed"));
        s.depth().ifPresent(v -> assertEquals(v, context.depthProperty().get(), what + " depth"));
        s.playing().ifPresent(v -> assertEquals(v, context.getSnapshot().playing(), what + " playing"));
        List<String> everySet = List.of(s.screen().isPresent() ? "" : "screen", s.levels().isPresent() ? "" : "levels",
                s.speed().isPresent() ? "" : "speed", s.depth().isPresent() ? "" : "depth");
        assertEquals(List.of("", "", "", ""), everySet, what + ": built-in lessons set every part of the state");
    }
}
