package org.bonebalance.ui.switchview;

import static org.junit.jupiter.api.Assertions.*;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.hormones.HormoneSlider;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The switch view renders, its counts follow the model when a slider moves, and the clock drives fusion. */
@ExtendWith(ApplicationExtension.class)
class SwitchScreenTest {
    private MainWindow window;
    private AppContext context;
    private SwitchScreen screen;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[]{"--screen", "switch"}));
        context = window.context();
        screen = (SwitchScreen) window.screen("switch").orElseThrow();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.getScene().getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.show();
        stage.requestFocus();
    }

    private long visible(FxRobot robot, String styleClass) {
        return robot.lookup("#switch-view").lookup(styleClass).queryAll().stream()
                .filter(n -> n.isVisible() && n.getParent().isVisible() && n.getStyleClass().contains(styleClass.substring(1))
                        && !(n.getParent().getStyleClass().contains("legend-icon")) && onStage(n))
                .count();
    }

    private static boolean onStage(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains("animation-legend")) return false;
            if (!p.isVisible()) return false;
        }
        return true;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void rendersReferenceCountsAndBalancedSwitch(FxRobot robot) {
        assertEquals("switch", window.currentScreenId());
        assertEquals(SwitchCounts.REFERENCE, screen.counts());
        assertEquals(SwitchCounts.OPG_AT_REFERENCE, visible(robot, ".opg-molecule")
                - SwitchCounts.DECOY_AT_REFERENCE);
        assertTrue(text(robot, "#switch-readout").contains("held back"), text(robot, "#switch-readout"));
        assertTrue(text(robot, "#switch-scale").contains("10 free RANKL"));
    }

    @Test
    void estradiolSliderTurnsRanklUpOpgDownAndSwitchesResorptionOn(FxRobot robot) {
        HormoneSlider e2 = robot.lookup("#switch-slider-e2").queryAs(HormoneSlider.class);
        long ranklBefore = visible(robot, ".rankl");
        robot.interact(() -> e2.setValue(e2.scale().toPosition(5)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, context.levels().estradiolPgPerMl(), 1e-9);
        SwitchCounts c = screen.counts();
        assertTrue(c.ranklFree() > SwitchCounts.RANKL_AT_REFERENCE * 4, "RANKL up: " + c.ranklFree());
        assertTrue(c.opgFree() < SwitchCounts.OPG_AT_REFERENCE, "OPG down at once: " + c.opgFree());
        assertTrue(visible(robot, ".rankl") > ranklBefore);
        assertTrue(text(robot, "#switch-readout").contains("ON"));
        // run the clock by hand for ten seconds at one month per second
        robot.interact(() -> {
            context.setSpeed(org.bonebalance.sim.Speed.MONTH);
            context.play();
            for (int i = 0; i < 600; i++) context.advance(1.0 / 60);
            context.pause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.field().fusions() > 0, "precursors fused");
        assertTrue(screen.field().osteoclastsAlive() > SwitchCounts.OSTEOCLASTS_AT_REFERENCE);
        assertTrue(text(robot, "#switch-fusions").matches(".*: [1-9][0-9]*"), text(robot, "#switch-fusions"));
        // paused: nothing moves
        double t = screen.field().time();
        robot.interact(() -> { for (int i = 0; i < 60; i++) context.advance(1.0 / 60); });
        assertEquals(t, screen.field().time(), 0);
    }

    @Test
    void switchReadoutAgreesWithTheExplorerGauge() {
        // one definition: same quantity (RANKL/OPG relative) and threshold as the explorer's #gauge-switch
        assertEquals(org.bonebalance.ui.explorer.GaugeReadings.SWITCH_ON_RATIO, org.bonebalance.sim.bmu.SwitchState.ON_RATIO);
        for (double e2 : new double[]{5, 40, 100, 300}) {
            var r = context.simulation().setLevels(context.levels().withEstradiol(e2)).readout();
            assertEquals(org.bonebalance.ui.explorer.GaugeReadings.of(r).resorptionOn(),
                    org.bonebalance.sim.bmu.SwitchState.of(r) == org.bonebalance.sim.bmu.SwitchState.ON, "E2 " + e2);
        }
    }

    @Test
    void tCellRouteOnlyAtAcademicDepth(FxRobot robot) {
        robot.interact(() -> context.setLevels(context.levels().withEstradiol(5)));
        assertFalse(robot.lookup("#switch-tcell-route").query().isVisible());
        assertFalse(robot.lookup("#switch-academic").query().isVisible());
        robot.interact(() -> context.depthProperty().set(Depth.ACADEMIC));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#switch-tcell-route").query().isVisible());
        assertTrue(robot.lookup("#switch-academic").query().isVisible());
        assertTrue(screen.counts().cytokines() > 0);
    }
}
