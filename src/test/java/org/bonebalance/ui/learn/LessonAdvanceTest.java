package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import org.bonebalance.content.Lesson;
import org.bonebalance.io.LessonFile;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.TrajectoryLog;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A step's "advance N years" publishes one snapshot and leaves the state month-by-month stepping left. */
@ExtendWith(ApplicationExtension.class)
class LessonAdvanceTest {
    private MainWindow window;
    private AppContext context;
    private LearnFeatures features;

    @Start
    void start(Stage stage) {
        window = LearnHarness.show(stage);
        context = window.context();
        features = LearnHarness.features(window);
    }

    @Test
    void advancingYearsPublishesOneSnapshotAndMatchesMonthByMonthStepping(FxRobot robot) {
        Lesson stopping = LessonFile.builtIn().stream().filter(l -> l.id().equals("stopping")).findFirst().orElseThrow();
        Lesson.Step first = stopping.steps().get(0);
        assertTrue(first.reset() && first.advanceYears() > 0, "the first step resets and advances years");

        List<Snapshot> published = new ArrayList<>();
        ChangeListener<Snapshot> counter = (o, a, s) -> published.add(s);
        robot.interact(() -> context.snapshotProperty().addListener(counter));
        robot.interact(() -> features.startLesson(stopping, 0));
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
        TrajectoryLog h0 = was.history();
        TrajectoryLog h1 = now.history();
        assertEquals(was.historySize(), now.historySize(), "the weekly history keeps every point");
        assertTrue(now.historySize() > months * 4, "weekly points: " + now.historySize());
        for (int i = 0; i < was.historySize(); i++) {
            assertEquals(h0.ageAt(i), h1.ageAt(i), 0.0, "history age " + i);
            assertEquals(h0.bmdAt(i), h1.bmdAt(i), 0.0, "history BMD " + i);
        }
    }
}
