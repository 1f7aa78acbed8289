package org.bonebalance.ui.cycle;

import static org.junit.jupiter.api.Assertions.*;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.hormones.HormoneScale;
import org.bonebalance.ui.hormones.HormoneSlider;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The remodeling cycle view renders, follows the one clock, and responds to the estradiol slider. */
@ExtendWith(ApplicationExtension.class)
class CycleScreenTest {
    private MainWindow window;
    private AppContext context;
    private CycleScreen screen;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[]{"--screen", "cycle"}));
        context = window.context();
        screen = (CycleScreen) window.screen("cycle").orElseThrow();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.getScene().getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.show();
        stage.requestFocus();
    }

    private void fx(Runnable r, FxRobot robot) {
        robot.interact(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves a hormone slider to a level (its position is on the hormone's own scale). */
    private static void level(FxRobot robot, String id, double level) {
        HormoneSlider s = robot.lookup(id).queryAs(HormoneSlider.class);
        s.setValue(s.scale().toPosition(level));
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSliderChangesOnlyItsOwnHormoneAndClipsNothing(FxRobot robot) {
        fx(() -> context.setLevels(new org.bonebalance.model.HormoneLevels(350, 1, 40)), robot);
        HormoneSlider e2 = robot.lookup("#cycle-slider-e2").queryAs(HormoneSlider.class);
        assertEquals(350, e2.level(), 1e-9, "the explorer's range: 350 pg/mL is not shown as 300");
        fx(() -> level(robot, "#cycle-slider-p4", 8), robot);
        assertEquals(350, context.levels().estradiolPgPerMl(), 1e-9, "moving progesterone leaves estradiol as it was");
        assertEquals(40, context.levels().testosteroneNgPerDl(), 1e-9);
        assertEquals(8, context.levels().progesteroneNgPerMl(), 1e-9);
    }

    @Test
    void saysWhenTimeRunsTooFastToFollowOneSite(FxRobot robot) {
        fx(() -> context.setSpeed(org.bonebalance.sim.Speed.YEAR), robot);
        Label hint = robot.lookup("#cycle-speed-hint").queryAs(Label.class);
        assertTrue(hint.isVisible(), "at a year per second a whole cycle flashes by");
        assertTrue(hint.getText().contains("1 month per second"), hint.getText());
        fx(() -> context.setSpeed(org.bonebalance.sim.Speed.MONTH), robot);
        assertFalse(hint.isVisible(), "at a month per second there is nothing to say");
        assertFalse(hint.isManaged(), "and it takes no room");
    }

    @Test
    void rendersTheSiteWithPhaseAndDays(FxRobot robot) {
        assertEquals("cycle", window.currentScreenId());
        assertTrue(robot.lookup("#cycle-view").query().isVisible());
        assertEquals("Day 1 of about 7: lining cells lift, precursors arrive", text(robot, "#cycle-status"));
        fx(() -> context.stepOnce(), robot);
        // one 30-day step crosses activation (7) and resorption (21): day 3 of reversal, nothing skipped
        assertEquals(BmuPhase.REVERSAL, screen.site().phase());
        assertEquals(RemodelingSite.REFERENCE_DEPTH_UM, screen.site().dugUm(), 1e-9);
        assertEquals("Day 3 of about 10: reversal cells preparing the floor", text(robot, "#cycle-status"));
        assertTrue(robot.lookup("#cycle-reversal-0").query().isVisible());
        assertFalse(robot.lookup("#cycle-osteoclast-0").query().isVisible());
    }

    @Test
    void sliderChangesDepthRefillAndTheSurfaceSinks(FxRobot robot) {
        HormoneSlider e2 = robot.lookup("#cycle-slider-e2").queryAs(HormoneSlider.class);
        assertEquals(100, e2.level(), 1e-9);
        // Move the slider with the keyboard: Home takes it to the explorer's lowest level, 1 pg/mL
        robot.clickOn(e2);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HormoneScale.ESTRADIOL.min(), context.levels().estradiolPgPerMl(), 1e-9);
        // menopause takes progesterone down too (docs/model.md §5 postmenopausal 0.3 ng/mL)
        robot.interact(() -> level(robot, "#cycle-slider-p4", 0.3));
        assertEquals(0.3, context.levels().progesteroneNgPerMl(), 1e-9);
        fx(() -> { for (int i = 0; i < 36; i++) context.stepOnce(); }, robot);   // about 3 years
        RemodelingSite site = screen.site();
        assertTrue(site.cyclesCompleted() >= 6, "cycles: " + site.cyclesCompleted());
        assertTrue(site.lastCycleDugUm() > 1.15 * RemodelingSite.REFERENCE_DEPTH_UM, "deeper: " + site.lastCycleDugUm());
        assertTrue(site.lastCycleRefilledUm() < site.lastCycleDugUm(), "refill short");
        assertTrue(site.cumulativeDeficitUm() > 5, "surface lower: " + site.cumulativeDeficitUm());
        assertTrue(text(robot, "#cycle-deficit").contains("below where the surface started"));
        assertTrue(text(robot, "#cycle-activation").contains("×2."), text(robot, "#cycle-activation"));
    }

    @Test
    void focusingACellSaysWhatItIsAndDoes(FxRobot robot) {
        fx(() -> context.stepOnce(), robot);   // 30 days: reversal cells are on the floor
        fx(() -> robot.lookup("#cycle-reversal-1").query().requestFocus(), robot);
        assertTrue(text(robot, "#cycle-info").startsWith("Reversal cell:"), text(robot, "#cycle-info"));
        robot.moveTo(robot.lookup("#cycle-lining-0").<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#cycle-info").startsWith("Lining cell:"), text(robot, "#cycle-info"));
    }

    @Test
    void atTheReferenceNothingIsLostAndPauseFreezes(FxRobot robot) {
        fx(() -> { for (int i = 0; i < 24; i++) context.stepOnce(); }, robot);
        // at premenopausal levels a site refills what it dug, but for the slow rise of PTH after 50 (the explorer
        // starts at 50; docs/model.md §4): a few tenths of a micrometre in two years
        assertEquals(0, screen.site().cumulativeDeficitUm(), 0.3);
        double before = screen.site().elapsedDays();
        fx(() -> { for (int i = 0; i < 30; i++) context.advance(1.0 / 60); }, robot);   // paused clock ticks
        assertEquals(before, screen.site().elapsedDays(), 0);
        fx(() -> { context.play(); for (int i = 0; i < 30; i++) context.advance(1.0 / 60); context.pause(); }, robot);
        assertTrue(screen.site().elapsedDays() > before);
        fx(() -> context.reset(), robot);
        assertEquals(0, screen.site().elapsedDays(), 0);
    }
}
