package org.bonebalance.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.junit.jupiter.api.Test;

/**
 * The record of a run: which checkpoint a moment is rebuilt from, and what going on from an earlier moment or
 * starting again forgets.
 */
class RunRecordTest {
    private final Simulation sim = new Simulation();
    private final RemodelingSite site = new RemodelingSite();
    private final SwitchField field = new SwitchField();
    private final SwitchCounts counts = SwitchCounts.of(sim.snapshot().readout());

    /** A record of four steps of 50 days: checkpoints at the start, after two steps (day 100) and after four. */
    private RunRecord fourSteps() {
        RunRecord r = new RunRecord();
        r.start(sim.state(), site, field, counts);
        for (int i = 1; i <= 4; i++) {
            sim.advanceDays(50);
            r.add(new RunRecord.Entry(50, Speed.YEAR, HormoneLevels.PREMENOPAUSAL, 50 * i));
            r.maybeCheckpoint(sim.state(), site, field, counts);
        }
        return r;
    }

    @Test
    void aMomentIsRebuiltFromTheLastCheckpointAtOrBeforeIt() {
        RunRecord r = fourSteps();
        assertEquals(3, r.checkpoints());
        assertEquals(0, r.checkpointAtOrBefore(0).entries());
        assertEquals(0, r.checkpointAtOrBefore(99).entries());
        assertEquals(2, r.checkpointAtOrBefore(100).entries(), "a checkpoint's own day is rebuilt from it");
        assertEquals(2, r.checkpointAtOrBefore(100 - 1e-9).entries(), "and a rounding error before it too");
        assertEquals(100, r.checkpointAtOrBefore(150).sim().elapsedDays(), 0);
        assertEquals(4, r.checkpointAtOrBefore(1e6).entries());
    }

    @Test
    void goingOnFromAnEarlierMomentForgetsTheStepsAndCheckpointsAfterIt() {
        RunRecord r = fourSteps();
        r.truncate(2);
        assertEquals(2, r.size());
        assertEquals(2, r.checkpoints(), "the checkpoint after exactly those two steps still holds");
        assertEquals(2, r.checkpointAtOrBefore(1e6).entries());
        assertEquals(100, r.get(1).endDays(), 0);
        r.truncate(1);
        assertEquals(1, r.size());
        assertEquals(1, r.checkpoints());
    }

    @Test
    void startingAgainForgetsEverything() {
        RunRecord r = fourSteps();
        Simulation other = new Simulation();
        r.start(other.state(), site, field, counts);
        assertEquals(0, r.size());
        assertEquals(1, r.checkpoints());
        assertNull(r.lastLevels());
        assertEquals(0, r.checkpointAtOrBefore(1e6).sim().elapsedDays(), 0);
    }
}
