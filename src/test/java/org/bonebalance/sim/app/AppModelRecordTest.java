package org.bonebalance.sim.app;

import static org.bonebalance.sim.app.AppModelScrubTest.assertReadoutsEqual;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.predict.Round;
import org.bonebalance.sim.why.Reading;
import org.bonebalance.sim.why.Trace;
import org.junit.jupiter.api.Test;

/**
 * The record behind going back in time: a past moment is the one the run went through, with the levels then in
 * force, whatever was done after it (a reset, new levels, playing on from an earlier moment); checkpoints are
 * kept once a quarter year.
 */
class AppModelRecordTest {
    private static final HormoneLevels PRE = HormoneLevels.PREMENOPAUSAL;
    private static final HormoneLevels POST = HormoneLevels.POSTMENOPAUSAL;
    private static final double YEAR = 365.25;

    private static AppModel fresh() {
        return new AppModel(new Simulation());
    }

    /** A model that advanced by each of these days in turn, with the default levels. */
    private static AppModel advanced(double... days) {
        AppModel m = fresh();
        for (double d : days) m.advanceDays(d);
        return m;
    }

    @Test
    void aNewModelShowsTheSwitchCountsOfItsStartingLevels() {
        AppModel m = new AppModel(new Simulation(Simulation.DEFAULT_START_AGE, POST, BmdScale.DEFAULT_BASELINE_G_PER_CM2));
        SwitchCounts want = SwitchCounts.of(m.snapshot().readout());
        assertEquals(want, m.switchCounts());
        assertEquals(want, m.switchField().counts(), "the field starts settled at those counts");
    }

    @Test
    void aResetForgetsTheRunBeforeIt() {
        AppModel m = fresh();
        m.setLevels(POST);
        for (int i = 0; i < 4; i++) m.advanceDays(100);
        m.reset();
        assertEquals(1, m.checkpoints(), "only the reset state is kept");
        m.setLevels(PRE);
        for (int i = 0; i < 4; i++) m.advanceDays(100);
        Snapshot shown = m.scrubTo(250);
        // the same run straight from the reset state (the levels then were the postmenopausal ones)
        AppModel straight = new AppModel(new Simulation(Simulation.DEFAULT_START_AGE, POST, BmdScale.DEFAULT_BASELINE_G_PER_CM2));
        straight.setLevels(PRE);
        straight.advanceDays(100);
        straight.advanceDays(100);
        Snapshot want = straight.advanceDays(50);
        assertReadoutsEqual(want.readout(), shown.readout(), "250 days after the reset");
        assertEquals(PRE, m.scrub().orElseThrow().levelsThen());
    }

    @Test
    void theMomentTheLevelsChangedShowsTheNewLevels() {
        AppModel m = advanced(100);
        m.setLevels(POST);
        m.advanceDays(100);
        m.scrubTo(100);
        assertEquals(POST, m.scrub().orElseThrow().levelsThen(), "the change made at day 100 is in force at day 100");
        assertEquals(POST, m.snapshot().readout().levels());
        assertEquals(200, m.scrub().orElseThrow().liveDays(), 0);
        assertEquals(Simulation.DEFAULT_START_AGE + 200 / YEAR, m.scrub().orElseThrow().liveAge(), 1e-12);
        // a slider a rounding error short of a recorded moment shows that moment, and of now shows now
        double justBefore = 100 - 1e-9;
        Snapshot s = m.scrubTo(justBefore);
        assertEquals(100, s.elapsedDays(), 0);
        assertEquals(POST, m.scrub().orElseThrow().levelsThen());
        m.scrubTo(200 - 1e-9);
        assertTrue(m.scrub().isEmpty(), "that close to now is now");
        assertEquals(200, m.snapshot().elapsedDays(), 0);
    }

    @Test
    void levelsChangedAndChangedBackAreBothRecorded() {
        AppModel m = advanced(100);
        m.setLevels(POST);
        m.advanceDays(100);
        m.setLevels(PRE);
        m.advanceDays(100);
        Snapshot shown = m.scrubTo(250);
        assertEquals(PRE, m.scrub().orElseThrow().levelsThen());
        AppModel straight = advanced(100);
        straight.setLevels(POST);
        straight.advanceDays(100);
        straight.setLevels(PRE);
        assertReadoutsEqual(straight.advanceDays(50).readout(), shown.readout(), "after back to the first levels");
    }

    @Test
    void aPastMomentRebuiltThroughASpeedChangeShowsTheSwitchFieldAsItWasAndKeepsTheChosenSpeed() {
        AppModel straight = fresh();
        AppModel m = fresh();
        double fieldThen = 0;
        int fusionsThen = 0;
        double elapsedThen = 0;
        for (AppModel a : new AppModel[] {straight, m}) {
            a.setSpeed(Speed.YEAR);
            a.play();
            for (int f = 0; f < 50; f++) {
                if (f == 20) a.setSpeed(Speed.MONTH); // after the first checkpoint (about frame 15)
                a.step(1 / 60.0);
                if (a == straight && f == 40) {
                    fieldThen = a.switchField().time();
                    fusionsThen = a.switchField().fusions();
                    elapsedThen = a.snapshot().elapsedDays();
                }
            }
        }
        m.setSpeed(Speed.FIVE_YEARS);
        m.scrubTo(elapsedThen);
        assertEquals(fieldThen, m.switchField().time(), 1e-12, "each replayed step moves the field by its own seconds");
        assertEquals(fusionsThen, m.switchField().fusions());
        assertEquals(Speed.FIVE_YEARS, m.snapshot().speed(), "the speed chosen before looking back stays");
        m.scrubTo(30);
        assertEquals(Speed.FIVE_YEARS, m.snapshot().speed(), "also at a moment played at another speed");
    }

    @Test
    void insideALongStepTheWhyTraceIsThatOfTheStraightRun() {
        AppModel m = fresh();
        m.setLevels(POST);
        m.advanceDays(5 * YEAR);
        m.scrubTo(2 * YEAR);
        assertEquals(2 * YEAR, m.why().elapsedDays(), 1e-9);
        AppModel straight = fresh();
        straight.setLevels(POST);
        straight.advanceDays(2 * YEAR);
        assertSameTrace(straight, m);
        // playing on from there with other levels keeps the two years in the record
        m.setLevels(PRE);
        m.advanceDays(YEAR);
        Snapshot shown = m.scrubTo(1.5 * YEAR);
        AppModel straightToo = fresh();
        straightToo.setLevels(POST);
        assertReadoutsEqual(straightToo.advanceDays(1.5 * YEAR).readout(), shown.readout(), "a year and a half");
        assertSameTrace(straightToo, m);
        straight.setLevels(PRE);
        Snapshot want = straight.advanceDays(0.5 * YEAR);
        assertReadoutsEqual(want.readout(), m.scrubTo(2.5 * YEAR).readout(), "half a year after the change");
        assertEquals(PRE, m.scrub().orElseThrow().levelsThen());
    }

    private static void assertSameTrace(AppModel want, AppModel got) {
        Trace a = want.why().trace(Reading.BMD, PRE, want.snapshot());
        Trace b = got.why().trace(Reading.BMD, PRE, got.snapshot());
        assertEquals(a.reference(), b.reference(), 1e-12, "the reference run");
        assertEquals(a.attribution().estradiol(), b.attribution().estradiol(), 1e-12, "estradiol's share");
        assertEquals(a.attribution().progesterone(), b.attribution().progesterone(), 1e-12, "progesterone's share");
    }

    @Test
    void playingOnFromAnEarlierMomentReplacesWhatCameAfterIt() {
        AppModel m = advanced(100, 100, 100, 100);
        m.scrubTo(100);
        Snapshot changed = m.setLevels(POST);
        assertTrue(m.scrub().isEmpty(), "new levels leave the past moment");
        assertEquals(100, changed.elapsedDays(), 0);
        assertEquals(POST, changed.readout().levels());
        m.advanceDays(100);
        m.advanceDays(100);
        Snapshot shown = m.scrubTo(250);
        assertEquals(300, m.scrub().orElseThrow().liveDays(), 0, "now is the new run's end");
        assertEquals(POST, m.scrub().orElseThrow().levelsThen());
        AppModel straight = advanced(100);
        straight.setLevels(POST);
        straight.advanceDays(100);
        assertReadoutsEqual(straight.advanceDays(50).readout(), shown.readout(), "the new run at day 250");
    }

    @Test
    void atAPastMomentTheLevelsInForceThenKeepItOnShow() {
        AppModel m = advanced(100, 100);
        Snapshot then = m.scrubTo(50);
        assertSame(then, m.setLevels(PRE), "the levels of that moment: nothing to change");
        assertTrue(m.scrub().isPresent(), "still looking back");
        assertEquals(50, m.snapshot().elapsedDays(), 0);
        Snapshot stepped = m.advanceDays(10);
        assertTrue(m.scrub().isEmpty(), "a step goes on from the moment");
        assertEquals(60, stepped.elapsedDays(), 1e-9);
        m.scrubTo(150);
        assertTrue(m.scrub().isEmpty(), "the later run is gone: day 150 is past now");
        assertEquals(60, m.snapshot().elapsedDays(), 1e-9);
    }

    @Test
    void aCheckpointIsKeptOnceAQuarterYearHasPassedSinceTheLast() {
        AppModel m = fresh();
        for (int i = 0; i < 30; i++) m.advanceDays(10);
        assertEquals(4, m.checkpoints(), "the start, then days 100, 200 and 300");
        AppModel q = fresh();
        for (int i = 0; i < 4; i++) q.advanceDays(RunRecord.CHECKPOINT_EVERY_DAYS);
        assertEquals(5, q.checkpoints(), "steps of exactly a quarter year: one each");
    }

    @Test
    void theExplorersAnswerStopsTheClockAtTheMomentItSpeaksOf() {
        AppModel m = fresh();
        m.setAskBeforeChanges(true);
        m.setLevels(POST);
        m.play();
        for (int f = 0; f < 100 && !m.explorerPrediction().orElseThrow().revealed(); f++) m.step(0.5);
        Round r = m.explorerPrediction().orElseThrow();
        assertTrue(r.revealed());
        assertFalse(m.simulation().isPlaying(), "paused at the answer");
        assertFalse(m.snapshot().playing());
        assertEquals(Prediction.EXPLORER.days(), m.snapshot().elapsedDays(), 1e-6);
        assertEquals(m.snapshot().readout().bmdGPerCm2(), r.after(), 0);
        assertEquals(2, r.answer(), "without estrogen, density falls");
    }

    @Test
    void aLessonPredictionIsKeptOnlyWhileALessonRuns() {
        AppModel m = fresh();
        Round r = Round.start(Prediction.EXPLORER, m.snapshot());
        m.setLessonPrediction(r);
        assertTrue(m.lesson().isEmpty(), "no lesson: nothing to keep it in");
        assertTrue(m.lessonPrediction().isEmpty());
        m.setLesson(new AppModel.LessonProgress(() -> 3, 1, PRE));
        m.setLessonPrediction(r.choose(0));
        assertEquals(0, m.lessonPrediction().orElseThrow().chosen());
        assertEquals(1, m.lesson().orElseThrow().step(), "the step stays");
    }
}
