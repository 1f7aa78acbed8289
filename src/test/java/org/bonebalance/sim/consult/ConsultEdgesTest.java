package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bonebalance.content.Wording;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.junit.jupiter.api.Test;

/** Edges of the consultation's arithmetic: axes, ticks, icon arrays, anchoring, chart rows. */
class ConsultEdgesTest {
    @Test
    void anAxisMustHaveLength() {
        assertThrows(IllegalArgumentException.class, () -> new ChartAxes(50, 50, -4, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new ChartAxes(50, 90, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChartAxes(50, Double.NaN, -4, 1));
    }

    @Test
    void aHighScanWidensTheAxisUpwardsToHalfAUnitAboveTheWholeUnit() {
        Consultation c = Consultation.example().withPerson(Person.example()
                .withMeasurement(new Measurement(52, Measurement.Kind.T_SCORE, 2.6)));
        ConsultForecast.Result r = ConsultForecast.run(c);
        double highest = Double.NEGATIVE_INFINITY;
        for (ConsultForecast.Outcome o : r.outcomes()) for (Readout ro : o.chart()) highest = Math.max(highest, ro.tScore());
        assertTrue(highest > ChartAxes.T_MAX, "the scan lifts the curves: " + highest);
        assertEquals(Math.ceil(highest) + 0.5, ChartAxes.of(r).tMax(), 1e-12);
        assertEquals(ChartAxes.T_MIN, ChartAxes.of(r).tMin(), 1e-12);
    }

    @Test
    void aClearTopIsTheLowestWholeUnitThatKeepsTheCurvesBelowTheLegend() {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example().withPerson(Person.example()
                .withMeasurement(new Measurement(52, Measurement.Kind.T_SCORE, 0.8))));
        ChartAxes base = ChartAxes.of(r);
        for (double clear : new double[] {0.2, 0.45, 0.7}) {
            ChartAxes raised = base.withClearTop(r, 46, clear);
            double top = raised.tMax();
            assertEquals(Math.rint(top), top, "a whole unit");
            for (double t = base.tMax(); t < top - 1e-9; t += 1) {
                double limit = t;
                boolean fits = true;
                for (ConsultForecast.Outcome o : r.outcomes()) {
                    for (Readout ro : o.chart()) {
                        if (ro.ageYears() >= 46 && (ro.tScore() - base.tMin()) / (limit - base.tMin()) > 1 - clear) fits = false;
                    }
                }
                assertFalse(fits && Math.rint(t) == t, "a lower whole top " + t + " would do for " + clear);
            }
            for (ConsultForecast.Outcome o : r.outcomes()) {
                for (Readout ro : o.chart()) {
                    if (ro.ageYears() >= 46) assertTrue(raised.y(ro.tScore(), 0, 1) <= 1 - clear + 1e-12);
                }
            }
        }
        assertSame(base, base.withClearTop(r, 46, 0), "no room asked for");
        assertSame(base, base.withClearTop(r, 46, 1), "all of it cannot be cleared");
        assertNotSame(base, base.withClearTop(r, 46, 0.7));
    }

    @Test
    void ticksAtTheEdges() {
        ChartAxes a = new ChartAxes(45, 90, -4, 2);
        assertEquals(List.of(-4, -3, -2, -1, 0, 1, 2), a.tScoreTicks(60, 10), "6 units in 60: exactly 10 apart, every one");
        assertEquals(List.of(-4, -2, 0, 2), a.tScoreTicks(59.9, 10));
        assertEquals(List.of(45, 50, 55, 60, 65, 70, 75, 80, 85, 90), a.ageTicks());
        assertEquals(List.of(-2, 0), new ChartAxes(40, 90, -3.5, 1.5).tScoreTicks(10, 10), "even units from ceil(-3.5)");
    }

    @Test
    void iconArraysFollowTheHazardRatio() {
        assertEquals(0, IconArray.withHazardRatio(0, 0.76), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> IconArray.withHazardRatio(100, 0.76));
        assertThrows(IllegalArgumentException.class, () -> IconArray.withHazardRatio(Math.nextDown(0.0), 0.76));
        assertThrows(IllegalArgumentException.class, () -> IconArray.withHazardRatio(10, 0));
        assertEquals(99.99, IconArray.withHazardRatio(99.99, 1), 1e-9);
        // P' = 1 − (1 − P)^HR: 20 % with HR 0.5 is 1 − √0.8
        assertEquals(100 * (1 - Math.sqrt(0.8)), IconArray.withHazardRatio(20, 0.5), 1e-12);
        IconArray.Pair hip = IconArray.pair(10, TrialEffect.ESTROGEN_ALONE, true);
        IconArray.Pair all = IconArray.pair(10, TrialEffect.ESTROGEN_ALONE, false);
        assertEquals(0.61, hip.hazardRatio());
        assertEquals(0.70, all.hazardRatio());
        assertEquals(100 * (1 - Math.pow(0.9, 0.61)), hip.withPct(), 1e-12);
        assertEquals(10, hip.markedWithout());
        assertEquals(6, hip.markedWith());
    }

    @Test
    void anAnchoredCurvePassesThroughTheScan() {
        // and one it can: the curve passes through the scan
        Person ok = new Person("", Scenario.Sex.FEMALE, 60, Scenario.Menopause.NATURAL, 50,
                new Measurement(58, Measurement.Kind.BMD, 0.85));
        Scenario s = ConsultForecast.anchoredScenarioFor(ok, ScenarioSpec.none());
        ConsultForecast.Outcome o = ConsultForecast.run(new Consultation(ok, List.of(ScenarioSpec.none()), List.of(58.0), null, null))
                .outcomes().getFirst();
        assertEquals(0.85, o.table().getFirst().bmdGPerCm2(), 1e-9);
        assertEquals(s.baselineBmdGPerCm2(), o.baselineBmdGPerCm2());
    }

    @Test
    void theChartHasARowEveryThirtyDaysAndTheLastDay() {
        ConsultForecast.Outcome o = ConsultForecast.run(Consultation.example()).outcomes().getFirst();
        List<Readout> chart = o.chart();
        Scenario s = o.scenario();
        long days = Math.round(s.years() * 365.25);
        long expected = days / ConsultForecast.CHART_EVERY_DAYS + 1 + (days % ConsultForecast.CHART_EVERY_DAYS == 0 ? 0 : 1);
        assertEquals(expected, chart.size());
        for (int i = 0; i + 1 < chart.size() - 1; i++) {
            assertEquals(30 / 365.25, chart.get(i + 1).ageYears() - chart.get(i).ageYears(), 1e-9);
        }
        assertEquals(s.startAge(), chart.getFirst().ageYears(), 1e-12);
        assertEquals(Consultation.END_AGE, chart.getLast().ageYears(), 1.5 / 365.25);
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        ConsultForecast.run(Consultation.example(), cache);
        // three scenarios: their chart rows, plus the whole years and the three table ages each
        int years = (int) (Consultation.END_AGE - Math.ceil(s.startAge())) + 1;
        int held = cache.retainedRows();
        assertTrue(held >= 3 * (chart.size() + years) && held <= 3 * (chart.size() + years + 3), held + "");
    }

    @Test
    void fieldLabelsAndNumbersAsAPersonReadsThem() {
        assertEquals("Table ages (age number 2)", Wording.label("tableAges[2]"));
        assertTrue(Wording.label("scenarios[1]").endsWith("A"), Wording.label("scenarios[1]"));
        assertTrue(Wording.label("scenarios[26]").endsWith("Z"), Wording.label("scenarios[26]"));
        assertTrue(Wording.label("scenarios[27]").endsWith("27"), Wording.label("scenarios[27]"));
        assertTrue(Wording.label("scenarios[0]").endsWith("0"), Wording.label("scenarios[0]"));
        assertEquals("scenarios[1].other", Wording.label("scenarios[1].other"));
        assertEquals("unknown.field", Wording.label("unknown.field"));
        assertEquals("12345", Wording.fmt(12345), "no grouping");
        assertEquals("0.125", Wording.fmt(0.125));
        assertEquals("0.123", Wording.fmt(0.1234));
        assertEquals("0.001", Wording.fmt(0.001));
        assertEquals("0.000100", Wording.fmt(0.0001), "three significant digits below 0.001");
        assertEquals("1.00e+06", Wording.fmt(1e6));
        assertEquals("999999", Wording.fmt(999999));
        assertEquals("0", Wording.fmt(0));
    }

    @Test
    void whenTheLastDayFallsOnTheThirtyDayGridItIsOneRow() {
        // menopause at 49.98973: the timeline starts at 44.98973, 16440 days (548 × 30) before 90
        Person p = new Person("", Scenario.Sex.FEMALE, 60, Scenario.Menopause.NATURAL, 49.98973, null);
        ConsultForecast.Outcome o = ConsultForecast.run(new Consultation(p, List.of(ScenarioSpec.none()), List.of(60.0), null, null))
                .outcomes().getFirst();
        assertEquals(16440, Math.round(o.scenario().years() * 365.25));
        assertEquals(16440 / 30 + 1, o.chart().size());
        assertEquals(Consultation.END_AGE, o.chart().getLast().ageYears(), 0.5 / 365.25);
    }

    @Test
    void smallCopiesAndCodes() {
        ScenarioSpec s = ScenarioSpec.therapy(Regimen.EP, 52, 60);
        assertEquals(new ScenarioSpec("", Regimen.E, 52, 60), s.withRegimen(Regimen.E));
        assertEquals(new ScenarioSpec("", Regimen.EP, 50, 55), s.withAges(50, 55));
        assertEquals("bmd", Measurement.Kind.BMD.code());
        assertEquals("tscore", Measurement.Kind.T_SCORE.code());
    }
}
