package org.bonebalance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The readout carries the hormone effects it was computed with, and derives what follows from its parts. */
class ReadoutTest {
    private static Readout postmenopausal() {
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        double[] y = SteadyState.solve(h);
        return Readout.of(60, y, h, BmdScale.DEFAULT_BASELINE_G_PER_CM2, BmdScale.DEFAULT_BASELINE_G_PER_CM2);
    }

    @Test
    void carriesTheEffectsItWasComputedWith() {
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        Readout r = Readout.of(60, SteadyState.solve(h), h, 1.0, 1.0);
        assertSame(h, r.effects(), "passed through, not recomputed");
        assertEquals(HormoneLevels.POSTMENOPAUSAL, r.levels());
    }

    @Test
    void theRatioAndTheResorptionMarkerFollowFromTheOtherParts() {
        Readout r = postmenopausal();
        assertEquals(r.ranklRel() / r.opgRel(), r.ranklOpgRatioRel(), 0);
        assertEquals(r.ocaRel(), r.ctxRel(), 0);
        // and the ratio is still (RANKL/OPG) over the reference ratio, within rounding
        BoneModel.Signals s = BoneModel.signals(SteadyState.solve(r.effects()), r.effects());
        BoneModel.Signals ref = SteadyState.REFERENCE_SIGNALS;
        assertEquals((s.ranklPm() / s.opgPm()) / (ref.ranklPm() / ref.opgPm()), r.ranklOpgRatioRel(), 1e-12);
        assertEquals(1.0, Readout.of(30, SteadyState.REFERENCE, HormoneEffects.REFERENCE, 1, 1).ranklOpgRatioRel(), 1e-9);
    }
}
