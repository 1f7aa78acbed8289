package org.bonebalance.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.junit.jupiter.api.Test;

/** The one application model: one step moves every part, with the real time step clamped once. */
class AppModelTest {
    @Test
    void aStalledFrameMovesTheModelByHalfASecondAtMost() {
        AppModel m = new AppModel(new Simulation());
        m.play();
        Snapshot s = m.step(10);
        assertEquals(Simulation.MAX_DT_SECONDS * Speed.YEAR.daysPerSecond(), s.elapsedDays(), 1e-9);
        assertEquals(s.elapsedDays(), m.site().elapsedDays(), 1e-9, "the site moved by the same simulated days");
        assertEquals(Simulation.MAX_DT_SECONDS, m.switchField().time(), 1e-9, "the switch by the same real seconds");
        assertEquals(0, AppModel.clampDt(-1), 0);
    }

    @Test
    void everyPartFollowsTheSimulationAndStartsAgainOnReset() {
        AppModel m = new AppModel(new Simulation());
        m.setSpeed(Speed.MONTH);
        m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        m.play();
        for (int i = 0; i < 600; i++) m.step(1 / 60.0);
        assertTrue(m.site().elapsedDays() > 300, "the site moved with the clock: " + m.site().elapsedDays());
        assertTrue(m.switchCounts().ranklFree() > SwitchCounts.RANKL_AT_REFERENCE, "the counts follow the levels");
        assertTrue(m.switchField().fusions() > 0, "the field moved");
        assertSame(m.snapshot(), m.simulation().snapshot());
        m.reset();
        assertEquals(0, m.site().elapsedDays(), 0);
        assertEquals(BmuPhase.ACTIVATION, m.site().phase());
        assertEquals(0, m.switchField().time(), 0);
        assertEquals(0, m.switchField().fusions());
    }

    @Test
    void pausedFramesMoveNothing() {
        AppModel m = new AppModel(new Simulation());
        for (int i = 0; i < 60; i++) m.step(1 / 60.0);
        assertEquals(0, m.snapshot().elapsedDays(), 0);
        assertEquals(0, m.site().elapsedDays(), 0);
        assertEquals(0, m.switchField().time(), 0);
        m.advanceDays(30); // the Step button: one month, playing or not
        assertEquals(30, m.site().elapsedDays(), 1e-9);
    }

    @Test
    void theConsultationIsMadeOnFirstUseAndKept() {
        AppModel m = new AppModel(new Simulation());
        assertTrue(m.existingConsultation().isEmpty());
        assertSame(m.consultation(), m.consultation());
        assertTrue(m.lesson().isEmpty());
    }
}
