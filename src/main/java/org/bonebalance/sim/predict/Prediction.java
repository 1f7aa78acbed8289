package org.bonebalance.sim.predict;

import java.util.List;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.why.Reading;

/**
 * What a prediction asks about, without its words: one reading, how many simulated years to watch, and the
 * change of that reading each choice stands for. The right choice is never written down: it is the one whose
 * range holds the change the model makes ({@link #answerFor}).
 *
 * @param reading the reading watched (the ids of {@code why --reading})
 * @param years   simulated years played before the answer shows, &gt; 0
 * @param choices one range per choice, in the order shown; together they cover every change exactly once
 */
public record Prediction(Reading reading, double years, List<Range> choices) {
    /** Change in % of the value when the question was asked; a reading that moves less than this "stays". */
    public static final double STEADY_PCT = 1;

    /** The explorer's question: spine density in five years will rise, stay about the same, or fall. */
    public static final Prediction EXPLORER = new Prediction(Reading.BMD, 5, List.of(
            Range.above(STEADY_PCT), Range.between(-STEADY_PCT, STEADY_PCT), Range.below(-STEADY_PCT)));

    public Prediction {
        choices = List.copyOf(choices);
        if (!(years > 0)) throw new IllegalArgumentException("years must be > 0, not " + years);
        if (choices.size() < 2) throw new IllegalArgumentException("a prediction needs at least two choices");
        String gap = gapIn(choices);
        if (gap != null) throw new IllegalArgumentException(gap);
    }

    /**
     * The change a choice stands for, in % of the value when the question was asked: from {@code fromPct}
     * (included) to {@code toPct} (not included); an infinite end is open.
     */
    public record Range(double fromPct, double toPct) {
        public Range {
            if (!(fromPct < toPct)) throw new IllegalArgumentException("a range must end above its start: " + fromPct + " to " + toPct);
        }

        public static Range below(double toPct) { return new Range(Double.NEGATIVE_INFINITY, toPct); }

        public static Range above(double fromPct) { return new Range(fromPct, Double.POSITIVE_INFINITY); }

        public static Range between(double fromPct, double toPct) { return new Range(fromPct, toPct); }

        public boolean contains(double pct) { return pct >= fromPct && pct < toPct; }

        public boolean openBelow() { return fromPct == Double.NEGATIVE_INFINITY; }

        public boolean openAbove() { return toPct == Double.POSITIVE_INFINITY; }
    }

    /**
     * Why these ranges do not cover every change exactly once, or null when they do: sorted by their starts,
     * the first must be open below, each must start where the one before ends, and the last must be open above.
     */
    public static String gapIn(List<Range> ranges) {
        List<Range> sorted = ranges.stream().sorted(java.util.Comparator.comparingDouble(Range::fromPct)).toList();
        if (!sorted.getFirst().openBelow()) return "no range covers changes below " + sorted.getFirst().fromPct();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).fromPct() != sorted.get(i - 1).toPct()) {
                return "the range starting at " + sorted.get(i).fromPct() + " must start where the one before ends, "
                        + sorted.get(i - 1).toPct();
            }
        }
        if (!sorted.getLast().openAbove()) return "no range covers changes from " + sorted.getLast().toPct();
        return null;
    }

    /** Simulated days to watch. */
    public double days() { return years * Forecast.DAYS_PER_YEAR; }

    /** The index (from 0) of the choice whose range holds the change from {@code before} to {@code after}. */
    public int answerFor(double before, double after) {
        double pct = changePct(before, after);
        for (int i = 0; i < choices.size(); i++) if (choices.get(i).contains(pct)) return i;
        throw new IllegalStateException("no choice holds " + pct + " %"); // the constructor rules this out
    }

    /** The change from before to after, in % of before. */
    public static double changePct(double before, double after) {
        return 100 * (after - before) / before;
    }

    /** The value of a reading in a readout, in the unit of its quantity ({@link org.bonebalance.sim.why.Quantity#unit()}). */
    public static double value(Reading reading, Readout r) {
        return switch (reading) {
            case OSTEOCLASTS -> r.ocaRel();
            case OSTEOBLASTS -> r.obaRel();
            case RANKL_OPG -> r.ranklOpgRatioRel();
            case BALANCE -> 100 * r.formationOverResorption();
            case BMD -> r.bmdGPerCm2();
        };
    }
}
