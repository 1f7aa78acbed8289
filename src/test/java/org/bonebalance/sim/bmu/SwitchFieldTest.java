package org.bonebalance.sim.bmu;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/**
 * The switch field's moving parts against its stated rules: binding follows the number of complexes the
 * model asks for, fusion takes {@link SwitchField#FUSION_SECONDS} of full engagement and happens only where
 * the model wants another osteoclast, osteoclasts live {@link SwitchField#OSTEOCLAST_LIFE_SECONDS} × the
 * lifespan factor and fade out, a surplus goes into apoptosis at once. Expected times are worked out from the
 * constants, with one frame of slack.
 */
class SwitchFieldTest {
    private static final double DT = 1.0 / 60;
    private static final int P = SwitchCounts.PRECURSORS;
    private static final int R = SwitchCounts.RANK_PER_PRECURSOR;
    private static final int OC = SwitchCounts.MAX_OSTEOCLASTS;

    private static SwitchCounts counts(int pairs, int osteoclasts) {
        return new SwitchCounts(10, 10, 3, pairs, osteoclasts, 0);
    }

    private static int visible(SwitchField f) {
        int n = 0;
        for (int i = 0; i < OC; i++) if (f.osteoclastVisible(i)) n++;
        return n;
    }

    @Test
    void resetShowsTheCountsSettled() {
        SwitchField f = new SwitchField();
        f.advance(3, counts(20, 5), 1);
        SwitchCounts c = counts(6, 3);
        f.reset(c);
        assertEquals(0, f.time());
        assertEquals(0, f.fusions());
        assertSame(c, f.counts());
        assertEquals(6, f.boundPairs());
        int[] expectedEngaged = {4, 2, 0, 0, 0};
        for (int p = 0; p < P; p++) {
            assertEquals(expectedEngaged[p], f.engaged(p), "precursor " + p);
            assertEquals(0, f.fusion(p));
            assertEquals(1, f.arrival(p), "every precursor in place");
            for (int r = 0; r < R; r++) assertEquals(r < expectedEngaged[p] ? 1 : 0, f.dock(p, r));
        }
        assertEquals(3, f.osteoclastsAlive());
        for (int i = 0; i < OC; i++) {
            assertEquals(i < 3, f.osteoclastVisible(i), "osteoclast " + i);
            assertEquals(i < 3 ? 1 : 0, f.osteoclastFade(i));
            assertFalse(f.osteoclastDying(i));
        }
        f.reset(counts(0, 0));
        assertEquals(0, f.boundPairs());
        assertEquals(0, visible(f));
    }

    @Test
    void aNewFieldStartsAtTheReference() {
        SwitchField f = new SwitchField();
        assertEquals(SwitchCounts.REFERENCE, f.counts());
        assertEquals(SwitchCounts.REFERENCE.ranklRank(), f.boundPairs());
        assertEquals(SwitchCounts.REFERENCE.osteoclasts(), f.osteoclastsAlive());
    }

    @Test
    void timeIsTheSumOfTheStepsAndPauseChangesNothing() {
        SwitchField f = new SwitchField();
        for (int i = 0; i < 90; i++) f.advance(DT, SwitchCounts.REFERENCE, 1);
        assertEquals(1.5, f.time(), 1e-9);
        double dock = f.dock(0, 0), x = f.driftX(2);
        f.advance(0, counts(20, 5), 1);
        f.advance(-1, counts(20, 5), 1);
        f.advance(Double.NaN, counts(20, 5), 1);
        assertEquals(1.5, f.time(), 1e-9);
        assertEquals(dock, f.dock(0, 0));
        assertEquals(x, f.driftX(2));
        assertEquals(counts(20, 5), f.counts(), "the counts are taken even while paused");
        // a precursor ready to fuse does not fuse while paused, even when the model now wants one
        SwitchField ready = new SwitchField();
        ready.reset(counts(4, 0));
        for (int i = 0; i < 20 / DT; i++) ready.advance(DT, counts(4, 0), 1);
        assertEquals(1, ready.fusion(0), 1e-9);
        ready.advance(0, counts(4, 1), 1);
        assertEquals(0, ready.fusions(), "paused");
        ready.advance(DT, counts(4, 1), 1);
        assertEquals(1, ready.fusions(), "and at once when time runs");
    }

    /**
     * A wanted receptor lets go for UNBIND_SHARE of every UNBIND_PERIOD (0.6 s of 5 s) while dock falls at
     * 1/DOCK_SECONDS, then re-binds at the same rate: it is fully docked for 5 − 0.6 − 0.6 = 3.8 s of every 5.
     */
    @Test
    void boundPairsFollowTheModelsComplexesWithBriefLettingGo() {
        double lettingGo = SwitchField.UNBIND_SHARE * SwitchField.UNBIND_PERIOD_SECONDS;
        double dockedShare = 1 - (lettingGo + Math.min(lettingGo, SwitchField.DOCK_SECONDS)) / SwitchField.UNBIND_PERIOD_SECONDS;
        for (int pairs : new int[] {6, 13, 20}) {
            SwitchField f = new SwitchField();
            SwitchCounts c = counts(pairs, 0);   // no osteoclast wanted: nothing fuses, precursors stay
            f.reset(c);
            double sum = 0, minDock = 1;
            int steps = (int) (10 * SwitchField.UNBIND_PERIOD_SECONDS / DT);
            for (int i = 0; i < steps; i++) {
                f.advance(DT, c, 1);
                for (int p = 0; p < P; p++) {
                    assertTrue(f.engaged(p) <= c.engagedTarget(p), "never more complexes than the model has");
                    for (int r = c.engagedTarget(p); r < R; r++) assertEquals(0, f.dock(p, r), "unwanted receptor free");
                }
                sum += f.boundPairs();
                minDock = Math.min(minDock, f.dock(0, 0));
            }
            assertEquals(dockedShare * pairs, sum / steps, 0.04 * pairs, pairs + " pairs");
            assertEquals(0, minDock, 1e-9, "a pair lets go completely before re-binding");
            assertEquals(0, f.fusions());
        }
    }

    @Test
    void newComplexesDockOverDockSecondsAndSurplusOnesUndockAsFast() {
        SwitchField f = new SwitchField();
        f.reset(counts(0, 0));
        SwitchCounts more = counts(20, 0);
        int steps = (int) Math.round(SwitchField.DOCK_SECONDS / 2 / DT);
        double sumBefore = 0;
        for (int i = 0; i < steps; i++) f.advance(DT, more, 1);
        for (int p = 0; p < P; p++) for (int r = 0; r < R; r++) sumBefore += f.dock(p, r);
        // after half the docking time a receptor is half docked, unless it let go meanwhile (12 % of receptors)
        double mean = sumBefore / (P * R);
        assertTrue(mean > 0.5 * 0.8 && mean <= 0.5 + 1e-9, "half docked on average: " + mean);
        assertEquals(0, f.boundPairs(), "none complete before DOCK_SECONDS");
        for (int i = 0; i < steps + 2; i++) f.advance(DT, more, 1);
        assertTrue(f.boundPairs() >= 20 * 0.75, "most docked after DOCK_SECONDS: " + f.boundPairs());
        SwitchCounts fewer = counts(4, 0);
        for (int i = 0; i < Math.round(SwitchField.DOCK_SECONDS / DT) + 1; i++) f.advance(DT, fewer, 1);
        for (int p = 1; p < P; p++) for (int r = 0; r < R; r++) assertEquals(0, f.dock(p, r), "undocked " + p);
    }

    /**
     * One precursor fully engaged, one osteoclast wanted: the fusion clock runs only while all its receptors
     * are docked and stops (without falling back) while one briefly lets go, so fusion happens after
     * FUSION_SECONDS of full engagement, and the new osteoclast fades in over APOPTOSIS_SECONDS.
     */
    @Test
    void aFullyEngagedPrecursorFusesAfterFusionSecondsWhenAnOsteoclastIsWanted() {
        SwitchField f = new SwitchField();
        SwitchCounts c = counts(4, 1);
        f.reset(counts(4, 0));
        double engagedSeconds = 0, t = 0;
        while (f.fusions() == 0 && t < 60) {
            boolean before = f.engaged(0) == R;
            f.advance(DT, c, 1);
            t += DT;
            if (f.fusions() == 0) {
                if (f.engaged(0) == R) engagedSeconds += DT;
                assertEquals(Math.min(1, engagedSeconds / SwitchField.FUSION_SECONDS), f.fusion(0), 1e-9);
            } else if (before) {
                engagedSeconds += DT;
            }
        }
        assertEquals(1, f.fusions());
        assertEquals(SwitchField.FUSION_SECONDS, engagedSeconds, 1.5 * DT);
        assertTrue(t >= SwitchField.FUSION_SECONDS, "not before " + SwitchField.FUSION_SECONDS + " s");
        // the precursor became the osteoclast: a new one drifts in, unbound
        assertEquals(0, f.fusion(0));
        assertEquals(0, f.arrival(0));
        assertEquals(0, f.engaged(0));
        assertEquals(1, f.osteoclastsAlive());
        assertTrue(f.osteoclastVisible(0), "the first free place");
        assertEquals(0, f.osteoclastFade(0));
        assertFalse(f.osteoclastDying(0));
        // it fades in over APOPTOSIS_SECONDS; the new precursor arrives over ARRIVAL_SECONDS without binding
        double arrivalSeconds = 0;
        for (int i = 0; i < Math.round(SwitchField.APOPTOSIS_SECONDS / 2 / DT); i++) f.advance(DT, c, 1);
        assertEquals(0.5, f.osteoclastFade(0), 1.5 * DT / SwitchField.APOPTOSIS_SECONDS);
        arrivalSeconds = SwitchField.APOPTOSIS_SECONDS / 2;
        assertEquals(arrivalSeconds / SwitchField.ARRIVAL_SECONDS, f.arrival(0), 1.5 * DT);
        while (f.arrival(0) < 1) {
            for (int r = 0; r < R; r++) assertEquals(0, f.dock(0, r), "no binding while drifting in");
            f.advance(DT, c, 1);
            arrivalSeconds += DT;
        }
        assertEquals(SwitchField.ARRIVAL_SECONDS, arrivalSeconds, 1.5 * DT);
        assertEquals(1, f.osteoclastFade(0), 1e-9);
        assertEquals(1, f.fusions(), "the model wants one: no second fusion");
    }

    @Test
    void noFusionWhileTheModelHasEnoughOsteoclasts() {
        SwitchField f = new SwitchField();
        SwitchCounts c = counts(20, 2);
        f.reset(c);
        for (int i = 0; i < 20 / DT; i++) f.advance(DT, c, 100);   // long-lived: none needs replacing
        assertEquals(0, f.fusions());
        for (int p = 0; p < P; p++) assertEquals(1, f.fusion(p), 1e-9, "ready, but not wanted");
        SwitchCounts more = counts(20, 5);
        f.advance(DT, more, 100);
        assertEquals(3, f.fusions(), "three more wanted: three ready precursors fuse in the same frame");
        assertEquals(5, f.osteoclastsAlive());
        assertEquals(5, visible(f));
        f.advance(DT, counts(20, 6), 100);
        assertEquals(3, f.fusions(), "no place left on screen");
    }

    @Test
    void fusionProgressFallsBackWhenThePrecursorLosesItsComplexes() {
        SwitchField f = new SwitchField();
        f.reset(counts(4, 0));
        SwitchCounts hold = counts(4, 0);
        double engaged = 0;
        while (engaged < 1.0) {
            f.advance(DT, hold, 1);
            if (f.engaged(0) == R) engaged += DT;
        }
        double progress = f.fusion(0);
        assertEquals(1.0 / SwitchField.FUSION_SECONDS, progress, 1.5 * DT / SwitchField.FUSION_SECONDS);
        SwitchCounts gone = counts(2, 0);
        for (int i = 0; i < Math.round(0.5 / DT); i++) f.advance(DT, gone, 1);
        assertEquals(progress - 0.5 / SwitchField.FUSION_SECONDS, f.fusion(0), 1.5 * DT / SwitchField.FUSION_SECONDS);
        for (int i = 0; i < 3 / DT; i++) f.advance(DT, gone, 1);
        assertEquals(0, f.fusion(0));
    }

    /** Time from the start until osteoclast i starts dying, or NaN. */
    private static double[] deathTimes(SwitchField f, SwitchCounts c, double lifespanRel, double seconds) {
        double[] at = new double[OC];
        java.util.Arrays.fill(at, Double.NaN);
        double t = 0;
        for (int s = 0; s < seconds / DT; s++) {
            f.advance(DT, c, lifespanRel);
            t += DT;
            for (int i = 0; i < OC; i++) if (f.osteoclastDying(i) && Double.isNaN(at[i])) at[i] = t;
        }
        return at;
    }

    @Test
    void osteoclastsLiveTheirLifespanTimesTheFactorAndDoNotAllDieAtOnce() {
        SwitchCounts c = counts(0, 4);   // no complexes: nothing replaces them
        SwitchField a = new SwitchField();
        a.reset(c);
        double[] normal = deathTimes(a, c, 1, 30);
        SwitchField b = new SwitchField();
        b.reset(c);
        double[] longer = deathTimes(b, c, 1.5, 30);
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (int i = 0; i < 4; i++) {
            assertTrue(normal[i] > 0 && normal[i] <= SwitchField.OSTEOCLAST_LIFE_SECONDS + DT, "within one life: " + normal[i]);
            assertEquals(0.5 * SwitchField.OSTEOCLAST_LIFE_SECONDS, longer[i] - normal[i], 1.5 * DT,
                    "a 1.5 times longer life adds half a life");
            distinct.add(Math.round(normal[i] / (SwitchField.OSTEOCLAST_LIFE_SECONDS / 4 / 2)));
        }
        assertEquals(4, distinct.size(), "staggered by at least a quarter life: " + java.util.Arrays.toString(normal));
        for (int i = 4; i < OC; i++) assertTrue(Double.isNaN(normal[i]));
        assertEquals(0, a.osteoclastsAlive());
        assertEquals(0, visible(a), "all gone after fading");
    }

    @Test
    void aDyingOsteoclastFadesOutOverApoptosisSeconds() {
        SwitchCounts c = counts(0, 1);
        SwitchField f = new SwitchField();
        f.reset(c);
        double t = 0;
        while (!f.osteoclastDying(0)) { f.advance(DT, c, 1); t += DT; }
        assertEquals(0.5 * SwitchField.OSTEOCLAST_LIFE_SECONDS, t, 1.5 * DT, "the only one was half way through its life");
        assertEquals(0, f.osteoclastsAlive(), "dying ones are not counted");
        assertTrue(f.osteoclastVisible(0));
        double fading = 0;
        while (f.osteoclastVisible(0)) {
            assertEquals(1 - fading / SwitchField.APOPTOSIS_SECONDS, f.osteoclastFade(0), 1.5 * DT / SwitchField.APOPTOSIS_SECONDS);
            f.advance(DT, c, 1);
            fading += DT;
        }
        assertEquals(SwitchField.APOPTOSIS_SECONDS, fading, 1.5 * DT);
        assertEquals(0, f.osteoclastFade(0));
        assertFalse(f.osteoclastDying(0));
    }

    @Test
    void aNewOsteoclastLivesAWholeLifespan() {
        SwitchField f = new SwitchField();
        f.reset(counts(4, 0));
        SwitchCounts c = counts(4, 1);
        double t = 0;
        while (f.fusions() == 0) { f.advance(DT, c, 1.19); t += DT; }
        double born = t;
        SwitchCounts none = counts(0, 1);
        while (!f.osteoclastDying(0) && t < 60) { f.advance(DT, none, 1.19); t += DT; }
        assertEquals(SwitchField.OSTEOCLAST_LIFE_SECONDS * 1.19, t - born, 1.5 * DT);
    }

    @Test
    void whenTheModelWantsFewerTheOldestGoIntoApoptosisAtOnce() {
        SwitchCounts four = counts(0, 4);
        SwitchField reference = new SwitchField();
        reference.reset(four);
        double[] dies = deathTimes(reference, four, 1, 12);
        int youngest = 0;
        for (int i = 1; i < 4; i++) if (dies[i] > dies[youngest]) youngest = i;

        SwitchField f = new SwitchField();
        f.reset(four);
        f.advance(DT, counts(0, 1), 1);
        assertEquals(1, f.osteoclastsAlive());
        for (int i = 0; i < 4; i++) assertEquals(i != youngest, f.osteoclastDying(i), "osteoclast " + i);
        f.advance(DT, counts(0, 0), 1);
        assertEquals(0, f.osteoclastsAlive());
        f.advance(DT, counts(0, 3), 1);
        assertEquals(0, f.osteoclastsAlive(), "no RANK engaged: no new osteoclasts");
    }

    @Test
    void opgAndCytokinesDriftSlowlyAroundTheirOwnPlacesSpreadOverTheField() {
        SwitchField f = new SwitchField();
        int n = SwitchCounts.MAX_OPG + SwitchCounts.MAX_CYTOKINES;
        double[] minX = new double[n], maxX = new double[n], minY = new double[n], maxY = new double[n];
        java.util.Arrays.fill(minX, 2);
        java.util.Arrays.fill(minY, 2);
        java.util.Arrays.fill(maxX, -1);
        java.util.Arrays.fill(maxY, -1);
        double[] lastX = new double[n], lastY = new double[n];
        double fastest = 0;
        for (int s = 0; s <= 60 / DT; s++) {
            for (int i = 0; i < n; i++) {
                double x = f.driftX(i), y = f.driftY(i);
                assertTrue(x >= 0 && x <= 1 && y >= 0 && y <= 1, "inside the field");
                if (s > 0) fastest = Math.max(fastest, Math.hypot(x - lastX[i], y - lastY[i]) / DT);
                lastX[i] = x;
                lastY[i] = y;
                minX[i] = Math.min(minX[i], x);
                maxX[i] = Math.max(maxX[i], x);
                minY[i] = Math.min(minY[i], y);
                maxY[i] = Math.max(maxY[i], y);
            }
            f.advance(DT, SwitchCounts.REFERENCE, 1);
        }
        double meanX = 0, meanY = 0, spreadX = 0;
        for (int i = 0; i < n; i++) {
            // x: a sway of 3–9 % of the field plus a 0.4 × harmonic; y: 5–15 %; full swings within a minute
            assertTrue(maxX[i] - minX[i] > 0.02 && maxX[i] - minX[i] <= 2 * 1.4 * 0.09 + 1e-9, "x sway of " + i);
            assertTrue(maxY[i] - minY[i] > 0.08 && maxY[i] - minY[i] <= 2 * 0.15 + 1e-9, "y sway of " + i);
            meanX += (minX[i] + maxX[i]) / 2 / n;
            meanY += (minY[i] + maxY[i]) / 2 / n;
        }
        for (int i = 0; i < n; i++) spreadX = Math.max(spreadX, Math.abs((minX[i] + maxX[i]) / 2 - meanX));
        assertEquals(0.5, meanX, 0.15, "spread across the width");
        assertEquals(0.5, meanY, 0.15, "spread across the height");
        assertTrue(spreadX > 0.25, "not bunched up: " + spreadX);
        // slow: at most 0.09 × 0.6 × (1 + 0.4 × 1.7) in x and 0.15 × 0.5 in y, per second
        assertTrue(fastest <= Math.hypot(0.09 * 0.6 * 1.68, 0.15 * 0.5) + 1e-3, "slow drift: " + fastest);
        assertTrue(fastest > 0.02, "but moving: " + fastest);
    }

    @Test
    void cytokinesTravelTheirPathEvenlySpacedAQuarterPerSecond() {
        SwitchField f = new SwitchField();
        int n = 8;
        for (int i = 0; i < n; i++) assertEquals((double) i / n, f.cytokineProgress(i, n), 1e-9);
        assertEquals(0, f.cytokineProgress(0, 0), 1e-9, "no division by zero");
        for (int s = 0; s < 60; s++) f.advance(DT, SwitchCounts.REFERENCE, 1);
        for (int i = 0; i < n; i++) {
            double p = f.cytokineProgress(i, n);
            assertTrue(p >= 0 && p < 1);
            assertEquals(((double) i / n + 0.25) % 1, p, 1e-9);
        }
        for (int s = 0; s < 180; s++) f.advance(DT, SwitchCounts.REFERENCE, 1);
        double p = f.cytokineProgress(0, n);
        assertEquals(0, Math.min(p, 1 - p), 1e-9, "one trip every 4 s, then again from the T cell");
    }
}
