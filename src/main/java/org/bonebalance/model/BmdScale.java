package org.bonebalance.model;

import static org.bonebalance.model.CoreParameters.F_ACTIVE;

/**
 * From the model's mineral content to spine BMD, T-score, WHO band and relative fracture risk (docs/model.md §5).
 */
public final class BmdScale {
    private BmdScale() {}

    /** Default baseline spine BMD, g/cm² (NHANES 2005–08, women 41–50; Looker 2012). */
    public static final double DEFAULT_BASELINE_G_PER_CM2 = 1.056;
    /** Young-adult women's spine BMD mean and SD, g/cm² (NHANES), for the T-score. */
    public static final double YOUNG_ADULT_MEAN_G_PER_CM2 = 1.064;
    public static final double YOUNG_ADULT_SD_G_PER_CM2 = 0.106;
    /** Risk gradient per SD: spine BMD and vertebral fracture; any fracture (Marshall 1996 BMJ 312:1254). */
    public static final double GRADIENT_VERTEBRAL = 2.3;
    public static final double GRADIENT_ANY = 1.5;

    /** BMD_rel = (1 − f_active) + f_active · M / M_ref. */
    public static double bmdRel(double mineral) {
        return (1 - F_ACTIVE) + F_ACTIVE * mineral / SteadyState.MINERAL_REF;
    }

    public static double tScore(double bmdGPerCm2) {
        return (bmdGPerCm2 - YOUNG_ADULT_MEAN_G_PER_CM2) / YOUNG_ADULT_SD_G_PER_CM2;
    }

    /** The BMD (g/cm²) at which the T-score equals t. */
    public static double bmdForTScore(double tScore) {
        return YOUNG_ADULT_MEAN_G_PER_CM2 + tScore * YOUNG_ADULT_SD_G_PER_CM2;
    }

    /** Relative fracture risk RR = g^(−ΔZ), ΔZ the change in SD units since baseline. */
    public static double relativeRisk(double bmdGPerCm2, double baselineBmdGPerCm2, double gradient) {
        double deltaZ = (bmdGPerCm2 - baselineBmdGPerCm2) / YOUNG_ADULT_SD_G_PER_CM2;
        return Math.pow(gradient, -deltaZ);
    }

    /** WHO diagnostic bands by T-score. */
    public enum Band {
        NORMAL, LOW_BONE_MASS, OSTEOPOROSIS;

        public static Band of(double tScore) {
            if (tScore >= -1) return NORMAL;
            if (tScore > -2.5) return LOW_BONE_MASS;
            return OSTEOPOROSIS;
        }
    }
}
