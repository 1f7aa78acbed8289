package org.bonebalance.model;

/**
 * The published core's parameters (docs/model.md §6). Units: time in days, cell and signal concentrations in pM,
 * BV, osteoid and mineral in % of tissue volume.
 * <p>Sources: Pivonka et al. 2008 (Bone 43:249) model structure; parameter set of Scheiner, Pivonka &amp;
 * Hellmich 2013 (CMAME 254:181) as re-used by Martinez-Reina &amp; Pivonka 2019 (Bone 125:87); mineralisation
 * law of Martinez-Reina &amp; Pivonka 2019. The mechanostat gain λ and f_active are re-fitted by us (§6).
 */
public final class CoreParameters {
    private CoreParameters() {}

    // Cell fluxes and rates (Scheiner 2013 set)
    public static final double D_OBU = 7.00e-4;                    // pM/day, uncommitted -> precursor OB flux
    public static final double D_OBP = 0.165696312976030;          // 1/day, precursor -> active OB
    public static final double D_OCP = 2.1e-3;                     // pM/day, OC precursor -> active flux
    public static final double A_OBA = 0.211072625806496;          // 1/day, active OB apoptosis
    public static final double A_OCA = 5.64874468409633;           // 1/day, active OC apoptosis
    public static final double K_ACT_OBU_TGFB = 5.63278809675429e-4; // pM
    public static final double K_REP_OBP_TGFB = 1.75426051821094e-4; // pM
    public static final double K_ACT_OCA_TGFB = 5.63278809675429e-4; // pM
    public static final double K_ACT_PTH = 150.0;                  // pM
    public static final double K_REP_PTH = 0.222581427709954;      // pM
    public static final double K_ACT_RANKL = 5.67971833061048;     // pM, on the RANKL–RANK complex
    public static final double D_PTH = 86.0;                       // 1/day
    public static final double D_OPG = 0.35;                       // 1/day
    public static final double D_RANKL = 10.132471014805027;       // 1/day
    public static final double D_TGFB = 1.0;                       // 1/day
    public static final double OPG_MAX = 2.0e8;                    // pM
    public static final double RANK = 10.0;                        // pM
    public static final double K_A_OPG = 1.0e-3;                   // 1/pM, RANKL–OPG association
    public static final double K_A_RANK = 3.411764705882353e-2;    // 1/pM, RANKL–RANK association
    public static final double BETA_PTH = 250.0;                   // pM/day, systemic PTH production
    public static final double BETA_RANKL = 168.4195714712206;     // pM/day, intrinsic RANKL production
    public static final double BETA_OPG = 1.624900337835679e8;     // pM/day per pM OBa
    public static final double N_RANKL = 2.703476379131062e6;      // pM/pM, RANKL per precursor OB
    public static final double ALPHA_TGFB = 1.0;                   // TGF-β released per resorption

    // Bone volume and turnover
    public static final double BV0_PCT = 15.0;                     // %, trabecular BV/TV at reference
    /** %/(pM·day); 40 rescaled so trabecular turnover is 25 %/year at reference. */
    public static final double K_FORM = 20.533880903490754;
    /** %/(pM·day); 200 rescaled likewise. */
    public static final double K_RES = 102.66940451745388;

    // Mechanostat (Scheiner 2013 form)
    public static final double PROLIFERATION_SHARE_A = 0.1;        // share of inflow replaced by proliferation
    public static final double PI0 = 0.5;                          // proliferation drive at habitual load
    /** Mechanostat gain, re-fitted by us (Scheiner's 1.25 makes loss stop 10 y after menopause). */
    public static final double LAMBDA = 1.663;
    public static final double KAPPA_MECH = 1.0e5;                 // pM/day per unit SED deficit
    public static final double M_SED = 2.58;                       // ψ = (BV0/BV)^m_SED

    // Mineralisation (Martinez-Reina & Pivonka 2019)
    public static final double TAU_LAG_DAYS = 17.0;                // osteoid maturation lag
    public static final double C_PRIM = 0.121;                     // primary mineral fraction
    public static final double C_MAX = 0.442;                      // maximum mineral fraction
    public static final double KAPPA_MIN = 0.007;                  // 1/day, secondary mineralisation
    /** Share of spine DXA mineral in the remodelling compartment (calibrated by us, §6). */
    public static final double F_ACTIVE = 0.3504;

    // Derived constants (PTH is systemic and constant in this model)
    public static final double PTH = BETA_PTH / D_PTH;
    public static final double PI_ACT_PTH = PTH / (PTH + K_ACT_PTH);
    public static final double PI_REP_PTH = K_REP_PTH / (PTH + K_REP_PTH);

    /** Reference (premenopausal) cell concentrations, pM (docs/model.md §5). */
    public static final double OBP_REF = 1.0e-3;
    public static final double OBA_REF = 5.0e-4;
    public static final double OCA_REF = 1.0e-4;

    /**
     * Precursor proliferation rate, fixed so proliferation balances inflow at the reference steady state:
     * P_OBp = a · inflow_ref / (OBp_ref · Π0) (= 0.0211073 /day).
     */
    public static final double P_OBP;

    static {
        double tgfbRef = ALPHA_TGFB * OCA_REF / D_TGFB;
        double inflowRef = D_OBU * tgfbRef / (tgfbRef + K_ACT_OBU_TGFB);
        P_OBP = PROLIFERATION_SHARE_A * inflowRef / (OBP_REF * PI0);
    }
}
