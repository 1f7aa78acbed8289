package org.bonebalance.ui.animation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** A hidden animation screen draws nothing, and draws the latest frame once when shown again. */
class RenderGateTest {
    @Test
    void drawsOnlyWhileShowingAndCatchesUpWhenShown() {
        Simulation sim = new Simulation();
        List<Snapshot> drawn = new ArrayList<>();
        RenderGate gate = new RenderGate(sim::snapshot, drawn::add);
        gate.frame(sim.advanceDays(10));
        assertEquals(1, drawn.size(), "shown by default");
        gate.setShowing(false);
        gate.frame(sim.advanceDays(10));
        gate.frame(sim.advanceDays(10));
        assertEquals(1, drawn.size(), "hidden: no drawing");
        gate.setShowing(true);
        assertEquals(2, drawn.size(), "shown again: one catch-up frame");
        assertSame(sim.snapshot(), drawn.get(1));
        gate.setShowing(true);
        assertEquals(2, drawn.size(), "already showing: nothing redrawn");
    }
}
