package org.bonebalance.model;

import static org.bonebalance.model.BoneModel.*;
import static org.bonebalance.model.CoreParameters.*;

/**
 * Everything the app shows about one moment: levels, cells and signals relative to the reference steady
 * state, bone volume, BMD, T-score, turnover markers and relative fracture risk. Immutable.
 *
 * @param ageYears                 age, years
 * @param effects                  what the hormone levels in force do to the model (carries the levels)
 * @param obpRel                   precursor osteoblasts / reference
 * @param obaRel                   active osteoblasts / reference
 * @param ocaRel                   active osteoclasts / reference (also CTX_rel)
 * @param ranklRel                 free RANKL / reference
 * @param opgRel                   OPG / reference
 * @param ranklRankRel             RANKL–RANK complex / reference
 * @param bvTvPct                  bone volume fraction, %
 * @param bmdRel                   spine BMD relative to the reference state
 * @param bmdGPerCm2               absolute spine BMD, g/cm²
 * @param tScore                   T-score (NHANES young women, spine)
 * @param p1npRel                  formation marker P1NP relative (= F/F_ref)
 * @param fractureRrVertebral      vertebral fracture risk relative to baseline, from BMD alone
 * @param fractureRrAny            any-fracture risk relative to baseline, from BMD alone
 * @param formationOverResorption  F/R: above 1 bone is gained, below 1 lost
 */
public record Readout(double ageYears, HormoneEffects effects,
                      double obpRel, double obaRel, double ocaRel,
                      double ranklRel, double opgRel, double ranklRankRel,
                      double bvTvPct, double bmdRel, double bmdGPerCm2, double tScore,
                      double p1npRel, double fractureRrVertebral, double fractureRrAny,
                      double formationOverResorption) {

    private static final Signals REF = SteadyState.REFERENCE_SIGNALS;

    /**
     * @param baselineBmdGPerCm2 the person's spine BMD at the reference state (scales BMD_rel)
     * @param startBmdGPerCm2    BMD at the start of the run, the baseline for relative fracture risk
     */
    public static Readout of(double ageYears, double[] y, HormoneEffects h,
                             double baselineBmdGPerCm2, double startBmdGPerCm2) {
        Signals s = BoneModel.signals(y, h);
        double bmdRel = BmdScale.bmdRel(y[MINERAL]);
        double bmd = bmdRel * baselineBmdGPerCm2;
        return new Readout(ageYears, h,
                y[OBP] / OBP_REF, y[OBA] / OBA_REF, y[OCA] / OCA_REF,
                s.ranklPm() / REF.ranklPm(), s.opgPm() / REF.opgPm(), s.ranklRankPm() / REF.ranklRankPm(),
                y[BV], bmdRel, bmd, BmdScale.tScore(bmd),
                s.formationPctPerDay() / REF.formationPctPerDay(),
                BmdScale.relativeRisk(bmd, startBmdGPerCm2, BmdScale.GRADIENT_VERTEBRAL),
                BmdScale.relativeRisk(bmd, startBmdGPerCm2, BmdScale.GRADIENT_ANY),
                s.formationPctPerDay() / s.resorptionPctPerDay());
    }

    /** The hormone levels in force. */
    public HormoneLevels levels() {
        return effects.levels();
    }

    /** (RANKL/OPG) relative to the reference ratio: the same as {@code ranklRel / opgRel}, so not stored. */
    public double ranklOpgRatioRel() {
        return ranklRel / opgRel;
    }

    /** Resorption marker CTX relative to the reference: taken as active osteoclasts / reference (= ocaRel). */
    public double ctxRel() {
        return ocaRel;
    }

    public BmdScale.Band band() {
        return BmdScale.Band.of(tScore);
    }
}
