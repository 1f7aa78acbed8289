package org.bonebalance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** MODEL.md §4: the sex-steroid layer at its anchor points. */
class HormoneEffectsTest {
    @Test
    void referenceLevelsLeaveEveryMultiplierAtOne() {
        HormoneEffects h = HormoneEffects.REFERENCE;
        assertEquals(0, h.estrogenDeficiency(), 1e-15);
        assertEquals(0, h.progesteroneActivity(), 1e-15);
        assertEquals(0, h.androgenActivity(), 1e-15);
        assertEquals(0, h.ranklProductionE(), 0);
        for (double m : new double[] {h.opg(), h.ocApoptosis(), h.obApoptosis(), h.obGenesis(), h.kForm()}) {
            assertEquals(1, m, 1e-15);
        }
    }

    @Test
    void postmenopausalDeficiencyIsAbout078() {
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        assertEquals(0.78, h.estrogenDeficiency(), 0.005);
        assertEquals(860.03 * h.estrogenDeficiency(), h.ranklProductionE(), 1e-9);
        assertEquals(1 - 0.2 * h.estrogenDeficiency(), h.opg(), 1e-12);
        assertEquals(1 + 0.1557 * h.estrogenDeficiency(), h.obGenesis(), 1e-12);
    }

    @Test
    void estrogenResponseHasItsEc50At12() {
        assertEquals(0.5, HormoneEffects.estrogenResponse(12), 1e-12);
    }

    @Test
    void aromatizationGivesE2From550NgPerDlTestosterone() {
        assertEquals(27.5, HormoneLevels.maleFromTestosterone(0.3, 550).estradiolPgPerMl(), 1e-12);
    }

    @Test
    void levelsOutsideThePhysicalRangeAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(5001, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(0, 101, 0));
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(0, 0, 2001));
        assertThrows(IllegalArgumentException.class, () -> new HormoneLevels(Double.NaN, 0, 0));
    }

    @Test
    void multipliersStayAboveTheirFloorAtExtremes() {
        for (HormoneLevels l : new HormoneLevels[] {new HormoneLevels(0, 0, 0), new HormoneLevels(5000, 100, 2000)}) {
            HormoneEffects h = HormoneEffects.of(l);
            for (double m : new double[] {h.opg(), h.ocApoptosis(), h.obApoptosis(), h.obGenesis(), h.kForm()}) {
                assertTrue(m >= 0.05 && Double.isFinite(m), l + " -> " + h);
            }
        }
    }
}
