package org.bonebalance.sim;

import static org.bonebalance.model.CoreParameters.*;

import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;

/**
 * Classic fixed-step Runge–Kutta 4 on the bone model. docs/model.md §8: a 1-day step is accurate to 0.003 BMD
 * points over 40 years against a stiff solver; 2 days is unstable (osteoclasts relax at 1.6–3 per day).
 * Written by hand rather than through a library integrator because the whole-life chart is recomputed on
 * every slider event and must stay allocation-free (see Rk4AgainstReferenceSolverTest for the accuracy check).
 * Not thread-safe: one instance per caller.
 *
 * <p>The default (fast) integrator holds the mechanostat's strain energy ratio ψ over each step (see
 * {@link BoneModel#derivatives(double[], HormoneEffects, double, double[])}) and evaluates the same equations
 * as {@link BoneModel} through a fused form: constant factors are folded once per change of hormone effects
 * (docs/model.md §8), and the eight quotients of the right-hand side are merged into three divisions. This is
 * algebraically identical; it differs from the plain evaluation only by rounding (below 1e-9 BMD points over
 * 40 years, tested by Rk4Test).
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
    /** Mechanostat gain λ: {@link org.bonebalance.model.CoreParameters#LAMBDA} unless a fit varies it. */
    private final double lambda;

    // Coefficients folded from the hormone effects last seen (recomputed when the effects object changes).
    private HormoneEffects folded;
    private double cInflowKept;    // (1 − a) · D_OBu · mult.obGen
    private double cObApo;         // A_OBa · mult.obApo
    private double cOcApo;         // A_OCa · mult.ocApo
    private double cOpg;           // β_OPG · mult.opg · πrep_PTH
    private double cForm;          // k_form · mult.kform
    private double ranklProdE;     // β_RANKL + P_RANKL,E
    private double cDenOba;        // K_act,RANKL · cOpg · (1 + K_A,RANK·RANK + K_A,OPG·OPG_max)
    private double cDenConst;      // K_act,RANKL · D_OPG·OPG_max · (1 + K_A,RANK·RANK)
    private double ranklEffPerObp; // N_RANKL · πact_PTH (PTH rises with age, docs/model.md §4)
    private double ranklDecayPerObp; // D_RANKL · N_RANKL · πact_PTH

    // The last right-hand side evaluated (dOBp/dt … dM/dt).
    private double d0, d1, d2, d3, d4, d5;

    // Mechanostat terms for the current step (ψ held over the step).
    private double cProlif;        // P_OBp · Π
    private double cNum;           // N_RANKL·πact_PTH · K_A,RANK·RANK · (β_RANKL + P_RANKL,E + P_RANKL,mech)

    private static final double MIN_CELLS = 1e-12;
    private static final double MIN_BV = 0.5;
    private static final double TGFB_PER_OCA = ALPHA_TGFB / D_TGFB;
    private static final boolean SAME_TGFB_ACT = K_ACT_OCA_TGFB == K_ACT_OBU_TGFB;
    private static final double OPG_DECAY = D_OPG * OPG_MAX;
    private static final double ONE_PLUS_RANK = 1 + K_A_RANK * RANK;
    private static final double OPG_BIND = K_A_OPG * OPG_MAX;
    private static final double INV_TAU = 1 / TAU_LAG_DAYS;
    private static final double DIFF_COEFF = D_OBP * K_REP_OBP_TGFB;
    private static final double PRIMARY_PER_DAY = C_PRIM / TAU_LAG_DAYS;

    /** The fast integrator: mechanostat strain energy held over each step (see BoneModel). */
    public Rk4() {
        this(true);
    }

    /** @param holdMechanostat false re-evaluates the strain energy at every stage (the textbook scheme) */
    public Rk4(boolean holdMechanostat) {
        this(holdMechanostat, LAMBDA);
    }

    /** The fast integrator with another mechanostat gain (for the fitting harness in the tests). */
    public Rk4(double lambda) {
        this(true, lambda);
    }

    private Rk4(boolean holdMechanostat, double lambda) {
        this.holdMechanostat = holdMechanostat;
        this.lambda = lambda;
    }

    /** Advances y in place by dtDays (at most {@link #MAX_STEP_DAYS}). */
    public void step(double[] y, HormoneEffects h, double dtDays) {
        if (!holdMechanostat) {
            stepExact(y, h, dtDays);
            return;
        }
        if (h != folded) fold(h);
        double psi = strainEnergyRatio(y[BoneModel.BV]);
        double proliferation = psi > 1 ? Math.min(PI0 * (1 + lambda * (psi - 1)), 1) : PI0;
        double pMech = psi > 1 ? 0 : KAPPA_MECH * (1 - psi);
        cProlif = P_OBP * proliferation;
        cNum = ranklEffPerObp * K_A_RANK * RANK * (ranklProdE + pMech);

        // Scalar form of the four stages: keeps the state in registers (no array traffic in the hot loop).
        double y0 = y[0], y1 = y[1], y2 = y[2], y3 = y[3], y4 = y[4], y5 = y[5];
        double half = 0.5 * dtDays;
        rhs(y0, y1, y2, y3, y4, y5);
        double a0 = d0, a1 = d1, a2 = d2, a3 = d3, a4 = d4, a5 = d5;
        rhs(y0 + half * a0, y1 + half * a1, y2 + half * a2, y3 + half * a3, y4 + half * a4, y5 + half * a5);
        double b0 = d0, b1 = d1, b2 = d2, b3 = d3, b4 = d4, b5 = d5;
        rhs(y0 + half * b0, y1 + half * b1, y2 + half * b2, y3 + half * b3, y4 + half * b4, y5 + half * b5);
        double c0 = d0, c1 = d1, c2 = d2, c3 = d3, c4 = d4, c5 = d5;
        rhs(y0 + dtDays * c0, y1 + dtDays * c1, y2 + dtDays * c2, y3 + dtDays * c3, y4 + dtDays * c4,
                y5 + dtDays * c5);
        double sixth = dtDays / 6.0;
        y[0] = y0 + sixth * (a0 + 2 * b0 + 2 * c0 + d0);
        y[1] = y1 + sixth * (a1 + 2 * b1 + 2 * c1 + d1);
        y[2] = y2 + sixth * (a2 + 2 * b2 + 2 * c2 + d2);
        y[3] = y3 + sixth * (a3 + 2 * b3 + 2 * c3 + d3);
        y[4] = y4 + sixth * (a4 + 2 * b4 + 2 * c4 + d4);
        y[5] = y5 + sixth * (a5 + 2 * b5 + 2 * c5 + d5);
        guardState(y);
    }

    /**
     * Keeps the state where the right-hand side's guards already hold it (BV ≥ 0.5 %, osteoid at most half of
     * BV, mineral between 0 and c_max of the mature bone): only with almost no sex steroids held for decades does
     * the remodelling compartment run out (docs/model.md §9); a normal run never reaches these bounds, so its
     * numbers are unchanged.
     */
    static void guardState(double[] y) {
        if (y[BoneModel.BV] > MIN_BV && y[BoneModel.OSTEOID] < 0.5 * y[BoneModel.BV] && y[BoneModel.MINERAL] >= 0) {
            return; // every normal state
        }
        y[BoneModel.BV] = Math.max(y[BoneModel.BV], MIN_BV);
        // osteoid is part of bone volume, and mineral at most fills the mature part: keeps BV − O positive
        y[BoneModel.OSTEOID] = Math.min(Math.max(y[BoneModel.OSTEOID], 0), 0.5 * y[BoneModel.BV]);
        y[BoneModel.MINERAL] = Math.min(Math.max(y[BoneModel.MINERAL], 0),
                C_MAX * (y[BoneModel.BV] - y[BoneModel.OSTEOID]));
    }

    // ψ at the grid point nearest the last BV seen (see strainEnergyRatio).
    private double gridBv = Double.NaN;
    private double gridPsi;
    private double gridInv;
    /** Grid of BV, %: points 1e-3 apart keep |v| ≤ 1e-3 for BV ≥ 0.5 %, so the series below is exact to rounding. */
    private static final double BV_GRID_PER_PCT = 1000;
    private static final double BV_GRID = 1e-3;
    // binomial coefficients of (1 + v)^(−m_SED)
    private static final double B1 = -M_SED, B2 = B1 * (-M_SED - 1) / 2, B3 = B2 * (-M_SED - 2) / 3,
            B4 = B3 * (-M_SED - 3) / 4, B5 = B4 * (-M_SED - 4) / 5;

    /**
     * ψ = (BV0/BV)^m_SED as in {@link BoneModel#strainEnergyRatio}, without a pow or a division per step:
     * ψ(BV) = ψ(g)·(1 + v)^(−m) with g the nearest point of a fixed BV grid and v = BV/g − 1, |v| ≤ 1e-3; the
     * binomial series to v⁵ leaves a truncation error below 1e-16 relative. A pure function of BV (the grid
     * does not depend on history), so results stay deterministic.
     */
    double strainEnergyRatio(double bvPct) {
        double bv = Math.max(bvPct, MIN_BV);
        if (bv == BV0_PCT) return 1.0;
        double g = Math.rint(bv * BV_GRID_PER_PCT) * BV_GRID;
        if (g != gridBv) {
            gridBv = g;
            gridPsi = BoneModel.strainEnergyRatio(g);
            gridInv = 1 / g;
        }
        double v = bv * gridInv - 1;
        return gridPsi * (1 + v * (B1 + v * (B2 + v * (B3 + v * (B4 + v * B5)))));
    }

    private void fold(HormoneEffects h) {
        folded = h;
        cInflowKept = (1 - PROLIFERATION_SHARE_A) * D_OBU * h.obGenesis();
        cObApo = A_OBA * h.obApoptosis();
        cOcApo = A_OCA * h.ocApoptosis();
        cOpg = BETA_OPG * h.opg() * h.piRepPth();
        ranklEffPerObp = N_RANKL * h.piActPth();
        ranklDecayPerObp = D_RANKL * ranklEffPerObp;
        cForm = K_FORM * h.kForm();
        ranklProdE = BETA_RANKL + h.ranklProductionE();
        cDenOba = K_ACT_RANKL * cOpg * (ONE_PLUS_RANK + OPG_BIND);
        cDenConst = K_ACT_RANKL * OPG_DECAY * ONE_PLUS_RANK;
    }

    /**
     * The right-hand side of docs/model.md §3 with ψ held: the same equations as {@link BoneModel#derivatives},
     * rearranged for a short dependency chain (the step is latency-bound, four stages in a row). Quotients
     * are merged (a/b · c/d = ac/bd) so that three divisions remain, and constant factors are folded per
     * change of hormone effects ({@link #fold}) or per step ({@link #step}):
     * <pre>
     * TGFβ/(TGFβ + K_act) = TGFβ·q_r·inv,  K_rep/(TGFβ + K_rep) = K_rep·q_a·inv,  inv = 1/(q_a·q_r)
     * D_OCp·πact_RANKL = D_OCp·num/(num + K_act,RANKL·den), multiplied through by (P_OPG + D_OPG·OPG_max):
     *   num = N_RANKL·πact_PTH·OBp · K_A,RANK·RANK·(β_RANKL + P_RANKL,E + P_RANKL,mech) · (P_OPG + D_OPG·OPG_max)
     *   den = (P_OPG·(1 + K_A,RANK·RANK + K_A,OPG·OPG_max) + D_OPG·OPG_max·(1 + K_A,RANK·RANK))
     *         · (β_RANKL + D_RANKL·N_RANKL·πact_PTH·OBp)
     * </pre>
     */
    private void rhs(double obpIn, double obaIn, double ocaIn, double bvIn, double o, double m) {
        double obp = Math.max(obpIn, MIN_CELLS);
        double oba = Math.max(obaIn, MIN_CELLS);
        double oca = Math.max(ocaIn, MIN_CELLS);
        double bv = Math.max(bvIn, MIN_BV);

        // TGF-β chain: one division for both quotients
        double tgfb = TGFB_PER_OCA * oca;
        double qa = tgfb + K_ACT_OBU_TGFB;
        double qr = tgfb + K_REP_OBP_TGFB;
        double inv = 1 / (qa * qr);
        double tq = tgfb * qr;                       // × inv = TGFβ/(TGFβ + K_act,OBu)
        double diffNum = DIFF_COEFF * obp * qa;      // × inv = diff
        double ocApoNum = SAME_TGFB_ACT ? cOcApo * oca * tq : 0;

        // RANKL chain: one division; terms in OBa and OBp are formed side by side and multiplied late
        double s = cOpg * oba + OPG_DECAY;
        double num = cNum * obp * s;
        double kDen = (cDenOba * oba + cDenConst) * (BETA_RANKL + ranklDecayPerObp * obp);
        double formedOc = D_OCP * num / (num + kDen);

        double mature = bv - o;
        double rm = K_RES * oca * m;
        double f = cForm * oba;
        double r = K_RES * oca;

        d0 = (cInflowKept * tq - diffNum) * inv + cProlif * obp;
        d1 = diffNum * inv - cObApo * oba;
        d2 = SAME_TGFB_ACT ? formedOc - ocApoNum * inv
                : formedOc - cOcApo * oca * (tgfb / (tgfb + K_ACT_OCA_TGFB));
        d3 = f - r;
        d4 = f - o * INV_TAU;
        d5 = PRIMARY_PER_DAY * o + KAPPA_MIN * (C_MAX * mature - m) - rm / mature;
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
        guardState(y);
    }
}
