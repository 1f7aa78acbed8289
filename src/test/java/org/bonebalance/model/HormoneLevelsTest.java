package org.bonebalance.model;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The accepted ranges (inclusive), the messages, aromatization and the blend of the menopausal transition. */
class HormoneLevelsTest {
    @Test
    void rangesAreInclusiveAndTheMessageSaysWhichAndWhy() {
        assertDoesNotThrow(() -> new HormoneLevels(0, 0, 0));
        assertDoesNotThrow(() -> new HormoneLevels(5000, 100, 2000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(5000.5, 1, 1));
        assertEquals("estradiol must be between 0 and 5000, not 5000.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(1, 101, 1));
        assertEquals("progesterone must be between 0 and 100, not 101", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(1, 1, -3));
        assertEquals("testosterone must be between 0 and 2000, not -3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(Double.NaN, 1, 1));
        assertEquals("estradiol must be between 0 and 5000, not NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(1e300, 1, 1));
        assertEquals("estradiol must be between 0 and 5000, not 1.0E300", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(Math.nextUp(5000.0), 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(1, Math.nextDown(0.0), 1));
    }

    @Test
    void aMansEstradiolIsAromatizedTestosterone() {
        // the measured law of docs/model.md §4: through the young man (T 550 ng/dL, E2 25 pg/mL) and the
        // Testosterone Trials' baseline (T about 234 ng/dL, E2 about 21 pg/mL; Snyder 2016)
        assertEquals(25.0, HormoneLevels.aromatizedEstradiol(550), 1e-12);
        assertEquals(21.0, HormoneLevels.aromatizedEstradiol(234), 0.3);
        assertEquals(25.0 * Math.pow(2, HormoneLevels.AROMATIZATION_EXPONENT), HormoneLevels.aromatizedEstradiol(1100), 1e-12);
        assertTrue(HormoneLevels.aromatizedEstradiol(100) < HormoneLevels.aromatizedEstradiol(101));
        HormoneLevels m = HormoneLevels.maleFromTestosterone(0.3, 550);
        assertEquals(new HormoneLevels(25.0, 0.3, 550), m);
    }

    @Test
    void oneLevelChangesAtATime() {
        HormoneLevels l = new HormoneLevels(50, 2, 40);
        assertEquals(new HormoneLevels(7, 2, 40), l.withEstradiol(7));
        assertEquals(new HormoneLevels(50, 9, 40), l.withProgesterone(9));
        assertEquals(new HormoneLevels(50, 2, 11), l.withTestosterone(11));
    }

    @Test
    void theTransitionBlendsLinearly() {
        HormoneLevels pre = HormoneLevels.PREMENOPAUSAL, post = HormoneLevels.POSTMENOPAUSAL;
        assertEquals(pre, pre.blend(post, 0));
        assertEquals(post, pre.blend(post, 1));
        HormoneLevels quarter = pre.blend(post, 0.25);
        assertEquals(100 * 0.75 + 5 * 0.25, quarter.estradiolPgPerMl(), 1e-12);
        assertEquals(5 * 0.75 + 0.3 * 0.25, quarter.progesteroneNgPerMl(), 1e-12);
        assertEquals(30 * 0.75 + 20 * 0.25, quarter.testosteroneNgPerDl(), 1e-12);
    }
}
