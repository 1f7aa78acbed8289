package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static ConsultForecast.Result run(Measurement m) {
        return ConsultForecast.run(Consultation.example().withPerson(Person.example().withMeasurement(m)));
    }

    @Test
    void anchoredCurvePassesThroughTheMeasurement() {
        ConsultForecast.Result r = run(new Measurement(52, Measurement.Kind.BMD, 0.88));
        for (ConsultForecast.Outcome o : r.outcomes()) {
            var s = o.scenario();
            List<Readout> daily = org.bonebalance.sim.Forecast.run(s);
            assertEquals(0.88, daily.get(Anchoring.dayIndex(s, 52)).bmdGPerCm2(), 1e-12);
        }
    }

    @Test
    void tScoreMeasurementIsConvertedWithTheNhanesReference() {
        ConsultForecast.Result r = run(new Measurement(52, Measurement.Kind.T_SCORE, -1.5));
        var s = r.outcomes().getFirst().scenario();
        Readout at = org.bonebalance.sim.Forecast.run(s).get(Anchoring.dayIndex(s, 52));
        assertEquals(-1.5, at.tScore(), 1e-9);
        assertEquals(BmdScale.bmdForTScore(-1.5), at.bmdGPerCm2(), 1e-12);
    }

    @Test
    void anchoringScalesTheCurveAndChangesNothingElse() {
        ConsultForecast.Result plain = ConsultForecast.run(Consultation.example());
        ConsultForecast.Result anchored = run(new Measurement(52, Measurement.Kind.BMD, 0.80));
        for (int i = 0; i < plain.outcomes().size(); i++) {
            List<Readout> a = plain.outcomes().get(i).chart(), b = anchored.outcomes().get(i).chart();
            assertEquals(a.size(), b.size());
            double k = b.getFirst().bmdGPerCm2() / a.getFirst().bmdGPerCm2();
            assertTrue(Math.abs(k - 1) > 0.1, "the measurement really moves the curve");
            for (int j = 0; j < a.size(); j++) {
                Readout x = a.get(j), y = b.get(j);
                // the model itself is untouched: ages, hormone levels, cells, signals, markers, BMD_rel
                assertEquals(x.ageYears(), y.ageYears());
                assertEquals(x.levels(), y.levels());
                assertEquals(x.ocaRel(), y.ocaRel());
                assertEquals(x.obaRel(), y.obaRel());
                assertEquals(x.ranklOpgRatioRel(), y.ranklOpgRatioRel());
                assertEquals(x.ctxRel(), y.ctxRel());
                assertEquals(x.bmdRel(), y.bmdRel());
                // BMD in g/cm² is one constant factor away, so every percentage change is the same
                assertEquals(k, y.bmdGPerCm2() / x.bmdGPerCm2(), 1e-12);
                assertEquals(BmdScale.tScore(y.bmdGPerCm2()), y.tScore(), 1e-12);
            }
        }
    }

    @Test
    void scanBeforeTheTimelineOrInTheFutureIsRejectedByName() {
        var e = assertThrows(Checks.InvalidFieldException.class,
                () -> Person.example().withMeasurement(new Measurement(60, Measurement.Kind.BMD, 0.9)));
        assertEquals("person.measurement.age", e.field());
        var e2 = assertThrows(Checks.InvalidFieldException.class,
                () -> new Measurement(52, Measurement.Kind.BMD, 7));
        assertEquals("person.measurement.value", e2.field());
    }
}
