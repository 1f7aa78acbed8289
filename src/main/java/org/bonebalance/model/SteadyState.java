package org.bonebalance.model;

import static org.bonebalance.model.BoneModel.*;
import static org.bonebalance.model.CoreParameters.*;

/**
 * Steady state of the cell equations for constant hormone levels (docs/model.md §5): Newton's method in log
 * coordinates on (OBp, OBa, OCa) with BV = BV0, then osteoid and mineral in closed form.
 */
public final class SteadyState {
    private SteadyState() {}

    private static final int MAX_ITERATIONS = 100;
    private static final double TOLERANCE = 1e-13;

    /** The reference premenopausal state: OBp 1e-3, OBa 5e-4, OCa 1e-4 pM, BV 15 %, O 0.17454 %, M 6.12443. */
    public static final double[] REFERENCE = solve(HormoneEffects.REFERENCE);
    /** Mineral content of the reference state: the denominator of BMD_rel. */
    public static final double MINERAL_REF = REFERENCE[MINERAL];
    public static final Signals REFERENCE_SIGNALS = BoneModel.signals(REFERENCE, HormoneEffects.REFERENCE);

    /**
     * No steady state was found for these effects within the iteration limit (or the cell equations gave
     * no finite answer): the model has nothing to start a forecast from. Callers that face a person word it
     * in plain language (the commands: {@code cli.error.noSteadyState}).
     */
    public static final class NotConvergedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient HormoneEffects effects;

        public NotConvergedException(HormoneEffects effects, int iterations, double residual) {
            super("no steady state for " + effects.levels() + " after " + iterations + " iterations (residual "
                    + residual + ")");
            this.effects = effects;
        }

        /** The effects (and so the levels) the solver was asked about. */
        public HormoneEffects effects() { return effects; }
    }

    /**
     * Returns a new state vector at steady state for these effects.
     *
     * @throws NotConvergedException when no steady state is found: never an unconverged state
     */
    public static double[] solve(HormoneEffects h) {
        return solve(h, MAX_ITERATIONS);
    }

    static double[] solve(HormoneEffects h, int maxIterations) {
        double[] u = {Math.log(1e-3), Math.log(5e-4), Math.log(1e-4)};
        double[] r = new double[3];
        double[] rp = new double[3];
        double[][] jac = new double[3][3];
        boolean converged = false;
        double norm = Double.NaN;
        for (int it = 0; it <= maxIterations; it++) {
            residual(u, h, r);
            norm = Math.abs(r[0]) + Math.abs(r[1]) + Math.abs(r[2]);
            if (norm < TOLERANCE) {
                converged = true;
                break;
            }
            if (it == maxIterations) break;   // the last step's residual is checked, never returned unchecked
            for (int j = 0; j < 3; j++) {
                double step = 1e-7;
                double saved = u[j];
                u[j] = saved + step;
                residual(u, h, rp);
                u[j] = saved;
                for (int i = 0; i < 3; i++) jac[i][j] = (rp[i] - r[i]) / step;
            }
            double[] delta = solve3(jac, new double[] {-r[0], -r[1], -r[2]});
            // damp very large steps in log space for robustness at extreme levels
            double max = Math.max(Math.abs(delta[0]), Math.max(Math.abs(delta[1]), Math.abs(delta[2])));
            double scale = max > 2 ? 2 / max : 1;
            for (int i = 0; i < 3; i++) u[i] += scale * delta[i];
        }
        if (!converged) throw new NotConvergedException(h, maxIterations, norm);
        double[] y = new double[SIZE];
        y[OBP] = Math.exp(u[0]);
        y[OBA] = Math.exp(u[1]);
        y[OCA] = Math.exp(u[2]);
        y[BV] = BV0_PCT;
        double f = formationRate(y[OBA], h);
        double rr = resorptionRate(y[OCA]);
        y[OSTEOID] = f * TAU_LAG_DAYS;
        double mature = BV0_PCT - y[OSTEOID];
        y[MINERAL] = (C_PRIM * f + KAPPA_MIN * C_MAX * mature) / (KAPPA_MIN + rr / mature);
        return y;
    }

    /** Scaled residual of the three cell equations in log coordinates (rates relative to each cell's level). */
    private static void residual(double[] u, HormoneEffects h, double[] out) {
        double[] y = {Math.exp(u[0]), Math.exp(u[1]), Math.exp(u[2]), BV0_PCT, 0, 0};
        double[] dy = new double[SIZE];
        BoneModel.derivatives(y, h, dy);
        out[0] = dy[OBP] / y[OBP];
        out[1] = dy[OBA] / y[OBA];
        out[2] = dy[OCA] / y[OCA];
    }

    private static double[] solve3(double[][] a, double[] b) {
        double det = det3(a);
        double[] x = new double[3];
        for (int c = 0; c < 3; c++) {
            double[][] m = {a[0].clone(), a[1].clone(), a[2].clone()};
            for (int r = 0; r < 3; r++) m[r][c] = b[r];
            x[c] = det3(m) / det;
        }
        return x;
    }

    private static double det3(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }
}
