package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md §8: the fast scheme the app's forecasts use stays within the bounds of the reference 1-day RK4
 * (0.05 BMD points, 0.01 in the turnover markers and the T-score) for every preset and for therapy that starts
 * and stops, and it really is a different, cheaper integration.
 */
class FastSchemeTest {
    @Test
    void everyPresetAndTherapyScenarioStaysWithinTheBoundsOfTheDailyRk4() {
        List<FastSchemeCases.Case> cases = FastSchemeCases.cases();
        assertTrue(cases.size() >= Preset.values().length + 6, "every preset and the therapy scenarios");
        for (FastSchemeCases.Case c : cases) {
            FastSchemeCases.Errors e = FastSchemeCases.errors(c);
            assertTrue(e.bmdPoints() < FastSchemeCases.BMD_POINTS, c.name() + ": BMD " + e.bmdPoints() + " points");
            assertTrue(e.ctx() < FastSchemeCases.TURNOVER, c.name() + ": CTX_rel " + e.ctx());
            assertTrue(e.p1np() < FastSchemeCases.TURNOVER, c.name() + ": P1NP_rel " + e.p1np());
            assertTrue(e.tScore() < FastSchemeCases.T_SCORE, c.name() + ": T-score " + e.tScore());
        }
    }

    @Test
    void theFastSchemeTakesFewerThanAQuarterOfTheRightHandSidesOfTheDailyRk4() {
        Scenario s = Scenario.defaultFemale();
        long reference = Forecast.rightHandSideEvaluations(s, Forecast.Scheme.DAILY_RK4);
        long fast = Forecast.rightHandSideEvaluations(s, Forecast.Scheme.FAST);
        assertEquals(4 * 14_610, reference);
        assertTrue(fast < reference / 4, "fast " + fast + " of " + reference);
        // and the rows it gives are its own: close to the reference, not equal to it
        List<Readout> a = Forecast.run(s, Forecast.Scheme.FAST);
        List<Readout> b = Forecast.run(s, Forecast.Scheme.DAILY_RK4);
        assertEquals(b.size(), a.size());
        assertNotEquals(b.get(200).bmdRel(), a.get(200).bmdRel());
        assertEquals(b.get(200).bmdRel(), a.get(200).bmdRel(), FastSchemeCases.BMD_POINTS / 100);
        assertEquals(a, Forecast.run(s), "the app's default is the fast scheme");
    }

    @Test
    void everyCaseIsCheaperThanTheDailyRk4() {
        for (FastSchemeCases.Case c : FastSchemeCases.cases()) {
            long reference = 4 * Math.round(c.years() * Forecast.DAYS_PER_YEAR);
            long fast = FastSchemeCases.evaluations(c);
            // even where decades without sex steroids reach the state guards and the 1-day RK4 takes over
            // (docs/model.md §9), fewer than a quarter
            assertTrue(fast < reference / 4, c.name() + ": " + fast + " of " + reference + " evaluations");
        }
    }

    @Test
    void aScheduleThatPromisesNothingIsIntegratedWithTheDailyRk4Throughout() {
        // a lambda schedule keeps the default levelsSmoothUntil: a jump may come any day, so no Rosenbrock step
        HormoneSchedule stepAt50 = age -> age < 50 ? HormoneLevels.PREMENOPAUSAL : HormoneLevels.POSTMENOPAUSAL;
        double[] fast = Forecast.bmdRelByDay(SteadyState.REFERENCE, 45, 10, stepAt50, Forecast.Scheme.FAST);
        double[] reference = Forecast.bmdRelByDay(SteadyState.REFERENCE, 45, 10, stepAt50, Forecast.Scheme.DAILY_RK4);
        assertArrayEquals(reference, fast, 0);
        assertTrue(fast[fast.length - 1] < 0.95, "the run loses bone, so the comparison means something");
    }

    @Test
    void theFirstTwoMonthsAfterAJumpAreTheDailyRk4sOwn() {
        // surgery at 50: the osteoclast transient is where the 1-day RK4 differs most from finer steps, and the
        // fast scheme keeps to the reference there
        Scenario s = new Scenario(Scenario.Sex.FEMALE, 45, 10, Scenario.Menopause.SURGICAL, 50, null, List.of(),
                BmdScale.DEFAULT_BASELINE_G_PER_CM2, 1);
        double[] fast = Forecast.bmdRelByDay(s.initialState(), 45, 10, s.schedule(), Forecast.Scheme.FAST);
        double[] reference = Forecast.bmdRelByDay(s.initialState(), 45, 10, s.schedule(), Forecast.Scheme.DAILY_RK4);
        int surgery = (int) Math.ceil(5 * Forecast.DAYS_PER_YEAR);
        double before = Math.abs(fast[surgery] - reference[surgery]);
        for (int d = surgery + 1; d <= surgery + FastSteps.RK4_DAYS_AFTER_JUMP; d++) {
            // the two start the window apart by what the smooth years before left, and take the same steps in it
            assertEquals(reference[d] - reference[surgery], fast[d] - fast[surgery], Math.max(1e-9, 4 * before),
                    "day " + d);
        }
        assertTrue(reference[surgery + 60] < reference[surgery] - 0.005, "the window sees the loss begin");
    }

    @Test
    void rowsOfAnySpacingAndTheDailyBmdComeFromOneIntegration() {
        Scenario s = Scenario.defaultFemale().withTherapies(List.of(new TherapyCourse(Regimen.EP, 56, 61)));
        double[] byDay = Forecast.bmdRelByDay(s.initialState(), s.startAge(), s.years(), s.schedule());
        for (int every : new int[] {1, 7, 30, 365}) {
            List<Readout> rows = Forecast.run(s.withEveryDays(every));
            for (int i = 0; i < rows.size() - 1; i++) assertEquals(byDay[i * every], rows.get(i).bmdRel(), 0);
            assertEquals(byDay[byDay.length - 1], rows.getLast().bmdRel(), 0);
        }
    }

    @Test
    void theFastSchemeTakesTheCalibratedMechanostatGainOnly() {
        assertThrows(IllegalArgumentException.class, () -> Forecast.project(SteadyState.REFERENCE, 45, 1,
                HormoneSchedule.constant(HormoneLevels.POSTMENOPAUSAL), 30, 1.056, Double.NaN,
                HormoneEffects.CALIBRATED, 1.0, Forecast.Scheme.FAST));
    }
}
