package org.bonebalance.sim.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.Test;

/** Going back to a past moment rebuilds it exactly, and playing on from it gives the straight run's readings. */
class AppModelScrubTest {
    private static final double DT = 1.0 / 60;
    private static final int FRAMES = 600;           // 10 s at one year a second: ten years
    private static final int LEVELS_AT = 120;        // menopause two years in
    private static final int THERAPY_AT = 330;       // therapy later
    private static final double REL = 1e-9;

    /** The same script of inputs for every run: frame i, what happens before it steps. */
    private static void input(AppModel m, int frame) {
        if (frame == LEVELS_AT) m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        if (frame == THERAPY_AT) m.setLevels(Preset.MHT_EP.levels());
        if (frame == 450) m.setSpeed(Speed.FIVE_YEARS);
        if (frame == 500) m.setSpeed(Speed.YEAR);
    }

    private static AppModel fresh() {
        AppModel m = new AppModel(new Simulation());
        m.setSpeed(Speed.YEAR);
        m.play();
        return m;
    }

    /** The straight run: readouts after each frame, and the site's and field's state. */
    private static List<Snapshot> straight(AppModel m, int from, int to) {
        List<Snapshot> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            input(m, i);
            out.add(m.step(DT));
        }
        return out;
    }

    @Test
    void scrubbingBackShowsTheMomentAsTheStraightRunShowedIt() {
        AppModel a = fresh();
        List<Snapshot> run = straight(a, 0, FRAMES);
        AppModel b = fresh();
        straight(b, 0, FRAMES);
        for (int k : new int[] {0, 59, LEVELS_AT, 200, THERAPY_AT + 7, 470, FRAMES - 2}) {
            Snapshot then = run.get(k);
            Snapshot shown = b.scrubTo(then.elapsedDays());
            assertReadoutsEqual(then.readout(), shown.readout(), "frame " + k);
            assertEquals(then.elapsedDays(), shown.elapsedDays(), 1e-9);
            assertEquals(then.historySize(), shown.historySize(), "history at frame " + k);
            assertTrue(b.scrub().isPresent());
            assertFalse(shown.playing(), "a past moment is shown paused");
        }
    }

    @Test
    void theWhyTraceFollowsThePastMomentAndComesBackWithNow() {
        HormoneLevels ref = HormoneLevels.PREMENOPAUSAL;
        AppModel a = fresh();
        List<Snapshot> run = straight(a, 0, FRAMES);
        AppModel b = fresh();
        b.why().trace(org.bonebalance.sim.why.Reading.BMD, ref, b.snapshot()); // the panel was opened at the start
        straight(b, 0, FRAMES);
        double nowBmd = a.why().trace(org.bonebalance.sim.why.Reading.BMD, ref, a.snapshot()).attribution().estradiol();
        int k = 250;
        Snapshot then = b.scrubTo(run.get(k).elapsedDays());
        // the same moment reached straight: a fresh model run to frame k
        AppModel c = fresh();
        List<Snapshot> toK = straight(c, 0, k + 1);
        var expected = c.why().trace(org.bonebalance.sim.why.Reading.BMD, ref, toK.getLast());
        var shown = b.why().trace(org.bonebalance.sim.why.Reading.BMD, ref, then);
        assertEquals(expected.reference(), shown.reference(), 1e-9 * Math.abs(expected.reference()), "reference at the moment");
        assertEquals(expected.attribution().estradiol(), shown.attribution().estradiol(), 1e-9, "estradiol's share then");
        assertEquals(expected.attribution().progesterone(), shown.attribution().progesterone(), 1e-9, "progesterone's share then");
        b.scrubTo(run.get(60).elapsedDays()); // further back, then forward again: replayed, not caught up at one level
        b.scrubTo(run.get(400).elapsedDays());
        Snapshot back = b.backToNow();
        var again = b.why().trace(org.bonebalance.sim.why.Reading.BMD, ref, back);
        assertEquals(nowBmd, again.attribution().estradiol(), 1e-9, "back to now: the trace of the run as it was");
    }

    @Test
    void playingOnFromAPastMomentGivesTheStraightRunsReadings() {
        AppModel a = fresh();
        List<Snapshot> run = straight(a, 0, FRAMES);
        AppModel b = fresh();
        straight(b, 0, FRAMES);
        int k = 250;
        b.scrubTo(run.get(k).elapsedDays());
        assertEquals(AppModel.PlayLevels.THEN, b.playLevels(), "the default: the levels of that moment");
        b.play();
        assertTrue(b.scrub().isEmpty(), "playing leaves the past moment");
        List<Snapshot> again = straight(b, k + 1, FRAMES);
        for (int i = 0; i < again.size(); i++) {
            assertReadoutsEqual(run.get(k + 1 + i).readout(), again.get(i).readout(), "frame " + (k + 1 + i));
        }
        assertEquals(a.site().cumulativeDeficitUm(), b.site().cumulativeDeficitUm(), 1e-12);
        assertEquals(a.site().phase(), b.site().phase());
        assertEquals(a.site().dayInPhase(), b.site().dayInPhase(), 1e-9);
        assertEquals(a.switchField().fusions(), b.switchField().fusions());
        assertEquals(a.switchField().time(), b.switchField().time(), 1e-9);
        assertEquals(a.snapshot().historySize(), b.snapshot().historySize());
    }

    @Test
    void scrubbingTwiceAndBackToNowLosesNothing() {
        AppModel b = fresh();
        List<Snapshot> run = straight(b, 0, FRAMES);
        Snapshot now = b.snapshot();
        double deficit = b.site().cumulativeDeficitUm();
        b.scrubTo(run.get(100).elapsedDays());
        b.scrubTo(run.get(400).elapsedDays());
        b.scrubTo(run.get(30).elapsedDays());
        Snapshot back = b.backToNow();
        assertTrue(b.scrub().isEmpty());
        assertReadoutsEqual(now.readout(), back.readout(), "now");
        assertEquals(now.historySize(), back.historySize());
        assertEquals(deficit, b.site().cumulativeDeficitUm(), 0);
    }

    @Test
    void aMomentInsideALongStepIsReachedAndPlayingOnKeepsTheRecordWhole() {
        AppModel m = new AppModel(new Simulation());
        m.setLevels(HormoneLevels.POSTMENOPAUSAL);
        m.advanceDays(5 * 365.25);              // one step of five years (a lesson's "advance")
        Snapshot five = m.snapshot();
        Snapshot mid = m.scrubToAge(Simulation.DEFAULT_START_AGE + 2);
        assertEquals(Simulation.DEFAULT_START_AGE + 2, mid.ageYears(), 1e-9);
        // the rest of the step from there lands where the straight run did (same RK4 days, a day at a time)
        m.advanceDays(3 * 365.25);
        assertEquals(five.readout().bmdGPerCm2(), m.snapshot().readout().bmdGPerCm2(), 1e-6);
        // the record now holds the two-year part: scrubbing back to one year still works from it
        Snapshot one = m.scrubToAge(Simulation.DEFAULT_START_AGE + 1);
        assertEquals(Simulation.DEFAULT_START_AGE + 1, one.ageYears(), 1e-9);
    }

    @Test
    void playingWithTodaysLevelsTakesThemAndDropsTheLaterRun() {
        AppModel m = fresh();
        List<Snapshot> run = straight(m, 0, FRAMES);
        m.scrubTo(run.get(60).elapsedDays());
        assertEquals(HormoneLevels.PREMENOPAUSAL, m.scrub().get().levelsThen());
        assertEquals(Preset.MHT_EP.levels(), m.scrub().get().levelsToday());
        m.setPlayLevels(AppModel.PlayLevels.TODAY);
        assertEquals(Preset.MHT_EP.levels(), m.scrub().get().levelsForPlay());
        Snapshot s = m.play();
        assertEquals(Preset.MHT_EP.levels(), s.readout().levels());
        assertEquals(run.get(60).elapsedDays(), s.elapsedDays(), 1e-9, "the run goes on from that moment");
        // the later run is gone: the furthest one can go back to now is that moment
        m.step(DT);
        Snapshot back = m.scrubTo(run.get(300).elapsedDays());
        assertTrue(m.scrub().isEmpty(), "there is no later moment to show");
        assertTrue(back.elapsedDays() < run.get(70).elapsedDays());
    }

    @Test
    void theLifeCourseClockCountsYearsSinceTheRunsMenopause() {
        AppModel m = fresh();
        List<Snapshot> run = straight(m, 0, FRAMES);
        Snapshot before = run.get(LEVELS_AT - 1);
        assertTrue(Double.isNaN(before.yearsSinceMenopause()));
        Snapshot at = run.get(LEVELS_AT);
        assertEquals(at.ageYears() - at.readout().ageYears(), 0, 1e-12);
        double menopauseAge = at.menopauseAgeYears();
        assertEquals(run.get(LEVELS_AT - 1).ageYears(), menopauseAge, 1e-9, "levels changed before frame 120 stepped");
        Snapshot later = run.get(FRAMES - 1);
        assertEquals(later.ageYears() - menopauseAge, later.yearsSinceMenopause(), 1e-12);
        // therapy's estradiol does not undo menopause
        assertEquals(menopauseAge, later.menopauseAgeYears(), 0);
        // and a past moment carries its own
        assertTrue(Double.isNaN(m.scrubTo(run.get(50).elapsedDays()).yearsSinceMenopause()));
    }

    static void assertReadoutsEqual(Readout want, Readout got, String where) {
        double[] w = values(want), g = values(got);
        for (int i = 0; i < w.length; i++) {
            double tol = REL * Math.max(1e-300, Math.abs(w[i]));
            assertEquals(w[i], g[i], tol, where + ", quantity " + i);
        }
        assertEquals(want.levels(), got.levels(), where);
    }

    private static double[] values(Readout r) {
        return new double[] {r.ageYears(), r.obpRel(), r.obaRel(), r.ocaRel(), r.ranklRel(), r.opgRel(),
                r.ranklRankRel(), r.bvTvPct(), r.bmdRel(), r.bmdGPerCm2(), r.tScore(), r.p1npRel(),
                r.fractureRrVertebral(), r.fractureRrAny(), r.formationOverResorption()};
    }
}
