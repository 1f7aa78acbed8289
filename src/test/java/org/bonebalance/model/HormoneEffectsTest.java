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
    void postmenopausalDeficiencyAndItsEffects() {
        HormoneEffects.Layer l = HormoneEffects.CALIBRATED;
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        double d = h.estrogenDeficiency();
        assertEquals(0.69, d, 0.005);
        assertEquals(l.ranklPerDeficiency() * d, h.ranklProductionE(), 1e-9);
        assertEquals(1 - 0.2 * d, h.opg(), 1e-12);
        assertEquals(1 + l.obGenesisPerDeficiency() * d, h.obGenesis(), 1e-12);
        // T 20 is below the reference 30: the androgen activity is negative, so osteoblasts live a little shorter
        assertEquals((1 + l.obApoptosisPerDeficiency() * d) * (1 - l.androgenPerActivity() * h.androgenActivity()),
                h.obApoptosis(), 1e-12);
    }

    @Test
    void progesteroneDoesNothingWithoutEstrogen() {
        // Liu 2005; Prior 2010: progesterone alone does not protect bone
        for (double e2 : new double[] {0, 2, 5}) {
            HormoneEffects low = HormoneEffects.of(new HormoneLevels(e2, 0.3, 20));
            HormoneEffects high = HormoneEffects.of(new HormoneLevels(e2, 20, 20));
            assertEquals(low.kForm(), high.kForm(), 0, "E2 " + e2);
            assertEquals(0, low.progesteroneActivity(), 0);
        }
        // with estrogen, estradiol alone forms less per osteoblast than estradiol with progesterone (Prior 2017)
        assertTrue(HormoneEffects.of(new HormoneLevels(40, 0.3, 20)).kForm()
                < HormoneEffects.of(new HormoneLevels(40, 5, 20)).kForm());
    }

    @Test
    void estrogenResponseIsHalfMaximalAtItsEc50() {
        assertEquals(0.5, HormoneEffects.estrogenResponse(HormoneEffects.CALIBRATED.e2Ec50()), 1e-12);
    }

    @Test
    void aromatizationPassesThroughTheYoungManAndTheOlderMenOfTheTestosteroneTrials() {
        assertEquals(25, HormoneLevels.maleFromTestosterone(0.3, 550).estradiolPgPerMl(), 1e-9);
        assertEquals(21, HormoneLevels.maleFromTestosterone(0.3, 234).estradiolPgPerMl(), 1e-9);
        assertEquals(0, HormoneLevels.aromatizedEstradiol(0), 0);
    }

    @Test
    void surgeryRemovesTheOvariesTestosterone() {
        assertEquals(HormoneLevels.POSTMENOPAUSAL.testosteroneNgPerDl() / 2,
                HormoneLevels.POSTMENOPAUSAL_SURGICAL.testosteroneNgPerDl(), 0);
    }

    @Test
    void pthRisesWithAgeFromFiftyInQuarterYearSteps() {
        HormoneLevels l = HormoneLevels.PREMENOPAUSAL;
        assertEquals(HormoneEffects.REFERENCE, HormoneEffects.of(l, 30));
        assertEquals(HormoneEffects.REFERENCE, HormoneEffects.of(l, 50.2));
        assertEquals(1 + HormoneEffects.CALIBRATED.pthPerDecade(), HormoneEffects.of(l, 60.1).pthRel(), 1e-12);
        assertEquals(HormoneEffects.of(l, 60.0), HormoneEffects.of(l, 60.24));
        assertTrue(HormoneEffects.of(l, 60.25).pthRel() > HormoneEffects.of(l, 60.24).pthRel());
        assertEquals(60.25, HormoneEffects.nextPthChange(60.1), 1e-12);
        assertEquals(50.25, HormoneEffects.nextPthChange(20), 1e-12);
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
