package org.bonebalance.ui.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cycle screen's phase list keeps its size while the site goes through its phases: the current phase is
 * bold and marked, and in a narrow side panel (Spanish, small windows) that used to wrap it onto a second
 * line, so the list grew and everything under it jumped at each phase change.
 */
@ExtendWith(ApplicationExtension.class)
class CyclePhaseListTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = BoneBalanceApp.build(AppOptions.parse(new String[] {"--screen", "cycle", "--lang", "es"}));
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    /** At 1280×720 the bold row fits on one line: no row carries an empty second line for it. */
    @Test
    void atTheSmallestWindowEveryRowIsOneLine(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.VBox list = (javafx.scene.layout.VBox) window.root().lookup(".phase-list");
        java.util.List<String> tall = new java.util.ArrayList<>();
        for (javafx.scene.Node row : list.getChildren()) {
            javafx.scene.control.Label shown = (javafx.scene.control.Label) ((javafx.scene.layout.StackPane) row).getChildren().get(1);
            double lines = row.getLayoutBounds().getHeight() / (shown.getFont().getSize() * 1.17);
            if (lines > 1.5) tall.add(shown.getText().strip() + " " + Math.round(row.getLayoutBounds().getWidth()) + "×"
                    + Math.round(row.getLayoutBounds().getHeight()));
        }
        assertTrue(tall.isEmpty(), "rows on two lines: " + tall);
    }

    @Test
    void theListKeepsItsSizeThroughEveryPhase(FxRobot robot) {
        AppContext context = window.context();
        CycleScreen screen = (CycleScreen) window.screen("cycle").orElseThrow();
        Region list = (Region) window.root().lookup(".phase-list");
        robot.interact(() -> context.setSpeed(Speed.MONTH));
        for (double width : new double[] {900, 1000, 1100, 1280}) {
            robot.interact(() -> {
                // resized while hidden: growing a showing window races the software renderer, which then
                // uploads a frame into the previous, smaller buffer ("Too small int buffer size")
                stage.hide();
                stage.setWidth(width);
                stage.show();
                context.reset();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Set<BmuPhase> seen = EnumSet.noneOf(BmuPhase.class);
            TreeMap<String, String> sizes = new TreeMap<>();
            robot.interact(context::play);
            for (int i = 0; i < 100; i++) {
                robot.interact(() -> context.advance(0.1)); // 3 days at a month per second
                WaitForAsyncUtils.waitForFxEvents();
                seen.add(screen.site().phase());
                sizes.put(Math.round(list.getWidth()) + "×" + Math.round(list.getHeight()), screen.site().phase().id());
                if (seen.size() == BmuPhase.values().length) break;
            }
            robot.interact(context::pause);
            assertEquals(BmuPhase.values().length, seen.size(), "went through " + seen);
            assertEquals(1, sizes.size(), "at a " + width + "-px window the list measured " + sizes);
        }
    }
}
