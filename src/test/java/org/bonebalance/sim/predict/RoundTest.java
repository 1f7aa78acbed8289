package org.bonebalance.sim.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.why.Moment;
import org.bonebalance.sim.why.Reading;
import org.junit.jupiter.api.Test;

/** A round's choice, hands and tally keep to the choices there are; its answer and change are the model's. */
class RoundTest {
    private static final Prediction FALL_STAY_RISE = new Prediction(Reading.BMD, 1, List.of(
            Prediction.Range.below(-1), Prediction.Range.between(-1, 1), Prediction.Range.above(1)));

    private static Round asked() {
        return Round.start(FALL_STAY_RISE, new Simulation().snapshot());
    }

    @Test
    void onlyAChoiceThereIsCanBeMade() {
        Round r = asked();
        assertEquals(-1, r.chosen(), "nothing chosen yet");
        assertEquals(0, r.choose(0).chosen(), "the first choice");
        assertEquals(2, r.choose(2).chosen(), "the last choice");
        assertSame(r, r.choose(3), "no fourth choice");
        assertSame(r, r.choose(-1));
    }

    @Test
    void handsAreCountedPerChoiceThereIs() {
        Round r = asked().hand(0, 1).hand(2, 1).hand(2, 1);
        assertEquals(List.of(1, 0, 2), r.hands());
        assertEquals(3, r.totalHands());
        assertSame(r, r.hand(3, 1), "no fourth choice to count");
        assertSame(r, r.hand(-1, 1));
        Round full = r;
        for (int i = 0; i < Round.MAX_HANDS + 5; i++) full = full.hand(1, 1);
        assertEquals(Round.MAX_HANDS, full.hands().get(1), "a hall holds at most this many");
        Round open = r.withTallyOpen(true);
        assertTrue(open.tallyOpen());
        assertEquals(r.hands(), open.hands(), "opening the tally keeps the count");
        assertFalse(open.withTallyOpen(false).tallyOpen());
        assertThrows(IllegalArgumentException.class, () -> new Round(FALL_STAY_RISE, 0, 1, -1, List.of(0, 0), false, Double.NaN));
    }

    @Test
    void theChangeAndTheAnswerAreTheModelsAndStayOnceRevealed() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        Round r = Round.start(FALL_STAY_RISE, sim.snapshot());
        assertEquals(-1, r.answer(), "no answer before the year has passed");
        assertTrue(Double.isNaN(r.changePct()));
        Snapshot end = sim.advanceDays(FALL_STAY_RISE.days());
        Round revealed = r.observe(end);
        double want = 100 * (end.readout().bmdGPerCm2() - r.before()) / r.before();
        assertEquals(want, revealed.changePct(), 1e-12);
        assertTrue(revealed.changePct() < -1, "density falls by more than 1 % in a year without estrogen: " + want);
        assertSame(revealed, revealed.observe(sim.advanceDays(400)), "later moments do not change an answer");
        assertSame(revealed, revealed.observe(sim.reset()), "nor does a reset");
        assertEquals(0, revealed.daysLeft(end), 0);
    }

    @Test
    void aChangeAtTheMomentOfAskingDoesNotAskAgain() {
        Simulation sim = new Simulation();
        Prediction ratio = new Prediction(Reading.RANKL_OPG, 1, FALL_STAY_RISE.choices());
        Round r = Round.start(ratio, sim.snapshot());
        Snapshot changed = sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertTrue(Prediction.value(Reading.RANKL_OPG, changed.readout()) > r.before(), "the ratio moved at once");
        assertSame(r, r.observe(changed), "the same moment: the question and its starting value stand");
    }

    @Test
    void aPredictionReadsEachReadingAsTheWhyTraceShowsIt() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        Readout r = sim.advanceDays(300).readout();
        Moment m = new Moment(r, 0);
        for (Reading reading : Reading.values()) {
            assertEquals(m.value(reading.quantity()), Prediction.value(reading, r), 0, reading.id());
        }
        assertEquals(100 * r.formationOverResorption(), Prediction.value(Reading.BALANCE, r), 0, "balance in %");
    }

    @Test
    void aRangeMustEndAboveItsStartAndAGapIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> Prediction.Range.between(1, 1));
        assertTrue(Prediction.Range.between(1, 1.5).contains(1));
        assertFalse(Prediction.Range.between(1, 1.5).contains(1.5));
        String nothingBelow = Prediction.gapIn(List.of(Prediction.Range.between(0, 1), Prediction.Range.above(1)));
        assertTrue(nothingBelow.contains("below 0.0"), nothingBelow);
        String gap = Prediction.gapIn(List.of(Prediction.Range.below(0), Prediction.Range.above(2)));
        assertTrue(gap.contains("2.0") && gap.contains("0.0"), gap);
        String nothingAbove = Prediction.gapIn(List.of(Prediction.Range.below(0), Prediction.Range.between(0, 3)));
        assertTrue(nothingAbove.contains("from 3.0"), nothingAbove);
    }

    @Test
    void aChangeThatCannotBeMeasuredHasNoAnswer() {
        assertThrows(IllegalStateException.class, () -> FALL_STAY_RISE.answerFor(0, 0), "0 before: no percentage");
    }
}
