package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.CoreParameters;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.junit.jupiter.api.Test;

/** The real-time path: clamped dt, pause, sub-stepping, reset. */
class SimulationTest {
    private static Simulation postmenopausal() {
        return new Simulation(50, HormoneLevels.POSTMENOPAUSAL, BmdScale.DEFAULT_BASELINE_G_PER_CM2);
    }

    @Test
    void pausedFramesReportNoChange() {
        Simulation sim = postmenopausal();
        Snapshot paused = sim.step(1.0 / 60);
        org.junit.jupiter.api.Assertions.assertSame(paused, sim.step(1.0 / 60),
                "nothing moved: the same snapshot, so no observer is told of a change");
        sim.play();
        Snapshot playing = sim.step(0);
        assertTrue(playing.playing(), "pressing play is a change");
        sim.pause();
        assertFalse(sim.step(0).playing(), "and so is pausing");
    }

    @Test
    void aStalledFrameIsClampedToHalfASecond() {
        Simulation sim = postmenopausal();
        sim.setSpeed(Speed.YEAR);
        sim.play();
        Snapshot s = sim.step(10.0);
        assertEquals(Simulation.MAX_DT_SECONDS * Speed.YEAR.daysPerSecond(), s.elapsedDays(), 1e-9);
        assertEquals(s.elapsedDays(), s.lastStepDays(), 1e-9);
        assertEquals(0, sim.step(-1).lastStepDays(), 0, "a negative dt does not run time backwards");
    }

    @Test
    void pausedDoesNotMove() {
        Simulation sim = postmenopausal();
        double[] before = sim.stateCopy();
        Snapshot s = sim.step(0.4);
        assertFalse(s.playing());
        assertEquals(0, s.elapsedDays(), 0);
        assertArrayEquals(before, sim.stateCopy(), 0);
        sim.play();
        sim.step(0.1);
        sim.pause();
        double[] mid = sim.stateCopy();
        sim.step(0.3);
        assertArrayEquals(mid, sim.stateCopy(), 0);
    }

    @Test
    void wholeDaysMatchTheForecastForTheSameDays() {
        Simulation sim = postmenopausal();
        sim.advanceDays(365);
        List<Readout> f = Forecast.project(SteadyState.REFERENCE, 50, 365 / Forecast.DAYS_PER_YEAR,
                HormoneSchedule.constant(HormoneLevels.POSTMENOPAUSAL), 365, 1.056, Double.NaN,
                HormoneEffects.CALIBRATED, CoreParameters.LAMBDA, Forecast.Scheme.DAILY_RK4);
        assertEquals(f.getLast().bmdRel(), sim.snapshot().readout().bmdRel(), 1e-12);
        assertEquals(f.getLast().ocaRel(), sim.snapshot().readout().ocaRel(), 1e-12);
    }

    @Test
    void frameSubSteppingAgreesWithTheForecast() {
        // 60 frames of 1/60 s at one year per second: one year in fractional sub-steps
        Simulation sim = postmenopausal();
        sim.setSpeed(Speed.YEAR);
        sim.play();
        for (int i = 0; i < 60; i++) sim.step(1.0 / 60);
        assertEquals(Forecast.DAYS_PER_YEAR, sim.snapshot().elapsedDays(), 1e-9);
        double[] byDay = Forecast.bmdRelByDay(SteadyState.REFERENCE, 50, 2, HormoneSchedule.constant(HormoneLevels.POSTMENOPAUSAL),
                Forecast.Scheme.DAILY_RK4);
        // the forecast steps whole days; the simulation reached day 365.25: interpolate
        double expected = byDay[365] + 0.25 * (byDay[366] - byDay[365]);
        // frames cut the days into uneven sub-steps (1 day, remainders, weekly history points); after the abrupt
        // switch to postmenopausal levels the osteoclast transient makes 1-day RK4 differ from finer steps by
        // about 2e-4 of BMD (0.02 points): within 3e-4
        assertEquals(expected, sim.snapshot().readout().bmdRel(), 3e-4);
        assertTrue(sim.snapshot().readout().bmdRel() < 0.99, "postmenopausal levels lose bone within a year");
    }

    @Test
    void resetReturnsToTheReferenceAndPauses() {
        Simulation sim = postmenopausal();
        Snapshot fresh = sim.snapshot();
        sim.play();
        sim.step(0.5);
        sim.advanceDays(100);
        Snapshot after = sim.reset();
        assertFalse(after.playing());
        assertEquals(0, after.elapsedDays(), 0);
        assertArrayEquals(SteadyState.REFERENCE, sim.stateCopy(), 0);
        assertEquals(fresh.readout(), after.readout());
        assertEquals(1, after.historySize());
        assertEquals(HormoneLevels.POSTMENOPAUSAL, sim.levels(), "reset keeps the levels");
        // and it runs again exactly as the first time
        sim.advanceDays(200);
        Simulation other = postmenopausal();
        other.advanceDays(200);
        assertArrayEquals(other.stateCopy(), sim.stateCopy(), 0);
    }

    @Test
    void historyIsSampledWeekly() {
        Simulation sim = postmenopausal();
        sim.advanceDays(70);
        assertEquals(1 + 10, sim.snapshot().historySize());
    }
}
