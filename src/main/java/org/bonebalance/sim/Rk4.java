package org.bonebalance.sim;

import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;

/**
 * Classic fixed-step Runge–Kutta 4 on the bone model. MODEL.md §7: a 1-day step is accurate to 0.003 BMD
 * points over 40 years against a stiff solver; 2 days is unstable (osteoclasts relax at 1.6–3 per day).
 * Written by hand rather than through a library integrator because the whole-life chart is recomputed on
 * every slider event and must stay allocation-free (see RK4AgainstReferenceSolverTest for the accuracy check).
 * Not thread-safe: one instance per caller.
 */
public final class Rk4 {
    /** The largest step, days. */
    public static final double MAX_STEP_DAYS = 1.0;

    private final double[] k1 = new double[BoneModel.SIZE];
    private final double[] k2 = new double[BoneModel.SIZE];
    private final double[] k3 = new double[BoneModel.SIZE];
    private final double[] k4 = new double[BoneModel.SIZE];
    private final double[] tmp = new double[BoneModel.SIZE];

    private final boolean holdMechanostat;

    /** The fast integrator: mechanostat strain energy held over each step (see BoneModel). */
    public Rk4() {
        this(true);
    }

    /** @param holdMechanostat false re-evaluates the strain energy at every stage (the textbook scheme) */
    public Rk4(boolean holdMechanostat) {
        this.holdMechanostat = holdMechanostat;
    }

    /** Advances y in place by dtDays (at most {@link #MAX_STEP_DAYS}). */
    public void step(double[] y, HormoneEffects h, double dtDays) {
        if (!holdMechanostat) {
            stepExact(y, h, dtDays);
            return;
        }
        int n = BoneModel.SIZE;
        double psi = BoneModel.strainEnergyRatio(y[BoneModel.BV]);
        BoneModel.derivatives(y, h, psi, k1);
        double half = 0.5 * dtDays;
        for (int i = 0; i < n; i++) tmp[i] = y[i] + half * k1[i];
        BoneModel.derivatives(tmp, h, psi, k2);
        for (int i = 0; i < n; i++) tmp[i] = y[i] + half * k2[i];
        BoneModel.derivatives(tmp, h, psi, k3);
        for (int i = 0; i < n; i++) tmp[i] = y[i] + dtDays * k3[i];
        BoneModel.derivatives(tmp, h, psi, k4);
        double sixth = dtDays / 6.0;
        for (int i = 0; i < n; i++) y[i] += sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }

    private void stepExact(double[] y, HormoneEffects h, double dtDays) {
        int n = BoneModel.SIZE;
        BoneModel.derivatives(y, h, k1);
        double half = 0.5 * dtDays;
        for (int i = 0; i < n; i++) tmp[i] = y[i] + half * k1[i];
        BoneModel.derivatives(tmp, h, k2);
        for (int i = 0; i < n; i++) tmp[i] = y[i] + half * k2[i];
        BoneModel.derivatives(tmp, h, k3);
        for (int i = 0; i < n; i++) tmp[i] = y[i] + dtDays * k3[i];
        BoneModel.derivatives(tmp, h, k4);
        double sixth = dtDays / 6.0;
        for (int i = 0; i < n; i++) y[i] += sixth * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
    }
}
