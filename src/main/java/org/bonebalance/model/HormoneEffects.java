package org.bonebalance.model;

/**
 * Our sex-steroid layer (MODEL.md §4): how E2, P4 and T change the core's parameters.
 * This mapping is a model assumption calibrated to clinical data (MODEL.md §6), not a published model.
 * Compute once per change of levels, not per right-hand-side evaluation.
 */
public record HormoneEffects(
        HormoneLevels levels,
        double estrogenDeficiency,    // d: 0 at 100 pg/mL, 0.78 at 5 pg/mL
        double progesteroneActivity,  // p: relative to 5 ng/mL
        double androgenActivity,      // a: relative to 30 ng/dL
        double ranklProductionE,      // P_RANKL,E, pM/day
        double opg,                   // multiplier on OPG production
        double ocApoptosis,           // multiplier on active-osteoclast apoptosis
        double obApoptosis,           // multiplier on active-osteoblast apoptosis
        double obGenesis,             // multiplier on osteoblast precursor inflow
        double kForm) {               // multiplier on osteoid formed per osteoblast

    /** EC50 of the estrogen response, pg/mL (fixed a priori). */
    public static final double E2_EC50_PG_PER_ML = 12.0;
    /** Hill exponent of the estrogen response (fixed a priori). */
    public static final double E2_HILL = 1.5;
    /** Extra RANKL production at full deficiency, pM/day (fitted, §6). */
    public static final double RANKL_PER_DEFICIENCY = 860.03;
    /** Fall of OPG production and of osteoclast apoptosis per unit deficiency (fixed a priori). */
    public static final double OPG_PER_DEFICIENCY = 0.2;
    public static final double OC_APOPTOSIS_PER_DEFICIENCY = 0.2;
    /** Coupled rise of osteoblastogenesis per unit deficiency (fitted, §6). */
    public static final double OB_GENESIS_PER_DEFICIENCY = 0.1557;
    /** Progesterone: gain in bone formed per osteoblast per unit activity (fitted, §6, Prior 2017). */
    public static final double KFORM_PER_PROGESTERONE = 0.0871;
    /** Androgen: fall of osteoblast apoptosis per unit activity (puts a young man in balance). */
    public static final double OB_APOPTOSIS_PER_ANDROGEN = 0.0645;
    public static final double P4_HALF_NG_PER_ML = 5.0;
    public static final double T_HALF_NG_PER_DL = 150.0;
    public static final double T_REF_NG_PER_DL = 30.0;
    private static final double FLOOR = 0.05;

    private static final double EC50_POW = E2_EC50_PG_PER_ML * Math.sqrt(E2_EC50_PG_PER_ML); // 12^1.5
    static {
        // x^1.5 is computed as x·sqrt(x) below (no pow call): this holds only for E2_HILL = 1.5
        if (E2_HILL != 1.5) throw new AssertionError("HormoneEffects computes x^E2_HILL as x*sqrt(x)");
    }
    private static final double S_100 = estrogenResponse(100.0);
    private static final double T_HALF_SQUARED = T_HALF_NG_PER_DL * T_HALF_NG_PER_DL;
    private static final double A_REF = T_REF_NG_PER_DL * T_REF_NG_PER_DL
            / (T_REF_NG_PER_DL * T_REF_NG_PER_DL + T_HALF_NG_PER_DL * T_HALF_NG_PER_DL);

    /** The reference (premenopausal) effects: every multiplier 1. */
    public static final HormoneEffects REFERENCE = of(HormoneLevels.PREMENOPAUSAL);

    /** s(E2) = E2^1.5 / (E2^1.5 + 12^1.5). */
    public static double estrogenResponse(double e2PgPerMl) {
        double x = e2PgPerMl * Math.sqrt(e2PgPerMl);
        return x / (x + EC50_POW);
    }

    public static HormoneEffects of(HormoneLevels levels) {
        double d = 1 - estrogenResponse(levels.estradiolPgPerMl()) / S_100; // exactly 0 at 100 pg/mL
        double p4 = levels.progesteroneNgPerMl();
        double p = p4 / (p4 + P4_HALF_NG_PER_ML) - 0.5;
        double t2 = levels.testosteroneNgPerDl() * levels.testosteroneNgPerDl();
        double a = t2 / (t2 + T_HALF_SQUARED) - A_REF;
        return new HormoneEffects(levels, d, p, a,
                RANKL_PER_DEFICIENCY * Math.max(d, 0),
                Math.max(1 - OPG_PER_DEFICIENCY * d, FLOOR),
                Math.max(1 - OC_APOPTOSIS_PER_DEFICIENCY * d, FLOOR),
                Math.max(1 - OB_APOPTOSIS_PER_ANDROGEN * a, FLOOR),
                Math.max(1 + OB_GENESIS_PER_DEFICIENCY * d, FLOOR),
                Math.max(1 + KFORM_PER_PROGESTERONE * p, FLOOR));
    }
}
