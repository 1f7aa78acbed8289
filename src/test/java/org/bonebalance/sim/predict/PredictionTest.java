package org.bonebalance.sim.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.sim.why.Reading;
import org.junit.jupiter.api.Test;

class PredictionTest {
    private static final Prediction FALL_STAY_RISE = new Prediction(Reading.BMD, 2, List.of(
            Prediction.Range.below(-1), Prediction.Range.between(-1, 1), Prediction.Range.above(1)));

    @Test
    void theChoiceWhoseRangeHoldsTheChangeIsTheAnswer() {
        assertEquals(0, FALL_STAY_RISE.answerFor(1.0, 0.95));
        assertEquals(1, FALL_STAY_RISE.answerFor(100, 99), "-1 % is the start of 'stay', included");
        assertEquals(1, FALL_STAY_RISE.answerFor(1.0, 1.0));
        assertEquals(2, FALL_STAY_RISE.answerFor(100, 101), "1 % starts 'rise'");
        assertEquals(-5, Prediction.changePct(2, 1.9), 1e-12);
    }

    @Test
    void rangesMustCoverEveryChangeOnce() {
        assertNull(Prediction.gapIn(FALL_STAY_RISE.choices()));
        assertNotNull(Prediction.gapIn(List.of(Prediction.Range.below(0), Prediction.Range.above(1))), "a gap");
        assertNotNull(Prediction.gapIn(List.of(Prediction.Range.below(1), Prediction.Range.above(0))), "an overlap");
        assertNotNull(Prediction.gapIn(List.of(Prediction.Range.between(0, 1), Prediction.Range.above(1))), "nothing below");
        assertThrows(IllegalArgumentException.class, () -> new Prediction(Reading.BMD, 1,
                List.of(Prediction.Range.below(0), Prediction.Range.below(0))));
        assertThrows(IllegalArgumentException.class, () -> new Prediction(Reading.BMD, 0, FALL_STAY_RISE.choices()));
    }

    @Test
    void aRoundIsAnsweredByWhatTheModelDoesOnceTheYearsHavePassed() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        Round r = Round.start(FALL_STAY_RISE, sim.snapshot()).choose(2).hand(0, 3).hand(0, -1).hand(1, -1);
        assertEquals(List.of(2, 0, 0), r.hands(), "no count below zero");
        assertEquals(2, r.chosen());
        r = r.observe(sim.advanceDays(365));
        assertFalse(r.revealed(), "one year of two");
        assertEquals(365.5, r.daysLeft(sim.snapshot()), 1e-9);
        Snapshot end = sim.advanceDays(365.5);
        r = r.observe(end);
        assertTrue(r.revealed());
        assertEquals(end.readout().bmdGPerCm2(), r.after());
        assertEquals(0, r.answer(), "without estrogen, density falls");
        assertEquals(0, FALL_STAY_RISE.answerFor(r.before(), r.after()));
        assertEquals(2, r.choose(0).chosen(), "the choice is not changed after the answer");
        assertEquals(List.of(3, 0, 0), r.hand(0, 1).hands(), "hands can still be counted");
    }

    @Test
    void aResetAsksTheQuestionAgainFromThere() {
        Simulation sim = new Simulation();
        sim.advanceDays(400);
        Round r = Round.start(FALL_STAY_RISE, sim.snapshot()).choose(1);
        r = r.observe(sim.reset());
        assertEquals(0, r.startDays());
        assertEquals(1, r.chosen());
        assertFalse(r.revealed());
    }

    @Test
    void theAppModelStopsTheClockWhereTheAnswerSpeaksOf() {
        AppModel m = new AppModel(new Simulation());
        m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        m.setLesson(new AppModel.LessonProgress(() -> 1, 0, HormoneLevels.PREMENOPAUSAL,
                Round.start(Prediction.EXPLORER, m.snapshot())));
        m.play();
        Snapshot s = m.snapshot();
        for (int frame = 0; frame < 100 && m.lessonPrediction().map(x -> !x.revealed()).orElse(false); frame++) s = m.step(0.5);
        Round r = m.lessonPrediction().orElseThrow();
        assertTrue(r.revealed());
        assertFalse(s.playing(), "paused at the answer");
        assertFalse(m.simulation().isPlaying());
        assertEquals(Prediction.value(Reading.BMD, s.readout()), r.after());
        assertEquals(2, r.answer(), "density falls (the explorer's third choice)");
    }

    @Test
    void theExplorerAsksAfterAChangeOnlyWhenSwitchedOnAndNoLessonQuestionIsOpen() {
        AppModel m = new AppModel(new Simulation());
        m.play();
        m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertTrue(m.explorerPrediction().isEmpty(), "off by default");
        assertTrue(m.simulation().isPlaying());
        m.setAskBeforeChanges(true);
        m.setLevels(HormoneLevels.PREMENOPAUSAL);
        Round r = m.explorerPrediction().orElseThrow();
        assertFalse(m.simulation().isPlaying(), "the change waits for the prediction");
        assertEquals(m.snapshot().readout().bmdGPerCm2(), r.before());
        m.setLevels(HormoneLevels.PREMENOPAUSAL);
        assertEquals(r, m.explorerPrediction().orElseThrow(), "the same levels are no change");
        m.setLesson(new AppModel.LessonProgress(() -> 1, 0, HormoneLevels.PREMENOPAUSAL,
                Round.start(FALL_STAY_RISE, m.snapshot())));
        assertTrue(m.explorerPrediction().isEmpty(), "a lesson question puts the explorer's away");
        m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertTrue(m.explorerPrediction().isEmpty(), "and none is asked while it is open");
        m.setLesson(null);
        m.setLevels(HormoneLevels.PREMENOPAUSAL);
        assertTrue(m.explorerPrediction().isPresent());
        m.setAskBeforeChanges(false);
        assertTrue(m.explorerPrediction().isEmpty(), "switched off: put away");
    }
}
