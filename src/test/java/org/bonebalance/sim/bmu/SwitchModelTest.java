package org.bonebalance.sim.bmu;

import static org.junit.jupiter.api.Assertions.*;

import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.Test;

/** Counts from model values, the shared switch definition and the moving parts of the switch. */
class SwitchModelTest {

    private static Readout after(HormoneLevels levels, double years) {
        Simulation sim = new Simulation();
        sim.setLevels(levels);
        sim.advanceDays(years * 365.25);
        return sim.snapshot().readout();
    }

    @Test
    void referenceGivesTheStatedReferenceCounts() {
        SwitchCounts c = SwitchCounts.of(new Simulation().snapshot().readout());
        assertEquals(SwitchCounts.REFERENCE, c);
    }

    @Test
    void countsFollowTheModelRelativeToTheReference() {
        Readout post = after(HormoneLevels.POSTMENOPAUSAL, 2);
        SwitchCounts c = SwitchCounts.of(post);
        assertEquals(Math.round(SwitchCounts.RANKL_AT_REFERENCE * post.ranklRel()), c.ranklFree());
        assertEquals(Math.round(SwitchCounts.OPG_AT_REFERENCE * post.opgRel()), c.opgFree());
        assertEquals(Math.round(SwitchCounts.RANKL_RANK_AT_REFERENCE * post.ranklRankRel()), c.ranklRank());
        assertEquals(Math.round(SwitchCounts.OSTEOCLASTS_AT_REFERENCE * post.ocaRel()), c.osteoclasts());
        assertTrue(c.ranklFree() > SwitchCounts.RANKL_AT_REFERENCE * 3);
        assertTrue(c.cytokines() > 5, "T-cell route active without estrogen");
        assertEquals(0, SwitchCounts.REFERENCE.cytokines());
    }

    @Test
    void estrogenTurnsRanklDownAndOpgUpAtOnce() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        sim.advanceDays(3 * 365.25);
        SwitchCounts before = SwitchCounts.of(sim.snapshot().readout());
        SwitchCounts after = SwitchCounts.of(sim.setLevels(new HormoneLevels(100, 0.3, 20)).readout());
        assertTrue(after.ranklFree() < before.ranklFree());
        assertTrue(after.opgFree() > before.opgFree());
        assertTrue(after.ranklRank() < before.ranklRank());
    }

    @Test
    void countsAreRoundedAndCapped() {
        assertEquals(0, SwitchCounts.scaled(10, 0, 48));
        assertEquals(0, SwitchCounts.scaled(10, Double.NaN, 48));
        assertEquals(15, SwitchCounts.scaled(10, 1.46, 48));
        assertEquals(48, SwitchCounts.scaled(10, 30, 48));
    }

    @Test
    void boundPairsFillPrecursorsInOrder() {
        SwitchCounts c = new SwitchCounts(10, 10, 3, 6, 2, 0);
        assertEquals(4, c.engagedTarget(0));
        assertEquals(2, c.engagedTarget(1));
        assertEquals(0, c.engagedTarget(2));
    }

    @Test
    void switchStateHasOneDefinition() {
        assertEquals(SwitchState.HELD_BACK, SwitchState.of(new Simulation().snapshot().readout()));
        assertEquals(SwitchState.ON, SwitchState.of(after(HormoneLevels.POSTMENOPAUSAL, 1)));
        assertEquals(SwitchState.ON, SwitchState.ofDrive(SwitchState.ON_RATIO));
        assertEquals(SwitchState.HELD_BACK, SwitchState.ofDrive(SwitchState.ON_RATIO - 0.01));
        // standard therapy after years without estrogen: held back
        Simulation mht = new Simulation();
        mht.setLevels(HormoneLevels.POSTMENOPAUSAL);
        mht.advanceDays(5 * 365.25);
        mht.setLevels(new HormoneLevels(40, 5, 20));
        mht.advanceDays(365.25);
        assertEquals(SwitchState.HELD_BACK, SwitchState.of(mht.snapshot().readout()));
        // Estrogen back after years without: many osteoblasts make OPG, RANKL falls, resorption held back
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        sim.advanceDays(5 * 365.25);
        assertEquals(SwitchState.HELD_BACK, SwitchState.of(sim.setLevels(HormoneLevels.PREMENOPAUSAL).readout()));
    }

    @Test
    void animationSecondsComeFromTheSnapshotAndStopWhenPaused() {
        Simulation sim = new Simulation();
        sim.setSpeed(Speed.YEAR);
        assertEquals(0, SwitchField.secondsOf(sim.step(1.0 / 60)), "paused");
        sim.play();
        Snapshot s = sim.step(1.0 / 60);
        assertEquals(1.0 / 60, SwitchField.secondsOf(s), 1e-9);
        assertEquals(Simulation.MAX_DT_SECONDS, SwitchField.secondsOf(sim.advanceDays(365)), 1e-9);
    }

    @Test
    void enoughEngagedRankMakesPrecursorsFuseAndMoreSoWithoutEstrogen() {
        SwitchField ref = new SwitchField();
        SwitchField post = new SwitchField();
        SwitchCounts postCounts = SwitchCounts.of(after(HormoneLevels.POSTMENOPAUSAL, 1));
        ref.reset(SwitchCounts.REFERENCE);
        post.reset(SwitchCounts.REFERENCE);
        for (int i = 0; i < 60 * 60; i++) {
            ref.advance(1.0 / 60, SwitchCounts.REFERENCE, 1);
            post.advance(1.0 / 60, postCounts, 1.19);
        }
        assertTrue(ref.fusions() > 0, "osteoclasts are renewed at the reference too");
        assertTrue(post.fusions() > ref.fusions(), post.fusions() + " vs " + ref.fusions());
        assertEquals(postCounts.osteoclasts(), post.osteoclastsAlive(), 1);
        assertEquals(SwitchCounts.REFERENCE.osteoclasts(), ref.osteoclastsAlive(), 1);
    }

    @Test
    void noFusionWithoutFullyEngagedPrecursors() {
        SwitchField f = new SwitchField();
        SwitchCounts few = new SwitchCounts(3, 20, 3, 3, 3, 0);   // 3 pairs: no precursor has all four RANK
        f.reset(new SwitchCounts(3, 20, 3, 3, 0, 0));
        for (int i = 0; i < 600; i++) f.advance(1.0 / 60, few, 1);
        assertEquals(0, f.fusions());
    }

    @Test
    void pairsBindAndUnbindVisibly() {
        SwitchField f = new SwitchField();
        SwitchCounts six = new SwitchCounts(10, 10, 3, 6, 2, 0);
        f.reset(six);
        double min = 1, max = 0;
        for (int i = 0; i < 60 * SwitchField.UNBIND_PERIOD_SECONDS * 2; i++) {
            f.advance(1.0 / 60, six, 1);
            double d = f.dock(1, 0);   // precursor 1 holds two pairs: it never fuses, so it stays in place
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertEquals(1, max, 1e-9);
        assertTrue(min < 0.5, "a pair let go at some point: " + min);
    }

    @Test
    void pauseFreezesAndSameStepsGiveSameState() {
        SwitchField a = new SwitchField();
        SwitchField b = new SwitchField();
        SwitchCounts c = SwitchCounts.of(after(HormoneLevels.POSTMENOPAUSAL, 1));
        for (int i = 0; i < 400; i++) { a.advance(1.0 / 60, c, 1.19); b.advance(1.0 / 60, c, 1.19); }
        double x = a.driftX(3), t = a.time();
        a.advance(0, c, 1.19);
        assertEquals(x, a.driftX(3));
        assertEquals(t, a.time());
        assertEquals(a.fusions(), b.fusions());
        assertEquals(a.driftY(7), b.driftY(7));
        for (int p = 0; p < SwitchCounts.PRECURSORS; p++) assertEquals(a.fusion(p), b.fusion(p));
    }

    /** Decoys are RANKL–OPG complexes (K_A,OPG·RANKL·OPG, MODEL.md §3): their count follows the complex. */
    @Test
    void decoysFollowTheRanklOpgComplexOfTheModel() {
        Simulation sim = new Simulation();
        sim.setLevels(HormoneLevels.POSTMENOPAUSAL);
        sim.advanceDays(5 * 365.25);
        sim.setLevels(new HormoneLevels(40, 5, 20));
        sim.advanceDays(365.25);
        Snapshot s = sim.snapshot();
        org.bonebalance.model.BoneModel.Signals now = org.bonebalance.model.BoneModel.signals(sim.stateCopy(), s.readout().effects());
        double complexRel = now.ranklOpgPm() / org.bonebalance.model.SteadyState.REFERENCE_SIGNALS.ranklOpgPm();
        SwitchCounts c = SwitchCounts.of(s.readout());
        assertEquals(Math.min(SwitchCounts.MAX_DECOY, Math.round(SwitchCounts.DECOY_AT_REFERENCE * complexRel)), c.opgDecoy());
        assertNotEquals(Math.round(SwitchCounts.DECOY_AT_REFERENCE * s.readout().ranklRel() / s.readout().opgRel()),
                (long) c.opgDecoy(), "the product, not the ratio");
    }
}
