package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.bonebalance.content.Lesson;
import org.bonebalance.io.LessonFile;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The spotlight finds its node once and follows it; it searches again only when that node goes away. */
@ExtendWith(ApplicationExtension.class)
class SpotlightCacheTest {
    private MainWindow window;
    private AppContext context;
    private LearnFeatures features;

    @Start
    void start(Stage stage) {
        window = LearnHarness.show(stage);
        context = window.context();
        features = LearnHarness.features(window);
    }

    private Spotlight spotlight() { return features.player().spotlight(); }

    @Test
    void pulsesAndSnapshotsMoveTheRingWithoutSearchingTheScene(FxRobot robot) {
        Lesson cycle = LessonFile.builtIn().get(0);
        robot.interact(() -> features.startLesson(cycle, 4)); // step 5 points at the depth switch
        WaitForAsyncUtils.waitForFxEvents();
        Node depth = robot.lookup("#depth").query();
        assertRingAround(depth);
        int before = spotlight().searches();
        for (int i = 0; i < 10; i++) {
            double dx = 20 * i;
            robot.interact(() -> { depth.getParent().setTranslateX(dx); context.stepOnce(); });
            WaitForAsyncUtils.waitForFxEvents();
            assertRingAround(depth);
        }
        assertEquals(before, spotlight().searches(), "ten snapshots and layout pulses, no new search");
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
            var kids = ((javafx.scene.layout.Pane) old.getParent()).getChildren();
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
        assertEquals(after, spotlight().searches(), "the new node is cached in turn");
    }

    @Test
    void aScreenSwitchHidesTheRingAndComingBackFindsTheNodeAgain(FxRobot robot) {
        Lesson stopping = LessonFile.builtIn().stream().filter(l -> l.id().equals("stopping")).findFirst().orElseThrow();
        robot.interact(() -> features.startLesson(stopping, 0)); // explorer, #gauge-bmd
        WaitForAsyncUtils.waitForFxEvents();
        Node gauge = robot.lookup("#gauge-bmd").query();
        assertRingAround(gauge);
        robot.interact(() -> window.show("cycle"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(spotlight().ringBounds(), "the marked node is on another screen");
        assertTrue(!spotlight().onTargetProperty().get());
        robot.interact(() -> window.show("explorer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertRingAround(robot.lookup("#gauge-bmd").query());
        int back = spotlight().searches();
        robot.interact(() -> context.stepOnce());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(back, spotlight().searches());
    }

    private void assertRingAround(Node n) {
        Bounds target = window.overlayLayer().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        Bounds ring = spotlight().ringBounds();
        assertNotNull(ring, "spotlight on show");
        assertTrue(ring.contains(target), "ring " + ring + " contains " + target);
        assertTrue(ring.getWidth() < target.getWidth() + 40, "and hugs it");
        assertTrue(spotlight().onTargetProperty().get());
    }
}
