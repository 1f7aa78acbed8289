package org.bonebalance.sim.why;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.Test;

/**
 * The trace fed snapshot by snapshot, as its owner does: a combination whose "off" hormones are already at the
 * reference is the simulation's own run step for step (through changes of levels and frames that end between
 * weekly marks), a snapshot from earlier rewinds it, missed steps are caught up, and the rate of a short run is
 * taken over the whole run.
 */
class RunTraceFollowTest {
    private static final HormoneLevels PRE = HormoneLevels.PREMENOPAUSAL;   // the reference: 100, 5, 30
    /** Only estradiol differs from the reference: with estradiol "on" a combination is the run itself. */
    private static final HormoneLevels LOW_E2 = new HormoneLevels(5, 5, 30);
    private static final HormoneLevels SOME_E2 = new HormoneLevels(40, 5, 30);

    private static RunTrace traceOf(Simulation sim) {
        return new RunTrace(sim.startAge(), sim.baselineBmdGPerCm2());
    }

    private static void assertSameRun(Readout want, Readout got, String what) {
        double[][] pairs = {{want.ocaRel(), got.ocaRel()}, {want.ranklRel(), got.ranklRel()},
                {want.obaRel(), got.obaRel()}, {want.bmdGPerCm2(), got.bmdGPerCm2()},
                {want.fractureRrVertebral(), got.fractureRrVertebral()},
                {want.formationOverResorption(), got.formationOverResorption()}};
        for (double[] p : pairs) assertEquals(p[0], p[1], 1e-12 * Math.abs(p[0]), what);
        assertEquals(want.levels(), got.levels(), what);
        assertEquals(want.ageYears(), got.ageYears(), 1e-12, what);
    }

    @Test
    void aCombinationAtTheRunsOwnLevelsIsTheSimulationFrameByFrame() {
        Simulation sim = new Simulation();
        Simulation reference = new Simulation();
        RunTrace t = traceOf(sim);
        for (Simulation s : List.of(sim, reference)) {
            s.setSpeed(Speed.YEAR);
            s.play();
        }
        t.follow(sim.setLevels(LOW_E2));
        for (int f = 0; f < 240; f++) {
            if (f == 120) t.follow(sim.setLevels(SOME_E2));
            reference.step(1 / 60.0);
            t.follow(sim.step(1 / 60.0));
            if (f % 40 == 39) {
                Moment[] m = t.moments(PRE, sim.snapshot());
                assertSameRun(sim.snapshot().readout(), m[Attribution.E2].readout(), "estradiol on, frame " + f);
                assertSameRun(reference.snapshot().readout(), m[Attribution.P4].readout(), "estradiol off, frame " + f);
                assertSameRun(reference.snapshot().readout(), m[Attribution.NONE].readout(), "none on, frame " + f);
                assertEquals(m[Attribution.ALL].bmdRatePctPerYear(), m[Attribution.E2].bmdRatePctPerYear(), 1e-12);
            }
        }
        assertEquals(sim.snapshot().elapsedDays(), t.elapsedDays(), 0);
        // the rate over the last year, from the simulation's own weekly record a year back
        Snapshot now = sim.snapshot();
        double yearAgo = now.elapsedDays() - 365.25;
        int i = (int) Math.floor(yearAgo / Simulation.HISTORY_EVERY_DAYS);
        double w = yearAgo / Simulation.HISTORY_EVERY_DAYS - i;
        double before = now.history().bmdAt(i) * (1 - w) + now.history().bmdAt(i + 1) * w;
        double rate = (now.readout().bmdGPerCm2() / before - 1) * 100;
        assertEquals(rate, t.moments(PRE, now)[Attribution.E2].bmdRatePctPerYear(), 1e-9);
    }

    @Test
    void aRunShorterThanAYearTakesItsRateOverTheWholeRun() {
        Simulation sim = new Simulation();
        RunTrace t = traceOf(sim);
        t.follow(sim.setLevels(LOW_E2));
        assertEquals(0, t.moments(PRE, sim.snapshot())[Attribution.E2].bmdRatePctPerYear(), 0, "no time, no rate");
        double start = BmdScale.bmdRel(SteadyState.REFERENCE[BoneModel.MINERAL]);
        double at = 0;
        for (double d : new double[] {3, 97, 200}) { // under a week, then 100 and 300 days
            t.follow(sim.advanceDays(d));
            at += d;
            double rate = (sim.snapshot().readout().bmdRel() / start - 1) * 100 * 365.25 / at;
            assertEquals(rate, t.moments(PRE, sim.snapshot())[Attribution.E2].bmdRatePctPerYear(), 1e-9 * Math.abs(rate),
                    at + " days");
        }
    }

    @Test
    void aSnapshotFromEarlierRewindsTheTraceToIt() {
        // a run of 100 days at the reference, then 90 with less estradiol; a snapshot of the same run at day 145
        // (inside the second stretch), and at the change on day 100
        for (double to : new double[] {145, 100}) {
            Simulation earlier = new Simulation();
            RunTrace straight = traceOf(earlier);
            straight.follow(earlier.advanceDays(100));
            straight.follow(earlier.setLevels(LOW_E2));
            if (to > 100) {
                straight.follow(earlier.advanceDays(30));
                straight.follow(earlier.advanceDays(to - 130));
            }
            Snapshot then = earlier.snapshot();
            RunTrace rewound = traceOf(earlier);
            rewound.replay(List.of(new RunTrace.Segment(100, PRE), new RunTrace.Segment(90, LOW_E2)));
            assertEquals(190, rewound.elapsedDays(), 0, "replayed: the stretches' days");
            rewound.follow(then);
            assertEquals(to, rewound.elapsedDays(), 0);
            Moment[] want = straight.moments(HormoneLevels.YOUNG_MALE, then);
            Moment[] got = rewound.moments(HormoneLevels.YOUNG_MALE, then);
            for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                assertSameRun(want[mask].readout(), got[mask].readout(), "day " + to + ", mask " + mask);
                assertEquals(want[mask].bmdRatePctPerYear(), got[mask].bmdRatePctPerYear(), 1e-12);
            }
            // and it goes on from there as the straight run does
            Snapshot later = earlier.advanceDays(20);
            straight.follow(later);
            rewound.follow(later);
            assertSameRun(straight.moments(HormoneLevels.YOUNG_MALE, later)[Attribution.T].readout(),
                    rewound.moments(HormoneLevels.YOUNG_MALE, later)[Attribution.T].readout(), "20 days on from " + to);
        }
    }

    @Test
    void stepsNotSeenAreCaughtUpAtTheSnapshotsLevels() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        RunTrace all = traceOf(sim);
        RunTrace gaps = traceOf(sim);
        for (int i = 1; i <= 6; i++) {
            Snapshot s = sim.advanceDays(10);
            all.follow(s);
            if (i % 3 != 2) gaps.follow(s); // misses days 10 to 20 and 40 to 50
        }
        assertEquals(60, gaps.elapsedDays(), 0);
        Snapshot now = sim.snapshot();
        Moment[] want = all.moments(PRE, now);
        Moment[] got = gaps.moments(PRE, now);
        for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
            assertSameRun(want[mask].readout(), got[mask].readout(), "mask " + mask);
        }
    }

    @Test
    void aHoldOfOneDayIsTheShortestThereIs() {
        Moment day = HeldLevels.after(Scenario.Sex.FEMALE, HormoneLevels.POSTMENOPAUSAL, 1 / 365.25);
        assertEquals(HeldLevels.START_AGE + 1 / 365.25, day.readout().ageYears(), 1e-9);
        double start = BmdScale.bmdRel(SteadyState.REFERENCE[BoneModel.MINERAL]);
        assertEquals((day.readout().bmdRel() / start - 1) * 100 * 365.25, day.bmdRatePctPerYear(), 1e-9);
        assertThrows(IllegalArgumentException.class,
                () -> HeldLevels.after(Scenario.Sex.FEMALE, HormoneLevels.POSTMENOPAUSAL, 0.4 / 365.25));
    }
}
