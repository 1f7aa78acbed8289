package org.bonebalance.sim.why;

import org.bonebalance.model.Readout;

/**
 * What the model says at one moment, as a trace needs it: the readout, and how fast spine density was moving
 * over the year before (a rate needs two moments, so it is not part of a readout).
 *
 * @param readout             the model's readout at this moment
 * @param bmdRatePctPerYear   spine BMD change over the preceding year (or the whole run, if shorter), % a year
 */
public record Moment(Readout readout, double bmdRatePctPerYear) {
    /** The value of one quantity of the chain, in its {@link Quantity#unit()}. */
    public double value(Quantity q) {
        Readout r = readout;
        return switch (q) {
            case ESTRADIOL -> r.levels().estradiolPgPerMl();
            case PROGESTERONE -> r.levels().progesteroneNgPerMl();
            case TESTOSTERONE -> r.levels().testosteroneNgPerDl();
            case RANKL -> r.ranklRel();
            case OPG -> r.opgRel();
            case RANKL_OPG -> r.ranklOpgRatioRel();
            case RANKL_RANK -> r.ranklRankRel();
            case OSTEOCLASTS -> r.ocaRel();
            case OSTEOBLAST_PRECURSORS -> r.obpRel();
            case OSTEOBLASTS -> r.obaRel();
            case BALANCE -> 100 * r.formationOverResorption();
            case BMD_RATE -> bmdRatePctPerYear;
            case BMD -> r.bmdGPerCm2();
            case T_SCORE -> r.tScore();
        };
    }
}
