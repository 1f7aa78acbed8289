package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.junit.jupiter.api.Test;

class ForecastTest {
    /** Daily BMD evaluating the schedule every day (no hold): what Forecast must reproduce. */
    private static double[] dailyEvaluation(HormoneSchedule s, double start, double years) {
        int days = (int) Math.round(years * Forecast.DAYS_PER_YEAR);
        double[] y = SteadyState.REFERENCE.clone();
        double[] out = new double[days + 1];
        out[0] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        Rk4 rk4 = new Rk4();
        HormoneLevels levels = s.at(start);
        HormoneEffects h = HormoneEffects.of(levels, start);
        for (int d = 0; d < days; d++) {
            double age = start + d / Forecast.DAYS_PER_YEAR;
            HormoneLevels now = s.at(age);
            if (!now.equals(levels) || HormoneEffects.pthAge(age) != h.pthAgeYears()) {
                levels = now;
                h = HormoneEffects.of(now, age);
            }
            rk4.step(y, h, 1.0);
            out[d + 1] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        }
        return out;
    }

    @Test
    void holdingTheScheduleChangesBmdByLessThan1e6Points() {
        Scenario base = Scenario.defaultFemale();
        for (Scenario s : List.of(base, base.withStart(30, 60),
                base.withTherapies(List.of(new TherapyCourse(Regimen.EP, 53, 58), new TherapyCourse(Regimen.E, 60, 70))))) {
            double[] fast = Forecast.bmdRelByDay(SteadyState.REFERENCE, s.startAge(), s.years(), s.schedule(),
                    Forecast.Scheme.DAILY_RK4);
            double[] exact = dailyEvaluation(s.schedule(), s.startAge(), s.years());
            for (int i = 0; i < exact.length; i++) {
                assertEquals(exact[i], fast[i], 1e-8, "day " + i + " of " + s);
            }
        }
    }

    @Test
    void projectAndBmdByDayIntegrateIdentically() {
        // the consultation's anchoring relies on this (bmdRelByDay at a day == run(...) row of that day)
        for (Scenario s : List.of(Scenario.defaultFemale().withEveryDays(1),
                Scenario.defaultFemale().withEveryDays(7).withTherapies(List.of(new TherapyCourse(Regimen.EP, 56, 61))))) {
            List<Readout> rows = Forecast.run(s);
            double[] byDay = Forecast.bmdRelByDay(s.initialState(), s.startAge(), s.years(), s.schedule());
            for (int i = 0; i < rows.size() - 1; i++) {
                assertEquals(byDay[i * s.everyDays()], rows.get(i).bmdRel(), 0, "row " + i);
            }
            assertEquals(byDay[byDay.length - 1], rows.getLast().bmdRel(), 0);
        }
    }

    @Test
    void naturalMenopauseHoldPromiseIsKept() {
        HormoneSchedule s = HormoneSchedule.naturalMenopause(51, HormoneLevels.PREMENOPAUSAL, HormoneLevels.POSTMENOPAUSAL);
        for (double age = 20; age < 100; age += 0.37) {
            double until = s.levelsHoldUntil(age);
            assertTrue(until >= age);
            HormoneLevels at = s.at(age);
            double end = Math.min(until, 120);
            for (double a = age; a < end; a += Math.max((end - age) / 50, 1e-3)) {
                assertEquals(at.estradiolPgPerMl(), s.at(a).estradiolPgPerMl(), 95 * HormoneSchedule.HOLD_TOLERANCE * 1.01);
            }
        }
    }

    @Test
    void rowsEveryDDaysFirstAndLastIncluded() {
        List<Readout> rows = Forecast.run(Scenario.defaultFemale());
        assertEquals(14610 / 30 + 1, rows.size());
        assertEquals(45, rows.getFirst().ageYears(), 1e-12);
        assertEquals(85, rows.getLast().ageYears(), 1e-12);
        List<Readout> weekly = Forecast.run(Scenario.defaultFemale().withStart(50, 1).withEveryDays(7));
        // 365 days: rows at 0, 7, ..., 364 and 365
        assertEquals(1 + 52 + 1, weekly.size());
        assertEquals(50 + 364 / 365.25, weekly.get(weekly.size() - 2).ageYears(), 1e-12);
        assertEquals(50 + 365 / 365.25, weekly.getLast().ageYears(), 1e-12);
    }

    @Test
    void startsFromTheReferenceStateOfEachSex() {
        Readout woman = Forecast.run(Scenario.defaultFemale()).getFirst();
        assertEquals(1.0, woman.bmdRel(), 1e-12);
        assertEquals(1.0, woman.ocaRel(), 1e-9);
        Scenario man = new Scenario(Scenario.Sex.MALE, 30, 40, Scenario.Menopause.NONE, Double.NaN, null, List.of(),
                1.056, 365);
        List<Readout> rows = Forecast.run(man);
        assertEquals(HormoneLevels.YOUNG_MALE, rows.getFirst().levels());
        // a young man is in bone balance (docs/model.md §4: the androgen strength is fitted to that): formation
        // equals resorption at the cell steady state and BMD holds to 50; then PTH rises with age and he loses
        // bone slowly
        assertEquals(1.0, rows.getFirst().formationOverResorption(), 0.005);
        assertEquals(0, 100 * (rows.get(20).bmdRel() - rows.getFirst().bmdRel()), 0.05);
        double lossAfter50 = 100 * (rows.getLast().bmdRel() - rows.get(20).bmdRel());
        assertTrue(lossAfter50 < -1 && lossAfter50 > -10, "a man loses a few points from 50 to 70: " + lossAfter50);
    }

    @Test
    void therapyReplacesEstradiolAndProgesteroneWhileItRuns() {
        Scenario s = Scenario.defaultFemale().withTherapies(List.of(new TherapyCourse(Regimen.EP, 56, 61)));
        HormoneSchedule schedule = s.schedule();
        HormoneLevels during = schedule.at(58);
        assertEquals(40, during.estradiolPgPerMl(), 0);
        assertEquals(5, during.progesteroneNgPerMl(), 0);
        assertEquals(20, during.testosteroneNgPerDl(), 1e-6);
        assertEquals(HormoneLevels.POSTMENOPAUSAL.estradiolPgPerMl(), schedule.at(62).estradiolPgPerMl(), 1e-3);
        assertEquals(55.99, schedule.levelsHoldUntil(55.99), 0, "in the menopausal transition nothing is promised");
        HormoneSchedule surgical = new Scenario(Scenario.Sex.FEMALE, 45, 40, Scenario.Menopause.SURGICAL, 50, null,
                List.of(new TherapyCourse(Regimen.EP, 56, 61)), 1.056, 30).schedule();
        assertEquals(50, surgical.levelsHoldUntil(45), 0, "the surgery bounds the hold");
        assertEquals(56, surgical.levelsHoldUntil(55.99), 0, "the course start bounds the hold");
        assertEquals(61, surgical.levelsHoldUntil(56), 0, "the course stop bounds the hold");
        assertEquals(Double.POSITIVE_INFINITY, surgical.levelsHoldUntil(61), 0);
    }
}
