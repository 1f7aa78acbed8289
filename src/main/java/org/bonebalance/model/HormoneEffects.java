package org.bonebalance.model;

import static org.bonebalance.model.CoreParameters.*;

/**
 * Our sex-steroid layer (docs/model.md §4): how E2, P4 and T, and age through PTH, change the core's
 * parameters. This mapping is a model assumption calibrated to clinical data (docs/model.md §7), not a
 * published model. Compute once per change of levels (or of the age step), not per right-hand-side evaluation.
 *
 * @param pthAgeYears the age the PTH term was taken at ({@link #pthAge}): rounded down to a quarter year and
 *                    at least 50 (PTH is constant before)
 */
public record HormoneEffects(
        HormoneLevels levels,
        double pthAgeYears,
        double estrogenDeficiency,    // d: 0 at 100 pg/mL
        double progesteroneActivity,  // p: estrogen-gated, relative to the reference (E2 100, P4 5)
        double androgenActivity,      // a: relative to 30 ng/dL
        double ranklProductionE,      // P_RANKL,E, pM/day
        double opg,                   // multiplier on OPG production
        double ocApoptosis,           // multiplier on active-osteoclast apoptosis
        double obApoptosis,           // multiplier on active-osteoblast apoptosis
        double obGenesis,             // multiplier on osteoblast precursor inflow
        double kForm,                 // multiplier on osteoid formed per osteoblast
        double pthRel,                // PTH relative to the core's constant PTH
        double piActPth,              // PTH/(PTH + K_act,PTH)
        double piRepPth) {            // K_rep,PTH/(PTH + K_rep,PTH)

    /** The PTH term changes in steps of a quarter year (so effects change 4 times a year, not daily). */
    public static final double AGE_STEP_YEARS = 0.25;
    private static final double FLOOR = 0.05;

    /**
     * The strengths of the layer. {@link #CALIBRATED} is the one the app uses; the fitting harness in the tests
     * (org.bonebalance.sim.fit) varies the fitted ones. docs/model.md §4 says which is fixed and which fitted.
     */
    public record Layer(
            double e2Ec50,                 // pg/mL, half-maximal estrogen response (fitted)
            double e2Hill,                 // steepness of the estrogen response (fitted)
            double ranklPerDeficiency,     // pM/day at full deficiency (fitted)
            double opgPerDeficiency,       // fixed a priori
            double ocApoptosisPerDeficiency, // fixed a priori
            double obGenesisPerDeficiency, // fitted
            double obApoptosisPerDeficiency, // fitted (Falahati-Nini 2000: formation falls without hormones)
            double kFormPerProgesterone,   // fitted (Prior 2017)
            double p4HalfNgPerMl,          // fixed a priori
            double androgenPerActivity,    // fitted
            double tHalfNgPerDl,           // fitted
            double pthPerDecade) {         // extra PTH production per decade over 50 years, × β_PTH (fitted)

        /** The names of the fitted strengths, in the order of {@link #fitted()}. */
        public static final java.util.List<String> FITTED = java.util.List.of("e2Ec50", "e2Hill",
                "ranklPerDeficiency", "obGenesisPerDeficiency", "obApoptosisPerDeficiency", "kFormPerProgesterone",
                "androgenPerActivity", "tHalfNgPerDl", "pthPerDecade");

        /** This layer with the fitted strengths replaced, in the order of {@link #fitted()}. */
        public Layer withFitted(double[] x) {
            return new Layer(x[0], x[1], x[2], opgPerDeficiency, ocApoptosisPerDeficiency, x[3], x[4], x[5],
                    p4HalfNgPerMl, x[6], x[7], x[8]);
        }

        public double[] fitted() {
            return new double[] {e2Ec50, e2Hill, ranklPerDeficiency, obGenesisPerDeficiency,
                    obApoptosisPerDeficiency, kFormPerProgesterone, androgenPerActivity, tHalfNgPerDl, pthPerDecade};
        }
    }

    /** Reference T for the androgen activity, ng/dL (the premenopausal reference level). */
    public static final double T_REF_NG_PER_DL = 30.0;
    /** Age from which PTH rises (docs/model.md §4; Marcus 1984). */
    public static final double PTH_RISE_FROM_AGE = 50.0;

    public static final Layer CALIBRATED = new Layer(
            7.494, 2.044, 1286, 0.2, 0.2, 0.2264, 0.3246, 0.1921, 5.0, 0.1009, 47.30, 0.2000);

    /** The reference (premenopausal) effects: every multiplier 1. */
    public static final HormoneEffects REFERENCE = of(HormoneLevels.PREMENOPAUSAL);

    /** s(E2) = E2^n / (E2^n + EC50^n) with the calibrated layer. */
    public static double estrogenResponse(double e2PgPerMl) {
        return estrogenResponse(e2PgPerMl, CALIBRATED);
    }

    static double estrogenResponse(double e2, Layer l) {
        double x = Math.pow(e2, l.e2Hill());
        return x / (x + Math.pow(l.e2Ec50(), l.e2Hill()));
    }

    /**
     * The age the PTH term is evaluated at: the age rounded down to a quarter year, and never below 50 (PTH is
     * constant before), so that effects at two ages are equal whenever their PTH is.
     */
    public static double pthAge(double ageYears) {
        return Math.max(Math.floor(ageYears / AGE_STEP_YEARS) * AGE_STEP_YEARS, PTH_RISE_FROM_AGE);
    }

    /** The first age after this one at which {@link #pthAge} changes. */
    public static double nextPthChange(double ageYears) {
        return Math.max(Math.floor(ageYears / AGE_STEP_YEARS) * AGE_STEP_YEARS + AGE_STEP_YEARS, PTH_RISE_FROM_AGE
                + AGE_STEP_YEARS);
    }

    /** Effects of these levels without the age term (up to 50 years). */
    public static HormoneEffects of(HormoneLevels levels) {
        return of(levels, PTH_RISE_FROM_AGE, CALIBRATED);
    }

    /** Effects of these levels at this age. */
    public static HormoneEffects of(HormoneLevels levels, double ageYears) {
        return of(levels, ageYears, CALIBRATED);
    }

    public static HormoneEffects of(HormoneLevels levels, double ageYears, Layer l) {
        double age = pthAge(ageYears);
        double sRef = estrogenResponse(100.0, l);
        double g = estrogenResponse(levels.estradiolPgPerMl(), l) / sRef;
        double d = 1 - g; // exactly 0 at 100 pg/mL
        // progesterone acts on formation only with estrogen above the postmenopausal level (Liu 2005; Prior 2010:
        // progesterone alone does not protect): the gate is 0 at E2 ≤ 5 pg/mL and 1 at 100 pg/mL. Without
        // estrogen the term is 0, so low postmenopausal P4 does not cut formation; with estrogen, formation is
        // measured against the premenopausal P4 (the gain of E2 + P4 over E2 alone, Prior 2017)
        double gPost = estrogenResponse(HormoneLevels.POSTMENOPAUSAL.estradiolPgPerMl(), l) / sRef;
        double gate = Math.max((g - gPost) / (1 - gPost), 0);
        double p4 = levels.progesteroneNgPerMl();
        double pRef = 5.0 / (5.0 + l.p4HalfNgPerMl());
        double p = gate * (p4 / (p4 + l.p4HalfNgPerMl()) - pRef);
        double t = levels.testosteroneNgPerDl();
        double a = t / (t + l.tHalfNgPerDl()) - T_REF_NG_PER_DL / (T_REF_NG_PER_DL + l.tHalfNgPerDl());
        double pthRel = 1 + l.pthPerDecade() * (age - PTH_RISE_FROM_AGE) / 10;
        double pth = PTH * pthRel;
        double androgen = l.androgenPerActivity() * a;
        return new HormoneEffects(levels, age, d, p, a,
                l.ranklPerDeficiency() * Math.max(d, 0),
                Math.max(1 - l.opgPerDeficiency() * d, FLOOR),
                Math.max(1 - l.ocApoptosisPerDeficiency() * d, FLOOR),
                Math.max((1 + l.obApoptosisPerDeficiency() * d) * (1 - androgen), FLOOR),
                Math.max(1 + l.obGenesisPerDeficiency() * d, FLOOR),
                Math.max((1 + l.kFormPerProgesterone() * p) * (1 + androgen), FLOOR),
                pthRel,
                pth / (pth + K_ACT_PTH),
                K_REP_PTH / (pth + K_REP_PTH));
    }
}
