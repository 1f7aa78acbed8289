package org.bonebalance.sim.consult;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Scenario;

/**
 * Runs every scenario of a consultation through {@link Forecast} and collects what the screen and the
 * handout show. Pure and deterministic; no JavaFX.
 */
public final class ConsultForecast {
    /** Spacing of the points drawn in the chart, days. */
    public static final int CHART_EVERY_DAYS = 30;

    private ConsultForecast() {}

    /**
     * One scenario's outcome.
     *
     * @param spec      the scenario
     * @param scenario  the exact model scenario run (anchored baseline, daily rows)
     * @param chart     readouts every {@link #CHART_EVERY_DAYS} days (and the last day)
     * @param table     readouts at the consultation's table ages, in order
     */
    public record Outcome(ScenarioSpec spec, Scenario scenario, List<Readout> chart, List<Readout> table) {
        public double baselineBmdGPerCm2() { return scenario.baselineBmdGPerCm2(); }
    }

    /** The result for a whole consultation. */
    public record Result(Consultation consultation, List<Outcome> outcomes) {}

    /** The model scenario for one consultation scenario, before anchoring (default baseline). */
    public static Scenario scenarioFor(Person p, ScenarioSpec spec) {
        double start = p.runStartAge();
        return new Scenario(p.sex(), start, Consultation.END_AGE - start, p.menopause(), p.menopauseAge(), null,
                spec.course().map(List::of).orElse(List.of()), BmdScale.DEFAULT_BASELINE_G_PER_CM2, 1);
    }

    /** The model scenario with the anchored baseline, when the person has a measurement. */
    public static Scenario anchoredScenarioFor(Person p, ScenarioSpec spec) {
        Scenario s = scenarioFor(p, spec);
        return p.measurement() == null ? s : s.withBaselineBmd(Anchoring.baselineFor(s, p.measurement()));
    }

    public static Result run(Consultation c) {
        return run(c, null);
    }

    /**
     * Runs a consultation, re-using daily forecasts from the cache for scenarios whose person and therapy
     * did not change (editing the table ages, the risk or one scenario then costs one run or none).
     */
    public static Result run(Consultation c, Cache cache) {
        List<Outcome> outcomes = new ArrayList<>();
        for (ScenarioSpec spec : c.scenarios()) outcomes.add(outcome(c, spec, cache));
        return new Result(c, List.copyOf(outcomes));
    }

    /**
     * A small cache of forecasts keyed by what the forecast depends on: the model scenario and the scan it is
     * anchored to (so a new label or "age today" costs nothing). It keeps only what an outcome is made of, not
     * the daily rows (about 16,000 readouts, 3 MB, per scenario): the chart rows, the rows at every whole year
     * of age and the rows at the table ages asked for so far. A table age between whole years that was not
     * asked for before costs one run again. Not thread-safe.
     */
    public static final class Cache {
        private static final int SIZE = 8;
        private final java.util.LinkedHashMap<List<Object>, Forecasted> map = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override protected boolean removeEldestEntry(java.util.Map.Entry<List<Object>, Forecasted> e) { return size() > SIZE; }
        };

        private int forecastsRun;

        /** How many times the model was run through this cache (for tests and measurements). */
        public int forecastsRun() { return forecastsRun; }

        Forecasted get(Person p, ScenarioSpec s) {
            return map.get(key(p, s));
        }

        void put(Person p, ScenarioSpec s, Forecasted f) {
            map.put(key(p, s), f);
        }

        /** Readouts held over all entries (for tests and measurements). */
        int retainedRows() {
            int n = 0;
            for (Forecasted f : map.values()) n += f.chart().size() + f.byDay().size();
            return n;
        }

        private static List<Object> key(Person p, ScenarioSpec s) {
            return List.of(scenarioFor(p, s), java.util.Optional.ofNullable(p.measurement()));
        }
    }

    /**
     * What one scenario's outcome is cut from: its chart rows and the daily rows by day index (only those at
     * whole years of age and at table ages asked for); lastDay is the index of the last daily row.
     */
    private record Forecasted(Scenario scenario, List<Readout> chart, java.util.Map<Integer, Readout> byDay, int lastDay) {
        static Forecasted of(Scenario s, List<Readout> daily, List<Double> tableAges) {
            List<Readout> chart = new ArrayList<>(daily.size() / CHART_EVERY_DAYS + 2);
            for (int i = 0; i < daily.size(); i += CHART_EVERY_DAYS) chart.add(daily.get(i));
            if ((daily.size() - 1) % CHART_EVERY_DAYS != 0) chart.add(daily.getLast());
            Forecasted f = new Forecasted(s, List.copyOf(chart), new java.util.HashMap<>(), daily.size() - 1);
            for (int age = (int) Math.ceil(s.startAge()); age <= Consultation.END_AGE; age++) f.keep(daily, age);
            f.keepAll(daily, tableAges);
            return f;
        }

        int dayOf(double age) { return Math.min(Anchoring.dayIndex(scenario, age), lastDay); }

        boolean hasAll(List<Double> ages) {
            for (double a : ages) if (!byDay.containsKey(dayOf(a))) return false;
            return true;
        }

        void keepAll(List<Readout> daily, List<Double> ages) {
            for (double a : ages) keep(daily, a);
        }

        private void keep(List<Readout> daily, double age) {
            int i = dayOf(age);
            byDay.put(i, daily.get(i));
        }
    }

    private static Outcome outcome(Consultation c, ScenarioSpec spec, Cache cache) {
        Forecasted f = cache == null ? null : cache.get(c.person(), spec);
        if (f == null) {
            Scenario s = anchoredScenarioFor(c.person(), spec);
            f = Forecasted.of(s, Forecast.run(s), c.tableAges());
            if (cache != null) {
                cache.forecastsRun++;
                cache.put(c.person(), spec, f);
            }
        } else if (!f.hasAll(c.tableAges())) {
            f.keepAll(Forecast.run(f.scenario()), c.tableAges());   // the same run as before: the same rows
            cache.forecastsRun++;
        }
        List<Readout> table = new ArrayList<>();
        for (double age : c.tableAges()) table.add(f.byDay().get(f.dayOf(age)));
        return new Outcome(spec, f.scenario(), f.chart(), List.copyOf(table));
    }
}
