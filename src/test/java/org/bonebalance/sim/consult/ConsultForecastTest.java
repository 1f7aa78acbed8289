package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bonebalance.content.Wording;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.TherapyCourse;
import org.junit.jupiter.api.Test;

class ConsultForecastTest {

    /** The same schedule built by hand, straight from the model's own types. */
    private static List<Readout> byHand(double baseline, TherapyCourse... courses) {
        Scenario s = new Scenario(Scenario.Sex.FEMALE, 45, 45, Scenario.Menopause.NATURAL, 51, null,
                List.of(courses), baseline, 1);
        return Forecast.run(s);
    }

    private static int day(double age) { return (int) Math.round((age - 45) * Forecast.DAYS_PER_YEAR); }

    @Test
    void tableNumbersEqualTheModelsForecastForTheSameSchedule() {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example());
        List<List<Readout>> expected = List.of(
                byHand(BmdScale.DEFAULT_BASELINE_G_PER_CM2),
                byHand(BmdScale.DEFAULT_BASELINE_G_PER_CM2, new TherapyCourse(Regimen.EP, 52, 60)),
                byHand(BmdScale.DEFAULT_BASELINE_G_PER_CM2, new TherapyCourse(Regimen.EP, 52, 65)));
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                double age = Consultation.DEFAULT_TABLE_AGES.get(k);
                Readout want = expected.get(i).get(day(age));
                Readout got = r.outcomes().get(i).table().get(k);
                assertEquals(want, got, "scenario " + i + " at " + age);
                assertEquals(age, got.ageYears(), 0.5 / 365.25);
            }
        }
        // the therapy makes a difference, so the comparison above is not trivially equal
        assertTrue(r.outcomes().get(2).table().get(0).bmdGPerCm2() > r.outcomes().get(0).table().get(0).bmdGPerCm2() + 0.05);
    }

    @Test
    void chartPointsAreTheForecastRows() {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example());
        List<Readout> all = byHand(BmdScale.DEFAULT_BASELINE_G_PER_CM2, new TherapyCourse(Regimen.EP, 52, 60));
        List<Readout> chart = r.outcomes().get(1).chart();
        assertEquals(all.get(0), chart.get(0));
        assertEquals(all.get(ConsultForecast.CHART_EVERY_DAYS * 100), chart.get(100));
        assertEquals(all.getLast(), chart.getLast());
    }

    @Test
    void anchoredNumbersEqualTheForecastWithTheAnchoredBaseline() {
        Consultation c = Consultation.example().withPerson(Person.example()
                .withMeasurement(new Measurement(52, Measurement.Kind.BMD, 0.90)));
        ConsultForecast.Result r = ConsultForecast.run(c);
        double baseline = r.outcomes().get(1).baselineBmdGPerCm2();
        List<Readout> want = byHand(baseline, new TherapyCourse(Regimen.EP, 52, 60));
        assertEquals(want.get(day(70)), r.outcomes().get(1).table().get(1));
    }

    @Test
    void sentenceNamesTheDifference() {
        String s = Wording.sentence(ConsultForecast.run(Consultation.example()));
        assertTrue(s.startsWith("At age 80"), s);
        assertTrue(s.contains("more bone"), s);
        assertTrue(s.contains("No therapy"), s);
    }

    @Test
    void invalidConsultationsNameTheField() {
        var e = assertThrows(Checks.InvalidFieldException.class, () -> Consultation.example()
                .withScenario(1, ScenarioSpec.therapy(Regimen.EP, 60, 55)));
        assertEquals("scenario.stopAge", e.field());
        assertTrue(Wording.problem(e).startsWith("Therapy stop age must be later than the start age"), Wording.problem(e));
        var e2 = assertThrows(Checks.InvalidFieldException.class, () -> Consultation.example().withTableAges(List.of(70.0, 60.0)));
        assertEquals("tableAges[2]", e2.field());
        assertTrue(Wording.problem(e2).startsWith("Table ages (age number 2)"), Wording.problem(e2));
        var e3 = assertThrows(Checks.InvalidFieldException.class, () -> Consultation.example().withRisks(120.0, null));
        assertEquals("majorFracturePct", e3.field());
        assertEquals("10-year major fracture % must be between 0 and 90 (found 120)", Wording.problem(e3));
    }

    @Test
    void cachedResultsEqualFreshOnes() {
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        Consultation c = Consultation.example();
        ConsultForecast.run(c, cache);
        Consultation edited = c.withTableAges(List.of(55.0, 75.0)).withRisks(10.0, null)
                .withScenario(2, ScenarioSpec.therapy(Regimen.E, 53, 63));
        assertEquals(ConsultForecast.run(edited), ConsultForecast.run(edited, cache));
        Consultation anchored = edited.withPerson(Person.example().withMeasurement(new Measurement(52, Measurement.Kind.BMD, 0.8)));
        assertEquals(ConsultForecast.run(anchored), ConsultForecast.run(anchored, cache), "a new scan is a new key");
    }
}
