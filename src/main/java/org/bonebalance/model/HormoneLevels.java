package org.bonebalance.model;

/**
 * Serum sex-steroid levels. Units: estradiol (E2) pg/mL, progesterone (P4) ng/mL, testosterone (T) ng/dL.
 * The physical ranges below are the limits the app and the command line accept (docs/model.md §5).
 */
public record HormoneLevels(double estradiolPgPerMl, double progesteroneNgPerMl, double testosteroneNgPerDl) {

    public static final double MAX_ESTRADIOL_PG_PER_ML = 5000;
    public static final double MAX_PROGESTERONE_NG_PER_ML = 100;
    public static final double MAX_TESTOSTERONE_NG_PER_DL = 2000;

    /**
     * Aromatization in men, E2 = 25 pg/mL · (T / 550 ng/dL)^0.20: a power law through the young man's profile
     * (T 550, E2 25) and older men with low testosterone (TTrials baseline: T about 234 ng/dL, E2 about
     * 21 pg/mL; Snyder 2016). Estradiol falls less than testosterone (docs/model.md §4).
     */
    public static final double AROMATIZATION_EXPONENT = Math.log(25.0 / 21.0) / Math.log(550.0 / 234.0);

    /** Premenopausal cycle average: the model's reference state (docs/model.md §5). */
    public static final HormoneLevels PREMENOPAUSAL = new HormoneLevels(100, 5, 30);
    /** Postmenopausal (docs/model.md §5). */
    public static final HormoneLevels POSTMENOPAUSAL = new HormoneLevels(5, 0.3, 20);
    /**
     * After removal of both ovaries: as postmenopausal, but the ovaries' testosterone is gone too (T about half,
     * Laughlin 2000 Rancho Bernardo; docs/model.md §5).
     */
    public static final HormoneLevels POSTMENOPAUSAL_SURGICAL = new HormoneLevels(5, 0.3, 10);
    /** Young man (docs/model.md §5): E2 25 pg/mL, P4 0.3 ng/mL, T 550 ng/dL. */
    public static final HormoneLevels YOUNG_MALE = new HormoneLevels(25, 0.3, 550);

    public HormoneLevels {
        check("estradiol", estradiolPgPerMl, MAX_ESTRADIOL_PG_PER_ML);
        check("progesterone", progesteroneNgPerMl, MAX_PROGESTERONE_NG_PER_ML);
        check("testosterone", testosteroneNgPerDl, MAX_TESTOSTERONE_NG_PER_DL);
    }

    private static void check(String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(name + " must be between 0 and " + fmt(max) + ", not " + fmt(value));
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A male profile driven only by testosterone: estradiol from aromatization. */
    public static HormoneLevels maleFromTestosterone(double progesteroneNgPerMl, double testosteroneNgPerDl) {
        return new HormoneLevels(aromatizedEstradiol(testosteroneNgPerDl), progesteroneNgPerMl, testosteroneNgPerDl);
    }

    public static double aromatizedEstradiol(double testosteroneNgPerDl) {
        return 25.0 * Math.pow(testosteroneNgPerDl / 550.0, AROMATIZATION_EXPONENT);
    }

    public HormoneLevels withEstradiol(double e2) {
        return new HormoneLevels(e2, progesteroneNgPerMl, testosteroneNgPerDl);
    }

    public HormoneLevels withProgesterone(double p4) {
        return new HormoneLevels(estradiolPgPerMl, p4, testosteroneNgPerDl);
    }

    public HormoneLevels withTestosterone(double t) {
        return new HormoneLevels(estradiolPgPerMl, progesteroneNgPerMl, t);
    }

    /** Linear blend: this·(1 − w) + other·w, used for the menopausal transition. */
    public HormoneLevels blend(HormoneLevels other, double w) {
        return new HormoneLevels(
                estradiolPgPerMl * (1 - w) + other.estradiolPgPerMl * w,
                progesteroneNgPerMl * (1 - w) + other.progesteroneNgPerMl * w,
                testosteroneNgPerDl * (1 - w) + other.testosteroneNgPerDl * w);
    }
}
