package org.bonebalance.ui.explorer;

import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.bmu.SwitchState;

/**
 * What the six gauges show at one moment, numbers and words, from one model readout. Pure: the words are
 * what carries the meaning, so that colour never does it alone.
 *
 * @param osteoclastRel   active osteoclasts relative to the usual (premenopausal) level
 * @param osteoblastRel   active osteoblasts relative to the usual level
 * @param ranklOpgRel     RANKL/OPG ratio relative to the usual ratio
 * @param resorptionOn    whether the RANKL/OPG switch reads "resorption on"
 * @param balancePct      bone formed per bone resorbed, % (100 = in balance)
 * @param bmdGPerCm2      spine BMD, g/cm²
 * @param tScore          T-score
 * @param band            WHO band
 * @param fractureRr      vertebral fracture risk relative to the start of the run, from BMD alone
 */
public record GaugeReadings(double osteoclastRel, double osteoblastRel, double ranklOpgRel, boolean resorptionOn,
                            double balancePct, double bmdGPerCm2, double tScore, BmdScale.Band band,
                            double fractureRr) {
    /** RANKL/OPG from this many times the usual ratio reads "resorption on": the one switch rule, {@link SwitchState}. */
    public static final double SWITCH_ON_RATIO = SwitchState.ON_RATIO;
    /** Balance within this many % of 100 reads "in balance". */
    public static final double BALANCE_TOLERANCE_PCT = 0.5;

    /**
     * The readings as shown: rounded to the precision the gauges display, so that two moments that look the
     * same are equal and nothing is redrawn for them (the band and the switch use the exact values).
     */
    public static GaugeReadings of(Readout r) {
        return new GaugeReadings(round(r.ocaRel(), 0.01), round(r.obaRel(), 0.01), round(r.ranklOpgRatioRel(), 0.1),
                SwitchState.of(r) == SwitchState.ON, round(100 * r.formationOverResorption(), 0.1),
                round(r.bmdGPerCm2(), 0.001), round(r.tScore(), 0.1), r.band(), round(r.fractureRrVertebral(), 0.01));
    }

    private static double round(double v, double step) {
        return Math.round(v / step) * step;
    }

    /** "2.1 × usual". */
    public static String times(double rel) {
        return Messages.get("explorer.gauge.times", Messages.number(rel, rel < 10 ? 2 : 1));
    }

    public String switchText() {
        return Messages.get(resorptionOn ? "explorer.gauge.switch.on" : "explorer.gauge.switch.off");
    }

    public String ratioText() {
        return Messages.get("explorer.gauge.ratio.reading", Messages.number(ranklOpgRel, 1));
    }

    public String balanceText() {
        if (balancePct < 100 - BALANCE_TOLERANCE_PCT) return Messages.get("explorer.gauge.balance.losing");
        if (balancePct > 100 + BALANCE_TOLERANCE_PCT) return Messages.get("explorer.gauge.balance.gaining");
        return Messages.get("explorer.gauge.balance.even");
    }

    public static String bandText(BmdScale.Band b) {
        return Messages.get(switch (b) {
            case NORMAL -> "explorer.band.normal";
            case LOW_BONE_MASS -> "explorer.band.low";
            case OSTEOPOROSIS -> "explorer.band.osteoporosis";
        });
    }

    /** "T-score −1.5 · low bone mass". */
    public String bmdText() {
        return Messages.get("explorer.gauge.bmd.reading", Messages.number(tScore, 1), bandText(band));
    }

    public String fractureText() {
        return Messages.get("explorer.gauge.fracture.reading", Messages.number(fractureRr, 1));
    }
}
