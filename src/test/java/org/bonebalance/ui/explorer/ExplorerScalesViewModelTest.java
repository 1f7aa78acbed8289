package org.bonebalance.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.ui.hormones.HormoneScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Slider scales, the preset glide, gauge words and the status line: pure pieces of the view models. */
class ExplorerScalesViewModelTest {
    @BeforeAll
    static void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void estradiolIsLogarithmicTheOthersLinear() {
        HormoneScale e2 = HormoneScale.ESTRADIOL;
        assertEquals(0, e2.positionMin(), 1e-12);
        assertEquals(Math.log10(400), e2.positionMax(), 1e-12);
        assertEquals(100, e2.fromPosition(e2.toPosition(100)), 1e-9);
        assertEquals(0.5, e2.fraction(20), 1e-9, "20 pg/mL is the geometric middle of 1–400");
        assertEquals(0.5, HormoneScale.TESTOSTERONE.fraction(500), 1e-12);
        assertEquals(400, e2.fromPosition(99), 1e-9, "clamped");
        assertEquals(new HormoneLevels(100, 7, 30), HormoneScale.PROGESTERONE.with(HormoneLevels.PREMENOPAUSAL, 7));
        for (HormoneScale h : HormoneScale.values()) {
            assertTrue(h.pageStep() >= 9.9 * h.arrowStep(), h + ": Page Up moves ten arrow steps");
            for (HormoneScale.Tick t : h.ticks()) assertTrue(t.value() > h.min() && t.value() < h.max());
        }
    }

    @Test
    void tweenEasesInLogSpaceAndLandsExactly() {
        PresetTween t = new PresetTween(new HormoneLevels(100, 5, 30), new HormoneLevels(1, 0, 530));
        HormoneLevels mid = t.advance(PresetTween.DURATION_SECONDS / 2);
        assertEquals(10, mid.estradiolPgPerMl(), 1e-9, "half way in log space");
        assertEquals(280, mid.testosteroneNgPerDl(), 1e-9);
        assertEquals(new HormoneLevels(1, 0, 530), t.advance(10));
        assertTrue(t.done());
    }

    @Test
    void gaugeWordsCarryTheMeaning() {
        GaugeReadings low = new GaugeReadings(2, 1.8, 6.9, true, 96, 0.85, BmdScale.tScore(0.85),
                BmdScale.Band.of(BmdScale.tScore(0.85)), 2.5);
        assertEquals("Resorption on", low.switchText());
        assertEquals("Resorption ahead of formation", low.balanceText());
        assertEquals("T-score -2.0: Low bone mass", low.bmdText());
        assertEquals("2.5 × the starting risk, from density", low.fractureText());
        GaugeReadings ok = new GaugeReadings(1, 1, 1, false, 100, 1.06, 0, BmdScale.Band.NORMAL, 1);
        assertEquals("Resorption held back", ok.switchText());
        assertEquals("In balance", ok.balanceText());
        assertEquals("2.00 × usual", GaugeReadings.times(2));
    }

    @Test
    void seesawTipsTowardsRanklOnlyPastTheSwitchPoint() {
        assertTrue(Seesaw.tiltFor(1) < 0, "usual levels: OPG side down");
        assertEquals(Seesaw.SNAP_DEGREES, Seesaw.tiltFor(GaugeReadings.SWITCH_ON_RATIO), 1e-12, "at the switch point: on");
        assertTrue(Seesaw.tiltFor(1.4) <= -Seesaw.SNAP_DEGREES, "just below: clearly held back");
        assertTrue(Seesaw.tiltFor(6.9) > 10);
        assertEquals(Seesaw.MAX_TILT_DEGREES, Seesaw.tiltFor(1e6), 1e-12);
    }

    @Test
    void spanishStatusReadsNaturally() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        try {
            var r = new org.bonebalance.sim.Simulation();
            r.setLevels(HormoneLevels.POSTMENOPAUSAL);
            var readout = r.snapshot().readout();
            String s = StatusLine.text(StatusLine.describe(readout, -1.234));
            // the fold is the model's, written as the app writes numbers (a decimal comma in Spanish)
            String fold = Messages.number(readout.ranklRel(), 1);
            assertTrue(fold.contains(","), fold);
            assertTrue(s.startsWith("Sin bastante estrógeno, el RANKL está a " + fold + " veces"), s);
            assertTrue(s.contains("baja cerca de un 1,2 % al año"), s);
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }
}
