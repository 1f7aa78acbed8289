package org.bonebalance.model;

import static org.bonebalance.model.CoreParameters.*;

/**
 * The right-hand side of the bone-cell and mineral ODE system (docs/model.md §3).
 * State vector y = [OBp, OBa, OCa (pM), BV (%), O (%), M (% × mineral fraction)]; time in days.
 * Pure and allocation-free so that a 40-year forecast stays within a couple of milliseconds.
 */
public final class BoneModel {
    private BoneModel() {}

    public static final int OBP = 0, OBA = 1, OCA = 2, BV = 3, OSTEOID = 4, MINERAL = 5, SIZE = 6;

    private static final double MIN_CELLS = 1e-12;
    private static final double MIN_BV = 0.5;

    /** Writes dy/dt for state y under the given hormone effects. */
    public static void derivatives(double[] y, HormoneEffects h, double[] dy) {
        derivatives(y, h, strainEnergyRatio(y[BV]), dy);
    }

    /**
     * Writes dy/dt with the mechanostat's strain energy ratio psi given by the caller. The integrator holds
     * psi over one 1-day step: BV moves by about 1e-5 of itself a day, so this changes a 40-year forecast by
     * less than 1e-3 BMD points, i.e. 1e-5 of BMD_rel (tested by Rk4Test), and saves the costliest operation
     * (a pow) in three of four stages.
     */
    public static void derivatives(double[] y, HormoneEffects h, double psi, double[] dy) {
        derivatives(y, h, psi, !(psi > 1), dy);
    }

    /**
     * Writes dy/dt with ψ given and the mechanostat's branch chosen by the caller: {@code disuse} true takes the
     * disuse form (Π = Π0, extra RANKL κ_mech·(1 − ψ)), false the overload form (Π = min(Π0·(1 + λ·(ψ − 1)), 1)),
     * whichever side of ψ = 1 the state is on. The two forms meet at ψ = 1 with different slopes; an implicit
     * integrator that keeps one form over its step sees a smooth right-hand side (sim/Ros2). With the branch of
     * ψ itself this is {@link #derivatives(double[], HormoneEffects, double, double[])}.
     */
    public static void derivatives(double[] y, HormoneEffects h, double psi, boolean disuse, double[] dy) {
        double obp = Math.max(y[OBP], MIN_CELLS);
        double oba = Math.max(y[OBA], MIN_CELLS);
        double oca = Math.max(y[OCA], MIN_CELLS);
        double bv = Math.max(y[BV], MIN_BV);
        double o = y[OSTEOID];
        double m = y[MINERAL];

        double tgfb = ALPHA_TGFB * oca / D_TGFB;
        // Mechanostat: overload (bone lost) raises precursor proliferation; disuse adds RANKL production
        double proliferation = disuse ? PI0 : Math.min(PI0 * (1 + LAMBDA * (psi - 1)), 1);
        double ranklRank = K_A_RANK * RANK * rankl(obp, oba, psi, disuse, h);
        double piActRankl = ranklRank / (ranklRank + K_ACT_RANKL);

        double actObu = tgfb / (tgfb + K_ACT_OBU_TGFB);
        // K_act,OCa equals K_act,OBu in the published set: reuse the quotient when they agree
        double actOca = K_ACT_OCA_TGFB == K_ACT_OBU_TGFB ? actObu : tgfb / (tgfb + K_ACT_OCA_TGFB);
        double inflow = D_OBU * h.obGenesis() * actObu;
        double diff = D_OBP * obp * K_REP_OBP_TGFB / (tgfb + K_REP_OBP_TGFB);
        dy[OBP] = inflow - PROLIFERATION_SHARE_A * inflow + P_OBP * obp * proliferation - diff;
        dy[OBA] = diff - A_OBA * h.obApoptosis() * oba;
        dy[OCA] = D_OCP * piActRankl - A_OCA * h.ocApoptosis() * oca * actOca;

        double f = formationRate(oba, h);
        double r = resorptionRate(oca);
        dy[BV] = f - r;
        dy[OSTEOID] = f - o / TAU_LAG_DAYS;
        double mature = bv - o;
        dy[MINERAL] = C_PRIM * o / TAU_LAG_DAYS + KAPPA_MIN * (C_MAX * mature - m) - r * m / mature;
    }

    /** ψ = (BV0/BV)^m_SED: strain energy density relative to habitual. */
    public static double strainEnergyRatio(double bvPct) {
        double ratio = BV0_PCT / Math.max(bvPct, MIN_BV);
        return ratio == 1.0 ? 1.0 : Math.pow(ratio, M_SED);
    }

    /** Osteoid formed, %/day. */
    public static double formationRate(double oba, HormoneEffects h) {
        return K_FORM * h.kForm() * oba;
    }

    /** Bone resorbed, %/day. */
    public static double resorptionRate(double oca) {
        return K_RES * oca;
    }

    /** OPG concentration, pM. */
    public static double opg(double oba, HormoneEffects h) {
        double pOpg = BETA_OPG * h.opg() * oba * h.piRepPth();
        return pOpg * OPG_MAX / (pOpg + D_OPG * OPG_MAX);
    }

    /** Free RANKL concentration, pM, for strain energy ratio psi on the given mechanostat branch. */
    private static double rankl(double obp, double oba, double psi, boolean disuse, HormoneEffects h) {
        double ranklEff = N_RANKL * obp * h.piActPth();
        double pMech = disuse ? KAPPA_MECH * (1 - psi) : 0;
        return ranklEff / (1 + K_A_OPG * opg(oba, h) + K_A_RANK * RANK)
                * (BETA_RANKL + h.ranklProductionE() + pMech) / (BETA_RANKL + D_RANKL * ranklEff);
    }

    /** Signals of a state, for display (all pM; micro-environment, not serum). */
    public static Signals signals(double[] y, HormoneEffects h) {
        double obp = Math.max(y[OBP], MIN_CELLS);
        double oba = Math.max(y[OBA], MIN_CELLS);
        double oca = Math.max(y[OCA], MIN_CELLS);
        double bv = Math.max(y[BV], MIN_BV);
        double psi = strainEnergyRatio(bv);
        double rankl = rankl(obp, oba, psi, !(psi > 1), h);
        double opg = opg(oba, h);
        return new Signals(rankl, opg, K_A_RANK * rankl * RANK, K_A_OPG * rankl * opg,
                formationRate(oba, h), resorptionRate(oca));
    }

    /**
     * Algebraic signals of one state. Concentrations in pM, rates in % of tissue volume per day.
     */
    public record Signals(double ranklPm, double opgPm, double ranklRankPm, double ranklOpgPm,
                          double formationPctPerDay, double resorptionPctPerDay) {}
}
