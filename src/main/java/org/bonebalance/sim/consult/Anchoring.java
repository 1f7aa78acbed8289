package org.bonebalance.sim.consult;

import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Scenario;

/**
 * Anchors the model's curve to a measured spine BMD.
 * <p>How: the model computes spine BMD relative to the person's reference state (BMD_rel) and multiplies it
 * by the person's baseline BMD (docs/model.md §5). Anchoring chooses that baseline so that the modelled BMD at the
 * scan age equals the measurement: {@code baseline = measured / BMD_rel(scan age)}. Why the baseline scale
 * and not an additive offset: the model is calibrated to <em>percentage</em> changes (SWAN, the therapy
 * meta-analyses), and the baseline is already the model's own per-person input, so every anchored number is
 * exactly what {@link Forecast#run} gives for the same scenario with that baseline. The shape of the curve in
 * percent, the cells, signals and markers are untouched; BMD in g/cm² is scaled by one constant factor and
 * the T-score follows from it.
 */
public final class Anchoring {
    private Anchoring() {}

    /** The day index (from the scenario's start) nearest to an age. */
    public static int dayIndex(Scenario s, double ageYears) {
        return (int) Math.round((ageYears - s.startAge()) * Forecast.DAYS_PER_YEAR);
    }

    /**
     * The baseline BMD (g/cm²) for which the scenario's modelled BMD at the measurement age equals the
     * measurement.
     */
    public static double baselineFor(Scenario s, Measurement m) {
        int day = dayIndex(s, m.ageYears());
        // the same daily integration as ConsultForecast's rows (Forecast.bmdRelByDay and project share it), so
        // the anchored curve hits the scan exactly; day by day, whatever the scenario's row spacing
        double rel = Forecast.bmdRelByDay(s.initialState(), s.startAge(), day / Forecast.DAYS_PER_YEAR, s.schedule())[day];
        double baseline = m.bmdGPerCm2() / rel;
        if (!(baseline > 0.2 && baseline <= 3)) {
            Checks.fail("person.measurement.value", "consult.error.anchor");
        }
        return baseline;
    }
}
