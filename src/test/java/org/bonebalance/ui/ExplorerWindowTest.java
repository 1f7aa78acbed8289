package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.TimelineView;
import org.bonebalance.ui.hormones.HormoneSlider;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real explorer window, headless: sliders by keyboard and by value, presets by click, time by keys.
 * The FxClock is never started; frames are stepped by hand through {@link AppContext#advance}.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        context = window.context();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    private void frames(FxRobot robot, int n, double dtSeconds) {
        robot.interact(() -> {
            for (int i = 0; i < n; i++) context.advance(dtSeconds);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private GaugeCard gauge(FxRobot robot, String id) { return robot.lookup("#gauge-" + id).queryAs(GaugeCard.class); }

    private HormoneSlider slider(FxRobot robot, String id) { return robot.lookup("#slider-" + id).queryAs(HormoneSlider.class); }

    private TimelineView timeline(FxRobot robot) { return robot.lookup("#timeline").queryAs(TimelineView.class); }

    /** The clock's words as drawn (its skin's text), not only as set, follow the time played. */
    @Test
    void elapsedTimeIsRedrawnWhilePlaying(FxRobot robot) {
        Label elapsed = robot.lookup("#elapsed").queryAs(Label.class);
        assertEquals("Time passed: 0 years, 0 months · age 50", ExplorerSmallWindowTest.shown(elapsed));
        robot.interact(() -> context.togglePlaying());
        for (int i = 0; i < 3; i++) frames(robot, 30, 1 / 60.0); // 1.5 s at 1 year per second, in three pulses
        assertEquals("Time passed: 1 year, 6 months · age 51", elapsed.getText());
        assertEquals(elapsed.getText(), ExplorerSmallWindowTest.shown(elapsed));
    }

    @Test
    void estradiolByKeyboardSwitchesResorptionOnAndBendsTheTimelineDown(FxRobot robot) {
        double projectedBefore = timeline(robot).drawnProjectionEndBmd();
        int drawsBefore = timeline(robot).draws();
        HormoneSlider e2 = slider(robot, "e2");
        robot.interact(e2::requestFocus);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, context.levels().estradiolPgPerMl(), 1e-9);
        assertEquals("1.0 pg/mL", robot.lookup("#value-e2").queryAs(Label.class).getText());
        assertEquals("1.0 picograms per millilitre", e2.queryAccessibleAttribute(AccessibleAttribute.VALUE_STRING));
        assertEquals(Messages.get("explorer.slider.e2.name"), e2.getAccessibleText());
        // the same frame: switch and timeline already answer
        assertTrue(gauge(robot, "switch").reading().getText().startsWith("Resorption on"));
        assertTrue(timeline(robot).draws() > drawsBefore);
        assertTrue(timeline(robot).drawnProjectionEndBmd() < projectedBefore - 0.05,
                timeline(robot).drawnProjectionEndBmd() + " vs " + projectedBefore);
        assertTrue(robot.lookup("#status-line").queryAs(Label.class).getText().startsWith("Without enough estrogen"));

        robot.type(KeyCode.PAGE_UP);
        assertEquals(Math.pow(10, 0.2), context.levels().estradiolPgPerMl(), 1e-6);
        robot.type(KeyCode.RIGHT);
        assertEquals(Math.pow(10, 0.22), context.levels().estradiolPgPerMl(), 1e-6);

        double osteoclastsBefore = gauge(robot, "osteoclast").tile().getValue();
        double bmdBefore = gauge(robot, "bmd").tile().getValue();
        robot.interact(() -> { for (int i = 0; i < 24; i++) context.stepOnce(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gauge(robot, "osteoclast").tile().getValue() > osteoclastsBefore + 0.5);
        assertTrue(gauge(robot, "bmd").tile().getValue() < bmdBefore - 0.03);
        assertTrue(gauge(robot, "fracture").tile().getValue() > 1.3);
        assertTrue(timeline(robot).drawnHistoryPoints() > 10, "the past is drawn");

        robot.type(KeyCode.END);
        assertEquals(400, context.levels().estradiolPgPerMl(), 1e-9);
        assertTrue(gauge(robot, "switch").reading().getText().startsWith("Resorption held back"));
    }

    @Test
    void progesteroneMovesTheBalanceGaugeInTheSameFrame(FxRobot robot) {
        HormoneSlider p4 = slider(robot, "p4");
        robot.interact(() -> slider(robot, "e2").setValue(Math.log10(40))); // on therapy: E2 40 pg/mL
        WaitForAsyncUtils.waitForFxEvents();
        double projected = timeline(robot).drawnProjectionEndBmd();
        robot.interact(() -> p4.setValue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gauge(robot, "balance").tile().getValue() < 99.5, "less bone laid down per osteoblast");
        assertTrue(timeline(robot).drawnProjectionEndBmd() < projected);
        robot.interact(() -> p4.setValue(25));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gauge(robot, "balance").tile().getValue() > 100.5);
        assertTrue(timeline(robot).drawnProjectionEndBmd() > projected);
        assertEquals("25 ng/mL", robot.lookup("#value-p4").queryAs(Label.class).getText());
    }

    @Test
    void testosteroneKeepsOsteoblastsAliveAndSlowsLossWithoutEstrogen(FxRobot robot) {
        robot.clickOn("#preset-" + Preset.POSTMENOPAUSE_10Y.id());
        frames(robot, 10, 0.1);
        HormoneSlider t = slider(robot, "t");
        double projected = timeline(robot).drawnProjectionEndBmd();
        robot.interact(() -> t.setValue(800));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(800, context.levels().testosteroneNgPerDl(), 1e-9);
        assertTrue(timeline(robot).drawnProjectionEndBmd() > projected + 0.05);
        double osteoblasts = gauge(robot, "osteoblast").tile().getValue();
        robot.interact(() -> { for (int i = 0; i < 12; i++) context.stepOnce(); });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(gauge(robot, "osteoblast").tile().getValue() > osteoblasts + 0.5);
    }

    @Test
    void eachPresetMovesTheSlidersThereWithAGlideAndDescribesItself(FxRobot robot) {
        for (Preset p : Preset.values()) {
            robot.clickOn("#preset-" + p.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Messages.get(p.descriptionKey()), robot.lookup("#preset-description").queryAs(Label.class).getText());
            frames(robot, 20, 1 / 60.0); // a third of a second: still on the way unless already there
            frames(robot, 30, 1 / 60.0);
            HormoneLevels l = p.levels();
            assertEquals(l, context.levels(), p.id());
            assertEquals(l.estradiolPgPerMl(), slider(robot, "e2").level(), 1e-6 * l.estradiolPgPerMl(), p.id());
            assertEquals(l.progesteroneNgPerMl(), slider(robot, "p4").level(), 1e-9, p.id());
            assertEquals(l.testosteroneNgPerDl(), slider(robot, "t").level(), 1e-9, p.id());
            assertTrue(robot.lookup("#preset-" + p.id()).queryAs(ToggleButton.class).isSelected());
        }
    }

    @Test
    void aPresetGlidesOverSeveralFrames(FxRobot robot) {
        robot.clickOn("#preset-" + Preset.YOUNG_MAN.id());
        frames(robot, 6, 1 / 60.0);
        double t = context.levels().testosteroneNgPerDl();
        assertTrue(t > 30 && t < 550, "part way after six frames: " + t);
        frames(robot, 60, 1 / 60.0);
        assertEquals(550, context.levels().testosteroneNgPerDl(), 1e-9);
    }

    @Test
    void playPauseStepAndResetByKeyboard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#timeline").query().getScene().getRoot().requestFocus());
        robot.type(KeyCode.SPACE);
        assertTrue(context.isPlaying());
        assertEquals("Pause", robot.lookup("#play").queryAs(javafx.scene.control.Button.class).getText());
        frames(robot, 30, 1 / 60.0);
        double days = context.getSnapshot().elapsedDays();
        assertEquals(365.25 / 2, days, 1e-6, "half a second at 1 year per second");
        assertTrue(robot.lookup("#clock").queryAs(Label.class).getText().contains("1 second = 1 year"));
        robot.type(KeyCode.SPACE);
        assertFalse(context.isPlaying());
        frames(robot, 30, 1 / 60.0);
        assertEquals(days, context.getSnapshot().elapsedDays(), 1e-9, "paused: time stands still");

        robot.interact(() -> robot.lookup("#step").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(days + Simulation.STEP_DAYS, context.getSnapshot().elapsedDays(), 1e-6);
        assertTrue(robot.lookup("#elapsed").queryAs(Label.class).getText().startsWith("Time passed: 0 years, 7 months"));

        robot.interact(() -> slider(robot, "e2").setValue(1));
        robot.interact(() -> robot.lookup("#reset").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(0, context.getSnapshot().elapsedDays());
        assertEquals(HormoneLevels.PREMENOPAUSAL, context.levels());
        assertEquals(100, slider(robot, "e2").level(), 1e-9);
    }
}
