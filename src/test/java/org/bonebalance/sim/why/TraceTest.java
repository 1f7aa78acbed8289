package org.bonebalance.sim.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The causal trace: its numbers are the model's, and the hormones' shares add up to the change. */
class TraceTest {
    private static final HormoneLevels POST = HormoneLevels.POSTMENOPAUSAL;

    /** The model's own readout after holding levels from a sex's reference steady state (independent path). */
    private static Readout held(Scenario.Sex sex, HormoneLevels levels, double years) {
        HormoneLevels ref = sex == Scenario.Sex.MALE ? HormoneLevels.YOUNG_MALE : HormoneLevels.PREMENOPAUSAL;
        double[] y0 = SteadyState.solve(HormoneEffects.of(ref));
        List<Readout> rows = Forecast.project(y0, 45, years, HormoneSchedule.constant(levels), 30,
                BmdScale.DEFAULT_BASELINE_G_PER_CM2, Double.NaN);
        return rows.get(rows.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Reading.class)
    void theChainIsTheModelsReadoutNowAndAtTheReference(Reading reading) {
        Trace t = HeldLevels.trace(reading, Scenario.Sex.FEMALE, POST, 5);
        Readout now = held(Scenario.Sex.FEMALE, POST, 5);
        Readout ref = held(Scenario.Sex.FEMALE, HormoneLevels.PREMENOPAUSAL, 5);
        for (Trace.Link l : t.chain()) {
            double expectedNow = switch (l.quantity()) {
                case ESTRADIOL -> 5;
                case PROGESTERONE -> 0.3;
                case TESTOSTERONE -> 20;
                case RANKL -> now.ranklRel();
                case OPG -> now.opgRel();
                case RANKL_OPG -> now.ranklRel() / now.opgRel();
                case RANKL_RANK -> now.ranklRankRel();
                case OSTEOCLASTS -> now.ocaRel();
                case OSTEOBLAST_PRECURSORS -> now.obpRel();
                case OSTEOBLASTS -> now.obaRel();
                case BALANCE -> 100 * now.formationOverResorption();
                case BMD_RATE -> l.value(); // checked on its own below
                case BMD -> now.bmdGPerCm2();
                case T_SCORE -> (now.bmdGPerCm2() - 1.064) / 0.106;
            };
            assertEquals(expectedNow, l.value(), 1e-9 * Math.max(1, Math.abs(expectedNow)), l.quantity().id());
        }
        // at the reference every relative quantity is 1 and the balance 100 %
        for (Trace.Link l : t.chain()) {
            if (l.unit().equals("rel")) assertEquals(1.0, l.reference(), 1e-6, l.quantity().id());
        }
        assertEquals(ref.bmdGPerCm2(), t.chain().stream().filter(l -> l.quantity() == Quantity.BMD)
                .mapToDouble(Trace.Link::reference).findFirst().orElse(ref.bmdGPerCm2()), 1e-9);
        assertEquals(t.value() - t.reference(), t.change(), 1e-15);
    }

    @Test
    void chainsRunFromTheHormonesToTheReading() {
        assertEquals(List.of(Quantity.ESTRADIOL, Quantity.PROGESTERONE, Quantity.TESTOSTERONE, Quantity.RANKL,
                Quantity.OPG, Quantity.RANKL_OPG), Reading.RANKL_OPG.chain());
        assertEquals(Quantity.OSTEOCLASTS, last(Reading.OSTEOCLASTS.chain()));
        assertEquals(Quantity.OSTEOBLASTS, last(Reading.OSTEOBLASTS.chain()));
        assertEquals(Quantity.BALANCE, last(Reading.BALANCE.chain()));
        assertEquals(List.of(Quantity.BMD_RATE, Quantity.BMD, Quantity.T_SCORE),
                Reading.BMD.chain().subList(Reading.BMD.chain().size() - 3, Reading.BMD.chain().size()));
        for (Reading r : Reading.values()) {
            assertEquals(r.quantity() == Quantity.BMD ? Quantity.T_SCORE : r.quantity(), last(r.chain()));
            assertEquals(r, Reading.byId(r.id()).orElseThrow());
        }
        assertTrue(Reading.byId("calcium").isEmpty());
    }

    private static Quantity last(List<Quantity> q) {
        return q.get(q.size() - 1);
    }

    @Test
    void theYearlyRateIsTheChangeOverTheLastYear() {
        Readout end = held(Scenario.Sex.FEMALE, POST, 5);
        Readout yearBefore = held(Scenario.Sex.FEMALE, POST, 4 + 0.25 / 365.25); // 1826 − 365 days
        double expected = (end.bmdRel() / yearBefore.bmdRel() - 1) * 100 * 365.25 / 365;
        assertEquals(expected, HeldLevels.after(Scenario.Sex.FEMALE, POST, 5).bmdRatePctPerYear(), 1e-9);
        // a hold shorter than two years takes its rows daily; one under a year measures over the whole hold
        Readout r18 = held(Scenario.Sex.FEMALE, POST, 1.5);
        Readout r08 = held(Scenario.Sex.FEMALE, POST, (548 - 365) / 365.25);
        assertEquals((r18.bmdRel() / r08.bmdRel() - 1) * 100 * 365.25 / 365,
                HeldLevels.after(Scenario.Sex.FEMALE, POST, 1.5).bmdRatePctPerYear(), 1e-9);
        Readout r05 = held(Scenario.Sex.FEMALE, POST, 0.5);
        assertEquals((r05.bmdRel() - 1) * 100 * 365.25 / 183,
                HeldLevels.after(Scenario.Sex.FEMALE, POST, 0.5).bmdRatePctPerYear(), 1e-9);
        // losing bone without estrogen, fastest in the first year; none at the reference
        double year5 = HeldLevels.after(Scenario.Sex.FEMALE, POST, 5).bmdRatePctPerYear();
        assertTrue(year5 < 0, "still losing after 5 years: " + year5);
        assertTrue(HeldLevels.after(Scenario.Sex.FEMALE, POST, 1).bmdRatePctPerYear() < 2 * year5);
        assertEquals(0, HeldLevels.after(Scenario.Sex.FEMALE, HormoneLevels.PREMENOPAUSAL, 5).bmdRatePctPerYear(), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> HeldLevels.after(Scenario.Sex.FEMALE, POST, 1e-4));
    }

    /** For the ten presets and every reading: the shares add up to the whole change, and match a brute force. */
    @Test
    void sharesAddUpForEveryPreset() {
        for (Preset p : Preset.values()) {
            Scenario.Sex sex = p.levels().testosteroneNgPerDl() > 200 ? Scenario.Sex.MALE : Scenario.Sex.FEMALE;
            for (Reading r : List.of(Reading.OSTEOCLASTS, Reading.BMD)) {
                Trace t = HeldLevels.trace(r, sex, p.levels(), 3);
                double scale = Math.max(1e-3, Math.abs(t.change()));
                assertEquals(t.change(), t.attribution().total(), 1e-9 * scale + 1e-12, p + " " + r);
            }
        }
    }

    @Test
    void shapleyValuesOfKnownGames() {
        // additive game: each player's share is its own effect
        Attribution add = Attribution.shapley(m -> ((m & 1) != 0 ? 3 : 0) + ((m & 2) != 0 ? 5 : 0) + ((m & 4) != 0 ? -2 : 0));
        assertEquals(3, add.estradiol(), 1e-12);
        assertEquals(5, add.progesterone(), 1e-12);
        assertEquals(-2, add.testosterone(), 1e-12);
        // pure interaction of E2 and P4 (worth 6 only together): split evenly, nothing to T
        Attribution pair = Attribution.shapley(m -> (m & 3) == 3 ? 6 : 0);
        assertEquals(3, pair.estradiol(), 1e-12);
        assertEquals(3, pair.progesterone(), 1e-12);
        assertEquals(0, pair.testosterone(), 1e-12);
        // unanimity of all three: a third each
        Attribution all = Attribution.shapley(m -> m == 7 ? 9 : 0);
        assertEquals(3, all.estradiol(), 1e-12);
        assertEquals(3, all.testosterone(), 1e-12);
        // asymmetric: v = [0, 1, 2, 4, 8, 16, 32, 64] by mask; E2's share from the weights 1/3, 1/6, 1/6, 1/3
        double[] v = {0, 1, 2, 4, 8, 16, 32, 64};
        Attribution a = Attribution.shapley(m -> v[m]);
        assertEquals((v[1] - v[0]) / 3 + (v[3] - v[2]) / 6 + (v[5] - v[4]) / 6 + (v[7] - v[6]) / 3, a.estradiol(), 1e-12);
        assertEquals((v[2] - v[0]) / 3 + (v[3] - v[1]) / 6 + (v[6] - v[4]) / 6 + (v[7] - v[5]) / 3, a.progesterone(), 1e-12);
        assertEquals((v[4] - v[0]) / 3 + (v[5] - v[1]) / 6 + (v[6] - v[2]) / 6 + (v[7] - v[3]) / 3, a.testosterone(), 1e-12);
        assertEquals(64, a.total(), 1e-12);
    }

    @Test
    void combinationsTakeEachHormoneFromTheRightSide() {
        HormoneLevels on = new HormoneLevels(5, 0.3, 20), off = HormoneLevels.PREMENOPAUSAL;
        assertEquals(off, Attribution.combine(on, off, Attribution.NONE));
        assertEquals(on, Attribution.combine(on, off, Attribution.ALL));
        assertEquals(new HormoneLevels(5, 5, 30), Attribution.combine(on, off, Attribution.E2));
        assertEquals(new HormoneLevels(100, 0.3, 30), Attribution.combine(on, off, Attribution.P4));
        assertEquals(new HormoneLevels(100, 5, 20), Attribution.combine(on, off, Attribution.T));
    }

    @Test
    void withoutEstrogenAlmostAllOfTheOsteoclastRiseIsEstradiols() {
        Trace t = HeldLevels.trace(Reading.OSTEOCLASTS, Scenario.Sex.FEMALE, POST, 5);
        assertTrue(t.value() > 1.5, "osteoclasts rise after menopause: " + t.value());
        assertTrue(t.attribution().estradiol() > 0.8 * t.change(), t.attribution().toString());
        // only estradiol changed: all the change is estradiol's
        Trace e2only = HeldLevels.trace(Reading.BMD, Scenario.Sex.FEMALE, HormoneLevels.PREMENOPAUSAL.withEstradiol(5), 5);
        assertEquals(e2only.change(), e2only.attribution().estradiol(), 1e-12);
        assertEquals(0, e2only.attribution().progesterone(), 1e-12);
        assertEquals(0, e2only.attribution().testosterone(), 1e-12);
    }
}
