package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Start-up work that waits for the window (so the first frame does not): the gauge tiles join the window once it
 * shows, and work handed to {@link MainWindow#afterFirstFrame} runs once, after the first frame.
 */
@ExtendWith(ApplicationExtension.class)
class StartupDeferralTest {
    private MainWindow window;
    private final AtomicInteger ranBeforeShow = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        window.afterFirstFrame(runs::incrementAndGet);
        stage.setScene(new Scene(window.root(), 1280, 720));
        ranBeforeShow.set(runs.get());
        stage.show();
    }

    @Test
    void gaugeTilesAreInTheShowingWindowWithTheirSkins(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"osteoclast", "osteoblast", "switch", "balance", "bmd", "fracture"}) {
            GaugeCard card = robot.lookup("#gauge-" + id).queryAs(GaugeCard.class);
            Tile tile = card.tile();
            assertSame(card.getScene(), tile.getScene(), id + ": the tile is in the card's window");
            assertNotNull(tile.getSkin(), id + ": and has drawn itself");
            assertTrue(tile.getWidth() > 50 && tile.getHeight() > 50, id + ": at a readable size");
        }
    }

    @Test
    void afterFirstFrameWorkRunsOnceAfterTheWindowShows() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, ranBeforeShow.get(), "not while building");
        assertEquals(1, runs.get(), "once the first frame is out");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get(), "and only once");
    }

    @Test
    void anAnimationScreenOpenedFirstHasTheTimeControls(FxRobot robot) {
        MainWindow[] cycleFirst = new MainWindow[1];
        robot.interact(() -> {
            cycleFirst[0] = BoneBalanceApp.build(AppOptions.parse(new String[] {"--screen", "cycle"}));
            Stage other = new Stage();
            other.setScene(new Scene(cycleFirst[0].root(), 1280, 720));
            other.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = cycleFirst[0];
        javafx.scene.control.Button play = (javafx.scene.control.Button) w.toolbar().lookup("#play");
        assertNotNull(play, "Play/Pause is in the toolbar though the explorer was never opened");
        assertNotNull(w.toolbar().lookup("#speed"));
        boolean before = w.context().isPlaying();
        robot.interact(play::fire);
        assertEquals(!before, w.context().isPlaying(), "and it plays or pauses");
        robot.interact(() -> {
            w.root().getScene().getWindow().hide();
            w.dispose();
        });
    }
}
