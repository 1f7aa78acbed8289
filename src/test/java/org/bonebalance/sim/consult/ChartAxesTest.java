package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.junit.jupiter.api.Test;

class ChartAxesTest {
    private static double lowest(ConsultForecast.Result r) {
        return r.outcomes().stream().flatMap(o -> o.chart().stream()).mapToDouble(Readout::tScore).min().orElseThrow();
    }

    private static double highest(ConsultForecast.Result r) {
        return r.outcomes().stream().flatMap(o -> o.chart().stream()).mapToDouble(Readout::tScore).max().orElseThrow();
    }

    @Test
    void theAxesHoldEveryCurveAndAlwaysShowTheWhoBands() {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example());
        ChartAxes a = ChartAxes.of(r);
        assertEquals(r.outcomes().getFirst().scenario().startAge(), a.ageMin());
        assertEquals(Consultation.END_AGE, a.ageMax());
        assertTrue(a.tMin() <= ChartAxes.T_MIN && a.tMax() >= ChartAxes.T_MAX, a.toString());
        assertTrue(a.tMin() <= lowest(r) - ChartAxes.MARGIN && a.tMax() >= highest(r) + ChartAxes.MARGIN, a.toString());
        // each bound is the default, or half a unit beyond a whole unit
        assertTrue(a.tMin() == ChartAxes.T_MIN || Math.abs(a.tMin() % 1) == 0.5, a.toString());
        assertTrue(a.tMax() == ChartAxes.T_MAX || Math.abs(a.tMax() % 1) == 0.5, a.toString());
    }

    @Test
    void aVeryLowScanWidensTheAxisDownwards() {
        Person low = Person.example().withMeasurement(new Measurement(52, Measurement.Kind.T_SCORE, -4.2));
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example().withPerson(low));
        ChartAxes a = ChartAxes.of(r);
        assertTrue(lowest(r) < ChartAxes.T_MIN, "the curve goes below the default range: " + lowest(r));
        assertEquals(Math.floor(lowest(r)) - ChartAxes.MARGIN, a.tMin(), 1e-12);
    }

    @Test
    void positionsMapLinearlyInEitherDirection() {
        ChartAxes a = new ChartAxes(45, 90, -4.5, 1.5);
        assertEquals(10, a.x(45, 10, 100), 1e-12);
        assertEquals(100, a.x(90, 10, 100), 1e-12);
        assertEquals(55, a.x(67.5, 10, 100), 1e-12);
        assertEquals(60, a.age(a.x(60, 10, 100), 10, 100), 1e-12);
        // screen: bottom 300, top 0 (y down); PDF: bottom 0, top 300 (y up)
        assertEquals(300, a.y(-4.5, 300, 0), 1e-12);
        assertEquals(0, a.y(1.5, 300, 0), 1e-12);
        assertEquals(150, a.y(-1.5, 0, 300), 1e-12);
    }

    @Test
    void ticksAreWholeUnitsAndFiveYearAges() {
        ChartAxes a = new ChartAxes(46, 90, -4.5, 1.5);
        assertEquals(List.of(-4, -3, -2, -1, 0, 1), a.tScoreTicks(300, 14));
        assertEquals(List.of(-4, -2, 0), a.tScoreTicks(60, 14), "a short plot labels every second unit");
        assertEquals(List.of(-4, -2, 0), a.tScoreTicks(-60, 14), "direction does not matter");
        assertEquals(List.of(50, 55, 60, 65, 70, 75, 80, 85, 90), a.ageTicks());
    }

    @Test
    void aClearTopKeepsLateCurvesUnderTheLegend() {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example()
                .withScenario(1, ScenarioSpec.therapy(Regimen.EP, 52, 90)));
        ChartAxes base = ChartAxes.of(r);
        double fromAge = 70, clear = 0.3;
        ChartAxes raised = base.withClearTop(r, fromAge, clear);
        assertEquals(base.tMin(), raised.tMin());
        assertTrue(raised.tMax() >= base.tMax());
        for (ConsultForecast.Outcome o : r.outcomes()) {
            for (Readout ro : o.chart()) {
                if (ro.ageYears() >= fromAge) {
                    assertTrue(raised.y(ro.tScore(), 0, 1) <= 1 - clear + 1e-12, ro.ageYears() + ": " + ro.tScore());
                }
            }
        }
        assertSame(base, base.withClearTop(r, Consultation.END_AGE + 1, clear), "nothing under the legend, nothing to raise");
    }
}
