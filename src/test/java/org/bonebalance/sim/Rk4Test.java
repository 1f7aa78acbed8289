package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.SteadyState;
import org.junit.jupiter.api.Test;

/** The fast integrator against the textbook scheme and against a plain evaluation of the same scheme. */
class Rk4Test {
    private static final int DAYS = (int) Math.round(40 * Forecast.DAYS_PER_YEAR);
    private static final HormoneSchedule SCHEDULE =
            HormoneSchedule.naturalMenopause(51, HormoneLevels.PREMENOPAUSAL, HormoneLevels.POSTMENOPAUSAL);

    /** The held-mechanostat RK4 written plainly on BoneModel.derivatives: what the fused Rk4 must equal. */
    private static void plainHeldStep(double[] y, HormoneEffects h) {
        int n = BoneModel.SIZE;
        double[] k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n], t = new double[n];
        double psi = BoneModel.strainEnergyRatio(y[BoneModel.BV]);
        BoneModel.derivatives(y, h, psi, k1);
        for (int i = 0; i < n; i++) t[i] = y[i] + 0.5 * k1[i];
        BoneModel.derivatives(t, h, psi, k2);
        for (int i = 0; i < n; i++) t[i] = y[i] + 0.5 * k2[i];
        BoneModel.derivatives(t, h, psi, k3);
        for (int i = 0; i < n; i++) t[i] = y[i] + k3[i];
        BoneModel.derivatives(t, h, psi, k4);
        for (int i = 0; i < n; i++) y[i] += (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) / 6;
    }

    private interface Stepper { void step(double[] y, HormoneEffects h); }

    private static double[] run(Stepper s) {
        double[] y = SteadyState.REFERENCE.clone();
        double[] bmd = new double[DAYS + 1];
        bmd[0] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        for (int day = 0; day < DAYS; day++) {
            double age = 45 + day / Forecast.DAYS_PER_YEAR;
            s.step(y, HormoneEffects.of(SCHEDULE.at(age), age));
            bmd[day + 1] = BmdScale.bmdRel(y[BoneModel.MINERAL]);
        }
        return bmd;
    }

    private static double maxDiffPoints(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) max = Math.max(max, 100 * Math.abs(a[i] - b[i]));
        return max;
    }

    @Test
    void fusedRightHandSideEqualsThePlainEvaluationToRounding() {
        Rk4 fast = new Rk4();
        double diff = maxDiffPoints(run((y, h) -> fast.step(y, h, 1.0)), run(Rk4Test::plainHeldStep));
        assertTrue(diff < 1e-9, "fused vs plain: " + diff + " BMD points");
    }

    @Test
    void holdingTheMechanostatOverAStepChangesBmdByLessThanThreeThousandthsOfAPoint() {
        Rk4 fast = new Rk4();
        Rk4 textbook = new Rk4(false);
        double[] a = run((y, h) -> fast.step(y, h, 1.0));
        double[] b = run((y, h) -> textbook.step(y, h, 1.0));
        double diff = maxDiffPoints(a, b);
        // MODEL.md §7's accuracy bound for the integrator (0.003 points); about 0.002 with the fitted gain λ
        assertTrue(diff < 3e-3, "held vs textbook: " + diff + " BMD points");
        assertTrue(a[DAYS] < 0.85, "the run loses bone, so the comparison means something");
    }

    @Test
    void aStateBelowTheGuardsIsLiftedToThem() {
        // only a run with almost no sex steroids for decades gets here (docs/model.md §9)
        double[] y = SteadyState.REFERENCE.clone();
        y[BoneModel.BV] = 0.4;
        y[BoneModel.OSTEOID] = 0.45;
        new Rk4().step(y, HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL), 1.0);
        assertEquals(0.5, y[BoneModel.BV], 0);
        assertTrue(y[BoneModel.OSTEOID] <= 0.25 && y[BoneModel.MINERAL] >= 0);
        assertTrue(y[BoneModel.MINERAL] <= 0.442 * (y[BoneModel.BV] - y[BoneModel.OSTEOID]));
    }

    @Test
    void fusedStepMatchesPlainStepAtSmallAndLargeBoneVolume() {
        // away from BV0 the pow-free strain energy ratio is in play
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        for (double bv : new double[] {0.6, 3.0, 9.7, 14.9995, 15.0, 15.0004, 22.0}) {
            double[] a = SteadyState.REFERENCE.clone();
            a[BoneModel.BV] = bv;
            double[] b = a.clone();
            new Rk4().step(a, h, 1.0);
            plainHeldStep(b, h);
            for (int i = 0; i < BoneModel.SIZE; i++) {
                assertEquals(b[i], a[i], 1e-12 * Math.max(1, Math.abs(b[i])), "component " + i + " at BV " + bv);
            }
        }
    }

    @Test
    void strainEnergyRatioWithoutPowMatchesPow() {
        Rk4 rk4 = new Rk4();
        for (double bv = 0.3; bv < 30; bv += 0.0137) {
            double exact = BoneModel.strainEnergyRatio(bv);
            assertEquals(exact, rk4.strainEnergyRatio(bv), 1e-14 * exact, "BV " + bv);
        }
    }
}
