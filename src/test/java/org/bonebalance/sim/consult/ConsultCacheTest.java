package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.junit.jupiter.api.Test;

/** The forecast cache keeps a few hundred rows per scenario, not the daily rows, and changes no output. */
class ConsultCacheTest {
    private static final Person EARLY = new Person("", Scenario.Sex.FEMALE, 52, Scenario.Menopause.NATURAL, 48, null);

    @Test
    void theCacheHoldsSampledRowsNotEveryDay() {
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        Consultation c = Consultation.example();
        ConsultForecast.run(c, cache);
        ConsultForecast.run(c.withPerson(EARLY), cache);
        int daily = 0;
        for (Consultation x : List.of(c, c.withPerson(EARLY))) {
            for (ScenarioSpec s : x.scenarios()) daily += Forecast.run(ConsultForecast.anchoredScenarioFor(x.person(), s)).size();
        }
        int held = cache.retainedRows();
        // six forecasts: about 98,000 daily rows; the chart (one row a month) and whole years need about 3,700
        assertTrue(held * 20 < daily, "rows held " + held + " against " + daily + " daily rows");
    }

    @Test
    void cachedResultsEqualFreshOnesWhateverTheTableAges() {
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        List<List<Double>> edits = List.of(Consultation.DEFAULT_TABLE_AGES, List.of(55.0, 65.0), List.of(60.5, 72.25, 90.0),
                List.of(46.0, 60.5), List.of(47.3, 58.0, 61.9, 75.0, 89.99), Consultation.DEFAULT_TABLE_AGES);
        for (Person p : List.of(Person.example(), EARLY)) {
            for (List<Double> ages : edits) {
                Consultation c = Consultation.example().withPerson(p).withTableAges(ages);
                assertEquals(ConsultForecast.run(c), ConsultForecast.run(c, cache), p + " " + ages);
            }
        }
        Consultation measured = Consultation.example().withPerson(Person.example()
                .withMeasurement(new Measurement(52, Measurement.Kind.T_SCORE, -1.4)));
        for (List<Double> ages : edits) {
            Consultation c = measured.withTableAges(ages);
            assertEquals(ConsultForecast.run(c), ConsultForecast.run(c, cache), "anchored " + ages);
        }
    }

    @Test
    void aSecondIdenticalRequestDoesNotRunTheModelAgain() {
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        Consultation c = Consultation.example();
        ConsultForecast.Result first = ConsultForecast.run(c, cache);
        assertEquals(3, cache.forecastsRun(), "three different scenarios: three runs");
        ConsultForecast.Result second = ConsultForecast.run(c, cache);
        assertEquals(3, cache.forecastsRun(), "the same request again: no run");
        assertEquals(first, second);
        for (int i = 0; i < 3; i++) {
            assertSame(first.outcomes().get(i).chart(), second.outcomes().get(i).chart(), "the kept rows, not new ones");
        }
        // what the forecast does not depend on costs nothing
        Person relabelled = new Person("JD", Scenario.Sex.FEMALE, 57, Scenario.Menopause.NATURAL, 51, null);
        ConsultForecast.run(c.withPerson(relabelled).withRisks(12.0, 2.0).withTableAges(List.of(55.0, 80.0)), cache);
        assertEquals(3, cache.forecastsRun(), "label, age today, risks and whole-year table ages: no run");
        // one scenario changed: one run; an age between whole years not asked before: one run per scenario
        ConsultForecast.run(c.withScenario(2, ScenarioSpec.therapy(Regimen.E, 52, 58)), cache);
        assertEquals(4, cache.forecastsRun());
        ConsultForecast.run(c.withTableAges(List.of(61.5)), cache);
        assertEquals(7, cache.forecastsRun());
        ConsultForecast.run(c.withTableAges(List.of(61.5)), cache);
        assertEquals(7, cache.forecastsRun(), "and then it is kept");
        ConsultForecast.run(c);
        assertEquals(7, cache.forecastsRun(), "a run without the cache does not touch it");
    }

    @Test
    void theCacheKeepsTheLastEightForecasts() {
        ConsultForecast.Cache cache = new ConsultForecast.Cache();
        Consultation c = Consultation.example();
        for (int stop = 53; stop <= 61; stop++) {
            ConsultForecast.run(c.withScenarios(List.of(ScenarioSpec.therapy(Regimen.EP, 52, stop))), cache);
        }
        assertEquals(9, cache.forecastsRun());
        ConsultForecast.run(c.withScenarios(List.of(ScenarioSpec.therapy(Regimen.EP, 52, 54))), cache);
        assertEquals(9, cache.forecastsRun(), "the eighth most recent is still kept");
        ConsultForecast.run(c.withScenarios(List.of(ScenarioSpec.therapy(Regimen.EP, 52, 53))), cache);
        assertEquals(10, cache.forecastsRun(), "the oldest was dropped");
    }
}
