package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.sim.Forecast;
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
}
