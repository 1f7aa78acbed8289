package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.bonebalance.ui.explorer.ExplorerViewModel;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.GaugeReadings;
import org.bonebalance.ui.explorer.TimelineView;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Going back in time on the explorer's chart: keys and a drag show an earlier moment, and what the gauges and
 * the cycle screen then show is the model's at that moment, worked out here by a straight run of its own. The
 * clock is stepped by hand: ten years at one year a second, 60 frames a second (6.0875 days a frame), with
 * postmenopausal levels from the start and therapy from year 6.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineScrubTest {
    private static final double DT = 1.0 / 60;
    private static final int FRAMES = 600;
    private static final int THERAPY_AT = 360;
    private static final double FRAME_DAYS = DT * Speed.YEAR.daysPerSecond();
    private MainWindow window;
    private AppContext context;
    private final List<Snapshot> straight = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        context = window.context();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    /** The same inputs on the window's model and on a straight run of its own. */
    private void play(FxRobot robot) {
        Simulation sim = context.simulation();
        AppModel ref = new AppModel(new Simulation(sim.startAge(), sim.levels(), sim.baselineBmdGPerCm2()));
        robot.interact(() -> {
            context.setSpeed(Speed.YEAR);
            context.setLevels(HormoneLevels.POSTMENOPAUSAL);
            context.play();
            ref.setSpeed(Speed.YEAR);
            ref.setLevels(HormoneLevels.POSTMENOPAUSAL);
            ref.play();
            for (int i = 0; i < FRAMES; i++) {
                if (i == THERAPY_AT) {
                    context.setLevels(Preset.MHT_EP.levels());
                    ref.setLevels(Preset.MHT_EP.levels());
                }
                context.advance(DT);
                straight.add(ref.step(DT));
            }
            context.pause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(straight.getLast().readout().bmdGPerCm2(), context.getSnapshot().readout().bmdGPerCm2(), 0);
    }

    private TimelineView timeline() { return ((ExplorerScreen) window.screen("explorer").orElseThrow()).timeline(); }

    private GaugeCard gauge(FxRobot robot, String id) { return robot.lookup("#gauge-" + id).queryAs(GaugeCard.class); }

    /** The six gauges show these readings: each dial's value and the words under it. */
    private void gaugesShow(FxRobot robot, Readout r, String where) {
        GaugeReadings g = GaugeReadings.of(r);
        assertEquals(g.osteoclastRel(), gauge(robot, "osteoclast").tile().getValue(), 1e-9, where + ": osteoclasts");
        assertEquals(GaugeReadings.times(g.osteoclastRel()), gauge(robot, "osteoclast").reading().getText(), where);
        assertEquals(g.osteoblastRel(), gauge(robot, "osteoblast").tile().getValue(), 1e-9, where + ": osteoblasts");
        assertEquals(g.bmdGPerCm2(), gauge(robot, "bmd").tile().getValue(), 1e-9, where + ": spine density");
        assertEquals(g.bmdText(), gauge(robot, "bmd").reading().getText(), where);
        assertEquals(g.balanceText(), gauge(robot, "balance").reading().getText(), where);
        assertEquals(g.fractureText(), gauge(robot, "fracture").reading().getText(), where);
    }

    private void key(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String id) { return robot.lookup(id).queryAs(Label.class).getText(); }

    @Test
    void arrowKeysStepAYearOrAMonthAndTheGaugesShowThatMoment(FxRobot robot) {
        play(robot);
        assertTrue(ExplorerViewModel.SCRUB_STEP_YEARS == 1 && ExplorerViewModel.SCRUB_FINE_STEP_YEARS == 1.0 / 12);
        robot.interact(() -> timeline().requestFocus());
        key(robot, KeyCode.LEFT);
        // one year back from 10 years: after frame 540 (60 frames a year)
        Snapshot then = straight.get(539);
        assertEquals(then.ageYears(), context.getSnapshot().ageYears(), 1e-9);
        gaugesShow(robot, then.readout(), "a year back");
        assertEquals(Messages.get("explorer.scrub.viewing", Messages.number(9, 1), Messages.number(59, 1)), text(robot, "#scrub-label"));
        assertTrue(robot.lookup("#back-to-now").query().isVisible());

        key(robot, KeyCode.SHIFT, KeyCode.LEFT);
        // a month is five frames at this speed
        Snapshot monthEarlier = straight.get(534);
        assertEquals(monthEarlier.ageYears(), context.getSnapshot().ageYears(), 1e-9);
        gaugesShow(robot, monthEarlier.readout(), "a month further back");

        for (int i = 0; i < 5; i++) key(robot, KeyCode.LEFT);
        // before the therapy began: the levels of that moment are on the sliders and the gauges
        Snapshot beforeTherapy = straight.get(534 - 300);
        assertEquals(beforeTherapy.ageYears(), context.getSnapshot().ageYears(), 1e-9);
        assertEquals(HormoneLevels.POSTMENOPAUSAL, context.getSnapshot().readout().levels());
        gaugesShow(robot, beforeTherapy.readout(), "before therapy");

        key(robot, KeyCode.HOME);
        assertEquals(context.simulation().startAge(), context.getSnapshot().ageYears(), 1e-9);
        key(robot, KeyCode.END);
        assertNull(context.scrubProperty().get(), "End is back to now");
        gaugesShow(robot, straight.getLast().readout(), "now");
        assertFalse(robot.lookup("#back-to-now").query().isVisible());
    }

    @Test
    void draggingOnTheChartShowsTheMomentUnderThePointer(FxRobot robot) {
        play(robot);
        TimelineView t = timeline();
        double targetAge = 55.3;
        Point2D from = t.localToScreen(t.xOf(context.getSnapshot().ageYears()), t.getHeight() / 2);
        Point2D to = t.localToScreen(t.xOf(targetAge), t.getHeight() / 2);
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        AppModel.Scrub sc = context.scrubProperty().get();
        assertNotNull(sc, "a drag back shows a past moment");
        double shown = context.getSnapshot().ageYears();
        double yearsPerPx = (t.ageAt(1000) - t.ageAt(0)) / 1000;
        assertEquals(targetAge, shown, 1.5 * yearsPerPx, "the moment under the pointer");
        // the model at that moment, by a straight run of whole frames and then the part of one
        Simulation sim = context.simulation();
        Simulation s = new Simulation(sim.startAge(), HormoneLevels.PREMENOPAUSAL, sim.baselineBmdGPerCm2());
        s.setLevels(HormoneLevels.POSTMENOPAUSAL);
        double target = (shown - sim.startAge()) * Forecast.DAYS_PER_YEAR;
        int frames = 0;
        while (s.snapshot().elapsedDays() + FRAME_DAYS <= target + 1e-9) {
            if (frames == THERAPY_AT) s.setLevels(Preset.MHT_EP.levels());
            s.advanceDays(FRAME_DAYS);
            frames++;
        }
        Readout r = s.advanceDays(target - s.snapshot().elapsedDays()).readout();
        assertEquals(r.bmdGPerCm2(), context.getSnapshot().readout().bmdGPerCm2(), 1e-9 * r.bmdGPerCm2());
        gaugesShow(robot, r, "dragged to " + shown);

        // the cycle screen: the site's clock and where it sits on the life course, from that snapshot
        robot.interact(() -> window.show("cycle"));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshot at = context.getSnapshot();
        assertEquals(Messages.get("animation.cycle.clock.life", Messages.number(at.ageYears(), 1),
                Messages.number(at.yearsSinceMenopause(), 1)), text(robot, "#cycle-life-clock"));
        assertEquals(at.ageYears() - sim.startAge(), at.yearsSinceMenopause(), 1e-9, "menopause at the start of this run");
        var site = context.model().site();
        long day = (long) Math.floor(site.dayInCycle()) + 1;
        assertEquals(Messages.get("animation.cycle.clock.site", day, (day - 1) / 7, (day - 1) % 7, site.cyclesCompleted() + 1),
                text(robot, "#cycle-site-clock"));
        assertTrue(text(robot, "#clock").contains(Messages.number(at.ageYears(), 1)), "the toolbar says so on every screen");
    }

    @Test
    void playFromAPastMomentSaysWhichLevelsAndTakesThem(FxRobot robot) {
        play(robot);
        robot.interact(() -> timeline().requestFocus());
        for (int i = 0; i < 8; i++) key(robot, KeyCode.LEFT);      // age 52: before therapy
        assertEquals(HormoneLevels.POSTMENOPAUSAL, context.getSnapshot().readout().levels());
        assertTrue(robot.lookup("#scrub-then").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "the default: the levels of that moment");
        assertEquals(Messages.get("explorer.scrub.short.then"), text(robot, "#elapsed"));
        assertEquals(Messages.get("explorer.scrub.note", Messages.number(52, 1), Messages.number(60, 1)),
                text(robot, "#scrub-note"));
        robot.clickOn("#scrub-today");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(AppModel.PlayLevels.TODAY, context.scrubProperty().get().playLevels());
        assertEquals(Messages.get("explorer.scrub.short.today"),
                text(robot, "#elapsed"));
        robot.clickOn("#play");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(context.scrubProperty().get());
        assertTrue(context.isPlaying());
        assertEquals(Preset.MHT_EP.levels(), context.levels(), "today's levels, as chosen");
        assertEquals(52, context.getSnapshot().ageYears(), 1e-9, "going on from that moment");
        robot.interact(() -> context.advance(DT));
        assertEquals(52 + FRAME_DAYS / Forecast.DAYS_PER_YEAR, context.getSnapshot().ageYears(), 1e-9);
    }

    @Test
    void backToNowReturnsToTheMomentLeft(FxRobot robot) {
        play(robot);
        robot.interact(() -> timeline().requestFocus());
        key(robot, KeyCode.LEFT);
        key(robot, KeyCode.LEFT);
        robot.clickOn("#back-to-now");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(context.scrubProperty().get());
        assertEquals(straight.getLast().ageYears(), context.getSnapshot().ageYears(), 1e-12);
        gaugesShow(robot, straight.getLast().readout(), "back to now");
        assertEquals(straight.getLast().historySize(), context.getSnapshot().historySize());
    }
}
