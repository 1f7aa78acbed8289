package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import org.bonebalance.sim.Regimen;
import org.junit.jupiter.api.Test;

class IconArrayTest {

    @Test
    void statedHazardRatiosAreTheTrialValues() {
        assertEquals(0.76, TrialEffect.of(Regimen.EP).hrAllFractures());
        assertEquals(0.66, TrialEffect.of(Regimen.EP).hrHip());
        assertEquals(0.70, TrialEffect.of(Regimen.E).hrAllFractures());
        assertEquals(0.61, TrialEffect.of(Regimen.E).hrHip());
        assertTrue(TrialEffect.of(Regimen.EPT).extrapolated());
    }

    @Test
    void treatedProbabilityAppliesExactlyTheStatedHazardRatio() {
        for (TrialEffect e : new TrialEffect[]{TrialEffect.ESTROGEN_ALONE, TrialEffect.ESTROGEN_PROGESTOGEN}) {
            for (boolean hip : new boolean[]{false, true}) {
                for (double p : new double[]{1, 5, 12, 20, 37.5, 60}) {
                    IconArray.Pair pair = IconArray.pair(p, e, hip);
                    double hr = hip ? e.hrHip() : e.hrAllFractures();
                    // cumulative hazards: H = -ln(1 - p); their ratio is the hazard ratio
                    double ratio = Math.log(1 - pair.withPct() / 100) / Math.log(1 - p / 100);
                    assertEquals(hr, ratio, 1e-12, e.regimen() + " hip=" + hip + " p=" + p);
                    assertEquals(p, pair.withoutPct());
                }
            }
        }
        assertEquals(15.60, IconArray.withHazardRatio(20, 0.76), 0.005);
    }

    @Test
    void iconsAreRoundedHalfUp() {
        assertEquals(13, IconArray.marked(12.5));
        assertEquals(12, IconArray.marked(12.49));
        assertEquals(0, IconArray.marked(0.4));
        assertEquals(1, IconArray.marked(0.5));
        assertEquals(90, IconArray.marked(90));
        IconArray.Pair p = IconArray.pair(20, TrialEffect.ESTROGEN_PROGESTOGEN, false);
        assertEquals(20, p.markedWithout());
        assertEquals(16, p.markedWith());
    }
}
