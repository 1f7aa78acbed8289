package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Lesson;
import org.bonebalance.io.LessonFile;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.shell.MainWindow;
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
    void aPredictionIsAnsweredOnceTheLearnerHasWatchedTheAskedYears(FxRobot robot) {
        robot.interact(() -> features.startLesson(LessonFile.builtIn().get(1), 1));
        robot.clickOn("#lesson-choice-3");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label status = robot.lookup("#lesson-status").queryAs(javafx.scene.control.Label.class);
        assertTrue(status.getText().contains("C"), status.getText());
        double ocaBefore = context.getSnapshot().readout().ocaRel();
        robot.interact(() -> { for (int m = 0; m < 7; m++) context.stepOnce(); });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label verdict = robot.lookup("#lesson-verdict").queryAs(javafx.scene.control.Label.class);
        assertEquals("", verdict.getText(), "seven months are not the year asked");
        robot.interact(() -> { for (int m = 0; m < 6; m++) context.stepOnce(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(verdict.getText().startsWith("Your prediction matches the model"), verdict.getText());
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
    void theSpotlightSurroundsItsNodeAndFollowsItWhenItMovesWithoutSearchingAgain(FxRobot robot) {
        Lesson cycle = LessonFile.builtIn().get(0);
        robot.interact(() -> features.startLesson(cycle, 4)); // step 5 points at the depth switch
        WaitForAsyncUtils.waitForFxEvents();
        Node depth = robot.lookup("#depth").query();
        assertRingAround(depth);
        int before = spotlight().searches();
        for (int i = 1; i <= 10; i++) {
            double dx = 20 * i;
            robot.interact(() -> depth.getParent().setTranslateX(dx));
            WaitForAsyncUtils.waitForFxEvents();
            assertRingAround(depth);
            robot.interact(() -> context.stepOnce()); // a new snapshot also re-places it
            assertRingAround(depth);
        }
        assertEquals(before, spotlight().searches(), "ten moves and snapshots, the scene is not searched again");
    }

    @Test
    void aRebuiltNodeIsFoundAgainAndFollowed(FxRobot robot) {
        Lesson cycle = LessonFile.builtIn().get(0);
        robot.interact(() -> features.startLesson(cycle, 4));
        WaitForAsyncUtils.waitForFxEvents();
        Node old = robot.lookup("#depth").query();
        assertRingAround(old);
        Label rebuilt = new Label("rebuilt depth switch, wider than the old one");
        robot.interact(() -> {
            var kids = ((Pane) old.getParent()).getChildren();
            kids.set(kids.indexOf(old), rebuilt);
            rebuilt.setId("depth");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(old.getScene());
        assertRingAround(rebuilt);
        int after = spotlight().searches();
        robot.interact(() -> context.stepOnce());
        WaitForAsyncUtils.waitForFxEvents();
        assertRingAround(rebuilt);
        assertEquals(after, spotlight().searches(), "the new node is kept in turn");
    }

    @Test
    void aScreenSwitchHidesTheRingAndComingBackFindsTheNodeAgain(FxRobot robot) {
        robot.interact(() -> features.startLesson(stopping(), 0)); // explorer, #gauge-bmd
        WaitForAsyncUtils.waitForFxEvents();
        assertRingAround(robot.lookup("#gauge-bmd").query());
        robot.interact(() -> window.show("cycle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(spotlight().ringBounds(), "the marked node is on another screen");
        assertFalse(spotlight().onTargetProperty().get());
        robot.interact(() -> window.show("explorer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertRingAround(robot.lookup("#gauge-bmd").query());
        int back = spotlight().searches();
        robot.interact(() -> context.stepOnce());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(back, spotlight().searches());
    }

    @Test
    void advancingYearsPublishesOneSnapshotAndMatchesMonthByMonthStepping(FxRobot robot) {
        Lesson.Step first = stopping().steps().get(0);
        assertTrue(first.reset() && first.advanceYears() > 0, "the first step resets and advances years");

        List<Snapshot> published = new ArrayList<>();
        ChangeListener<Snapshot> counter = (o, a, s) -> published.add(s);
        robot.interact(() -> context.snapshotProperty().addListener(counter));
        robot.interact(() -> features.startLesson(stopping(), 0));
        robot.interact(() -> context.snapshotProperty().removeListener(counter));
        WaitForAsyncUtils.waitForFxEvents();

        int months = (int) Math.round(first.advanceYears() * Forecast.DAYS_PER_YEAR / Simulation.STEP_DAYS);
        List<Snapshot> advancing = published.stream().filter(s -> s.lastStepDays() > 0).toList();
        assertEquals(1, advancing.size(), "one snapshot for the whole advance, not one per month ("
                + months + " months); all published: " + published.size());
        assertEquals(months * Simulation.STEP_DAYS, advancing.get(0).lastStepDays(), 1e-9);
        assertTrue(published.size() < 10, "a handful of snapshots for the step: " + published.size());

        // the old path: the Step button pressed once per month
        Simulation live = context.simulation();
        Simulation old = new Simulation(live.startAge(), Preset.fromId(first.preset().orElseThrow()).levels(),
                live.baselineBmdGPerCm2());
        for (int m = 0; m < months; m++) old.advanceDays(Simulation.STEP_DAYS);

        assertArrayEquals(old.stateCopy(), live.stateCopy(), "same model state, bit for bit");
        assertEquals(old.ageYears(), live.ageYears(), 0.0);
        Snapshot was = old.snapshot();
        Snapshot now = context.getSnapshot();
        assertEquals(was.readout().bmdRel(), now.readout().bmdRel(), 0.0);
        assertEquals(was.elapsedDays(), now.elapsedDays(), 0.0);
        assertEquals(was.historySize(), now.historySize(), "the weekly history keeps every point");
        assertTrue(now.historySize() > months * 4, "weekly points: " + now.historySize());
        for (int i = 0; i < was.historySize(); i++) {
            assertEquals(was.history().ageAt(i), now.history().ageAt(i), 0.0, "history age " + i);
            assertEquals(was.history().bmdAt(i), now.history().bmdAt(i), 0.0, "history BMD " + i);
        }
    }

    private static Lesson stopping() {
        return LessonFile.builtIn().stream().filter(l -> l.id().equals("stopping")).findFirst().orElseThrow();
    }

    private Spotlight spotlight() { return features.player().spotlight(); }

    private void assertRingAround(Node n) {
        Bounds target = window.overlayLayer().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        Bounds ring = spotlight().ringBounds();
        assertNotNull(ring, "spotlight on show");
        assertTrue(ring.contains(target), "ring " + ring + " contains " + target);
        assertTrue(ring.getWidth() < target.getWidth() + 40, "and hugs it");
        assertTrue(spotlight().onTargetProperty().get());
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
