package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.GaugesView;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dials move without laying the gauge grid out again: a new value redraws its tile, and whatever the
 * tile lays out stays inside its slot. (Laid out again, the grid measures every card's wrapped words each
 * time, several times a second while the explorer plays: docs/performance.md.)
 */
@ExtendWith(ApplicationExtension.class)
class GaugeRelayoutTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
    }

    @Test
    void movingEveryDialLeavesTheGaugeGridsLayoutAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the tiles join once the window shows
        WaitForAsyncUtils.waitForFxEvents();
        GaugesView grid = (GaugesView) window.root().lookup(".gauges");
        List<GaugeCard> cards = new ArrayList<>();
        for (String id : List.of("osteoclast", "osteoblast", "switch", "balance", "bmd", "fracture")) {
            cards.add((GaugeCard) window.root().lookup("#gauge-" + id));
        }
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger tileLayouts = new AtomicInteger();
        robot.interact(() -> {
            grid.needsLayoutProperty().subscribe(needs -> { if (needs) asked.incrementAndGet(); });
            for (GaugeCard c : cards) c.tile().needsLayoutProperty().subscribe(needs -> { if (needs) tileLayouts.incrementAndGet(); });
        });
        asked.set(0);
        tileLayouts.set(0);
        double[] before = new double[cards.size()];
        for (int i = 0; i < cards.size(); i++) before[i] = cards.get(i).tile().getValue();
        for (int k = 1; k <= 12; k++) {
            int step = k;
            robot.interact(() -> {
                for (GaugeCard c : cards) {
                    double lo = c.tile().getMinValue(), hi = c.tile().getMaxValue();
                    c.value(lo + (hi - lo) * (step % 2 == 0 ? 0.2 + step * 0.05 : 0.8 - step * 0.05), (hi - lo) / 1000);
                }
            });
            WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS); // a few pulses: layout and drawing happen
            WaitForAsyncUtils.waitForFxEvents();
        }
        int moved = 0;
        for (int i = 0; i < cards.size(); i++) if (cards.get(i).tile().getValue() != before[i]) moved++;
        assertEquals(cards.size(), moved, "every dial moved");
        assertTrue(tileLayouts.get() > 0, "the tiles laid themselves out (" + tileLayouts.get() + " times): the check below means something");
        assertEquals(0, asked.get(), "the gauge grid was asked for a new layout " + asked.get() + " times by dials alone");
    }
}
