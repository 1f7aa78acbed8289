package org.bonebalance.sim;

import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;

/**
 * ROS2, the two-stage linearly implicit Rosenbrock W-method of Verwer, Spee, Blom and Hundsdorfer (SIAM J Sci
 * Comput 1999;20:1456), on the bone model (docs/model.md §8). With γ = 1 + 1/√2 it is L-stable and of second
 * order for any approximation W of the Jacobian, so it damps the osteoclasts' fast relaxation (1.6–3 per day)
 * at steps of weeks to months where the explicit RK4 must take single days. Time in days.
 *
 * <p>One step of h days from y at t (hormone effects e1) to t + h (effects e2):
 * <pre>
 * W = I − γ·h·J,  J = ∂f/∂y at (t, y) by forward differences,  f_t = (f(e2, y) − f(e1, y)) / h
 * W·k1 = f(e1, y) + γ·h·f_t
 * W·k2 = f(e2, y + h·k1) − 2·k1 − γ·h·f_t
 * y(t + h) = y + (3/2)·h·k1 + (1/2)·h·k2,   error estimate (1/2)·h·(k1 + k2)
 * </pre>
 * The f_t terms carry the hormone effects that change within the step (natural menopause); they are zero
 * when e1 and e2 are the same. The mechanostat's branch (disuse or overload) is held over the step, so the
 * right-hand side the step sees is smooth (see {@link BoneModel#derivatives(double[], HormoneEffects, double,
 * boolean, double[])}); ψ itself follows the bone volume of each stage. Allocation-free; not thread-safe.
 */
final class Ros2 {
    static final double GAMMA = 1 + 1 / Math.sqrt(2);
    /** Relative and absolute tolerances of the step control, on bone volume, osteoid and mineral (%). */
    static final double RTOL = 1e-3;
    static final double ATOL = 1e-4;

    private static final int N = BoneModel.SIZE;
    private static final int BV = BoneModel.BV;
    /** Relative increment of the forward differences, and the smallest increment per component. */
    private static final double DIFF_STEP = 1e-7;
    private static final double[] DIFF_FLOOR = {1e-9, 1e-9, 1e-10, 1e-6, 1e-7, 1e-6};

    private final double[] f0 = new double[N];
    private final double[] ft = new double[N];
    private final double[] k1 = new double[N];
    private final double[] k2 = new double[N];
    private final double[] z = new double[N];
    private final double[] fz = new double[N];
    private final double[] w = new double[N * N];
    private final int[] pivot = new int[N];
    private long evaluations;

    /** Right-hand-side evaluations so far (the Jacobian's differences included). */
    long evaluations() {
        return evaluations;
    }

    /**
     * One step of h days from y (not modified) into out, with the mechanostat branch held ({@code disuse}).
     *
     * @return the scaled error estimate of bone volume, osteoid and mineral: at most 1 means the step is within
     *         {@link #RTOL} and {@link #ATOL}; NaN if the step failed
     */
    double step(double[] y, HormoneEffects e1, HormoneEffects e2, double h, boolean disuse, double[] out) {
        double psi = BoneModel.strainEnergyRatio(y[BV]);
        eval(y, e1, psi, disuse, f0);
        double gh = GAMMA * h;
        // W = I − γh·J, column by column (ψ depends on bone volume only)
        for (int j = 0; j < N; j++) {
            System.arraycopy(y, 0, z, 0, N);
            z[j] = y[j] + DIFF_STEP * Math.max(Math.abs(y[j]), DIFF_FLOOR[j]);
            double dj = z[j] - y[j];
            eval(z, e1, j == BV ? BoneModel.strainEnergyRatio(z[BV]) : psi, disuse, fz);
            for (int i = 0; i < N; i++) w[i * N + j] = -gh * (fz[i] - f0[i]) / dj;
            w[j * N + j] += 1;
        }
        if (e2 != e1) {
            eval(y, e2, psi, disuse, ft);
            for (int i = 0; i < N; i++) ft[i] = (ft[i] - f0[i]) / h;
        } else {
            java.util.Arrays.fill(ft, 0);
        }
        if (!factor()) return Double.NaN;
        for (int i = 0; i < N; i++) k1[i] = f0[i] + gh * ft[i];
        solve(k1);
        for (int i = 0; i < N; i++) z[i] = y[i] + h * k1[i];
        eval(z, e2, BoneModel.strainEnergyRatio(z[BV]), disuse, fz);
        for (int i = 0; i < N; i++) k2[i] = fz[i] - 2 * k1[i] - gh * ft[i];
        solve(k2);
        double err = 0;
        for (int i = 0; i < N; i++) {
            out[i] = y[i] + 1.5 * h * k1[i] + 0.5 * h * k2[i];
            if (i >= BV) {
                double scale = ATOL + RTOL * Math.max(Math.abs(y[i]), Math.abs(out[i]));
                err = Math.max(err, Math.abs(0.5 * h * (k1[i] + k2[i])) / scale);
            }
        }
        return Double.isFinite(err) ? err : Double.NaN;
    }

    /** dy/dt at y with effects e and the mechanostat branch held, for dense output. */
    void slope(double[] y, HormoneEffects e, boolean disuse, double[] dy) {
        eval(y, e, BoneModel.strainEnergyRatio(y[BV]), disuse, dy);
    }

    private void eval(double[] y, HormoneEffects e, double psi, boolean disuse, double[] dy) {
        evaluations++;
        BoneModel.derivatives(y, e, psi, disuse, dy);
    }

    /** LU decomposition of w in place with partial pivoting; false if w is singular. */
    private boolean factor() {
        for (int k = 0; k < N; k++) {
            int p = k;
            for (int i = k + 1; i < N; i++) if (Math.abs(w[i * N + k]) > Math.abs(w[p * N + k])) p = i;
            pivot[k] = p;
            if (!(Math.abs(w[p * N + k]) > 0)) return false;
            if (p != k) {
                for (int j = 0; j < N; j++) {
                    double t = w[k * N + j];
                    w[k * N + j] = w[p * N + j];
                    w[p * N + j] = t;
                }
            }
            double inv = 1 / w[k * N + k];
            for (int i = k + 1; i < N; i++) {
                double l = w[i * N + k] * inv;
                w[i * N + k] = l;
                if (l != 0) for (int j = k + 1; j < N; j++) w[i * N + j] -= l * w[k * N + j];
            }
        }
        return true;
    }

    /** Solves W·x = b in place, with W as left by {@link #factor} (P·W = L·U, whole rows swapped). */
    private void solve(double[] b) {
        for (int k = 0; k < N; k++) {
            int p = pivot[k];
            if (p != k) {
                double t = b[k];
                b[k] = b[p];
                b[p] = t;
            }
        }
        for (int i = 1; i < N; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++) s -= w[i * N + j] * b[j];
            b[i] = s;
        }
        for (int i = N - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < N; j++) s -= w[i * N + j] * b[j];
            b[i] = s / w[i * N + i];
        }
    }
}
