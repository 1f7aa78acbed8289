package org.bonebalance.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.content.Messages;
import org.bonebalance.model.Readout;

/**
 * The plain-language sentence under the gauges: what drives resorption now (from RANKL and estradiol) and
 * what it does to bone (from the projected yearly BMD change). Pure: built from model numbers only.
 */
public final class StatusLine {
    /** RANKL above this many times its usual level counts as "switched on". */
    public static final double RANKL_HIGH = 1.5;
    public static final double RANKL_RAISED = 1.15;
    /** Estradiol below this is "not enough estrogen", pg/mL (the model's response is half-maximal at 12). */
    public static final double LOW_ESTRADIOL_PG_PER_ML = 30;
    /** BMD changes smaller than this per year count as steady, %. */
    public static final double STEADY_PCT_PER_YEAR = 0.25;
    /** Testosterone from which the androgen sentence is added, ng/dL. */
    public static final double ANDROGEN_NG_PER_DL = 200;

    /** One sentence: a bundle key and its arguments. */
    public record Sentence(String key, Object... args) {
        public String text() { return Messages.get(key, args); }
    }

    private StatusLine() {}

    /**
     * @param r                 the model's readout now
     * @param bmdPctPerYear     projected spine BMD change over the next year if levels are held, %
     */
    public static List<Sentence> describe(Readout r, double bmdPctPerYear) {
        List<Sentence> out = new ArrayList<>();
        double e2 = r.levels().estradiolPgPerMl();
        String rankl = Messages.number(r.ranklRel(), 1);
        // "without enough estrogen" is a woman's story: a man's estradiol is low by nature (from aromatization)
        boolean male = r.levels().testosteroneNgPerDl() >= ANDROGEN_NG_PER_DL;
        if (r.ranklRel() >= RANKL_HIGH && e2 < LOW_ESTRADIOL_PG_PER_ML && !male) {
            out.add(new Sentence("explorer.status.lowEstrogen", rankl));
        } else if (r.ranklRel() >= RANKL_HIGH) {
            out.add(new Sentence("explorer.status.ranklHigh", rankl));
        } else if (r.ranklRel() >= RANKL_RAISED) {
            out.add(new Sentence("explorer.status.ranklRaised", rankl));
        } else {
            out.add(new Sentence("explorer.status.ranklHeld", rankl));
        }
        if (bmdPctPerYear <= -STEADY_PCT_PER_YEAR) {
            out.add(new Sentence("explorer.status.losing", Messages.number(-bmdPctPerYear, 1)));
        } else if (bmdPctPerYear >= STEADY_PCT_PER_YEAR) {
            out.add(new Sentence("explorer.status.gaining", Messages.number(bmdPctPerYear, 1)));
        } else {
            out.add(new Sentence("explorer.status.steady"));
        }
        if (r.levels().testosteroneNgPerDl() >= ANDROGEN_NG_PER_DL) {
            out.add(new Sentence("explorer.status.androgen"));
        }
        return out;
    }

    public static String text(List<Sentence> sentences) {
        StringBuilder b = new StringBuilder();
        for (Sentence s : sentences) {
            if (!b.isEmpty()) b.append(' ');
            b.append(s.text());
        }
        return b.toString();
    }
}
