package org.bonebalance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** MODEL.md §5 outputs: BMD, T-score, WHO bands, relative fracture risk. */
class BmdScaleTest {
    @Test
    void referenceMineralGivesBmdRelOne() {
        assertEquals(1.0, BmdScale.bmdRel(SteadyState.MINERAL_REF), 1e-15);
        assertEquals(1 - CoreParameters.F_ACTIVE, BmdScale.bmdRel(0), 1e-15);
    }

    @Test
    void tScoreUsesNhanesYoungWomen() {
        assertEquals(0, BmdScale.tScore(1.064), 1e-12);
        assertEquals(-1, BmdScale.tScore(1.064 - 0.106), 1e-12);
        assertEquals(-2.5, BmdScale.tScore(BmdScale.bmdForTScore(-2.5)), 1e-12);
    }

    @Test
    void whoBandsHaveTheirBoundaries() {
        assertEquals(BmdScale.Band.NORMAL, BmdScale.Band.of(-1));
        assertEquals(BmdScale.Band.LOW_BONE_MASS, BmdScale.Band.of(-1.01));
        assertEquals(BmdScale.Band.LOW_BONE_MASS, BmdScale.Band.of(-2.49));
        assertEquals(BmdScale.Band.OSTEOPOROSIS, BmdScale.Band.of(-2.5));
    }

    @Test
    void fractureRiskRisesByTheGradientPerSdLost() {
        double base = 1.0;
        assertEquals(2.3, BmdScale.relativeRisk(base - 0.106, base, BmdScale.GRADIENT_VERTEBRAL), 1e-12);
        assertEquals(1.5, BmdScale.relativeRisk(base - 0.106, base, BmdScale.GRADIENT_ANY), 1e-12);
        assertEquals(1.0, BmdScale.relativeRisk(base, base, BmdScale.GRADIENT_VERTEBRAL), 0);
    }
}
