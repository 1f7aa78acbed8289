package org.bonebalance.sim.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.app.AppModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The trace of the run on screen: every combination's moment is what the model gives for that combination's
 * levels over the same days (worked out here by {@link Forecast}, another integration path), the all-on moment is
 * the simulation's snapshot, and the shares add up to the change, for the ten presets and every reading.
 */
class RunTraceTest {
    private static final int DAYS = 900;

    private static Readout forecast(HormoneLevels levels, double startAge, double days) {
        double baseline = BmdScale.DEFAULT_BASELINE_G_PER_CM2;
        List<Readout> rows = Forecast.project(SteadyState.REFERENCE, startAge, days / Forecast.DAYS_PER_YEAR,
                HormoneSchedule.constant(levels), 30, baseline, Double.NaN,
                org.bonebalance.model.HormoneEffects.CALIBRATED, org.bonebalance.model.CoreParameters.LAMBDA,
                Forecast.Scheme.DAILY_RK4); // the simulation steps by the 1-day RK4
        return rows.get(rows.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void everyCombinationIsTheModelsOwnRunAndTheSharesAddUp(Preset preset) {
        AppModel app = new AppModel(new Simulation());
        app.setLevels(preset.levels());
        // in uneven pieces, as frames come (whole days, so that the forecast's daily RK4 steps are the same steps)
        for (double d : new double[] {1, 6, 13, 181, 99}) app.advanceDays(d);
        app.advanceDays(DAYS - 300);
        Snapshot now = app.snapshot();
        assertEquals(DAYS, now.elapsedDays(), 1e-9);
        for (HormoneLevels ref : List.of(HormoneLevels.PREMENOPAUSAL, HormoneLevels.YOUNG_MALE)) {
            Moment[] m = app.why().moments(ref, now);
            assertEquals(now.readout(), m[Attribution.ALL].readout(), "all on is the snapshot");
            for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                Readout expected = forecast(Attribution.combine(preset.levels(), ref, mask), now.ageYears() - DAYS / Forecast.DAYS_PER_YEAR, DAYS);
                Readout got = m[mask].readout();
                String what = preset + " ref " + ref + " mask " + mask;
                assertEquals(expected.ocaRel(), got.ocaRel(), 1e-9, what);
                assertEquals(expected.ranklRel(), got.ranklRel(), 1e-9, what);
                assertEquals(expected.formationOverResorption(), got.formationOverResorption(), 1e-9, what);
                assertEquals(expected.bmdGPerCm2(), got.bmdGPerCm2(), 1e-9, what);
                assertEquals(expected.levels(), got.levels(), what);
                // the rate over the last year, from the forecast's BMD 365 days before (the trace interpolates
                // its weekly marks to 365.25 days before)
                Readout yearAgo = forecast(Attribution.combine(preset.levels(), ref, mask), now.ageYears() - DAYS / Forecast.DAYS_PER_YEAR,
                        DAYS - 365);
                double rate = (expected.bmdRel() / yearAgo.bmdRel() - 1) * 100 * Forecast.DAYS_PER_YEAR / 365;
                assertEquals(rate, m[mask].bmdRatePctPerYear(), 2e-3 * Math.abs(rate) + 1e-4, what + " rate");
            }
            for (Reading r : Reading.values()) {
                Trace t = app.why().trace(r, ref, now);
                double scale = Math.max(1e-3, Math.abs(t.change()));
                assertEquals(t.change(), t.attribution().total(), 1e-9 * scale, preset + " " + r);
                assertEquals(m[Attribution.ALL].value(r.quantity()), t.value(), 0, "now is the gauge's value");
                assertEquals(m[Attribution.NONE].value(r.quantity()), t.reference(), 0);
            }
        }
    }

    @Test
    void aReferenceAskedForLateReplaysTheRunAndAResetStartsAgain() {
        AppModel early = new AppModel(new Simulation());
        early.why().moments(HormoneLevels.YOUNG_MALE, early.snapshot()); // made before any step
        AppModel late = new AppModel(new Simulation());
        for (AppModel app : List.of(early, late)) {
            app.setLevels(HormoneLevels.POSTMENOPAUSAL);
            app.advanceDays(200);
            app.setLevels(Preset.MHT_EP.levels());
            app.advanceDays(100);
        }
        Moment[] a = early.why().moments(HormoneLevels.YOUNG_MALE, early.snapshot());
        Moment[] b = late.why().moments(HormoneLevels.YOUNG_MALE, late.snapshot());
        for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
            assertEquals(a[mask].readout().ocaRel(), b[mask].readout().ocaRel(), 1e-12);
            assertEquals(a[mask].bmdRatePctPerYear(), b[mask].bmdRatePctPerYear(), 1e-12);
        }
        late.reset();
        Trace t = late.why().trace(Reading.OSTEOCLASTS, HormoneLevels.PREMENOPAUSAL, late.snapshot());
        assertEquals(0, t.change(), 1e-12);
        assertEquals(0, late.why().elapsedDays(), 0);
        // estrogen's share dominates the osteoclast rise after menopause, and it is the run's: held for 200 days
        late.setLevels(HormoneLevels.POSTMENOPAUSAL);
        late.advanceDays(200);
        Trace after = late.why().trace(Reading.OSTEOCLASTS, HormoneLevels.PREMENOPAUSAL, late.snapshot());
        assertTrue(after.attribution().estradiol() > 0.8 * after.change(), after.toString());
    }
}
