package org.bonebalance.sim.consult;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.Readout;

/**
 * The axes of the consultation chart, shared by the screen (ui/consult/ConsultChart) and the handout PDF
 * (io/handout/HandoutPdf) so that both draw the same picture: age from the start of the timeline to {@link
 * Consultation#END_AGE}; spine T-score from at most -4 to at least +1.5, widened to half a unit beyond the
 * whole units around every curve. Positions are given as fractions of the plot, so it works for screen
 * coordinates (y grows downwards) and PDF coordinates (y grows upwards) alike.
 */
public record ChartAxes(double ageMin, double ageMax, double tMin, double tMax) {
    /** The T-score range always shown, so the WHO bands (-1 and -2.5) are always on the chart. */
    public static final double T_MIN = -4, T_MAX = 1.5;
    /** Space above and below the curves, in T-score units beyond the nearest whole unit. */
    public static final double MARGIN = 0.5;
    /** Years between age ticks. */
    public static final int AGE_TICK_YEARS = 5;

    public ChartAxes {
        if (!(ageMax > ageMin) || !(tMax > tMin)) throw new IllegalArgumentException("empty axis");
    }

    /** The axes that fit every curve of the result. */
    public static ChartAxes of(ConsultForecast.Result r) {
        double tMin = T_MIN, tMax = T_MAX;
        for (ConsultForecast.Outcome o : r.outcomes()) {
            for (Readout ro : o.chart()) {
                tMin = Math.min(tMin, Math.floor(ro.tScore()) - MARGIN);
                tMax = Math.max(tMax, Math.ceil(ro.tScore()) + MARGIN);
            }
        }
        return new ChartAxes(r.outcomes().getFirst().scenario().startAge(), Consultation.END_AGE, tMin, tMax);
    }

    /**
     * The same axes with the top raised (to a whole unit) so that, from {@code fromAge} on, every curve stays
     * below the top {@code clearFraction} of the plot: room for a legend in the top right corner.
     */
    public ChartAxes withClearTop(ConsultForecast.Result r, double fromAge, double clearFraction) {
        double highest = Double.NEGATIVE_INFINITY;
        for (ConsultForecast.Outcome o : r.outcomes()) {
            for (Readout ro : o.chart()) if (ro.ageYears() >= fromAge) highest = Math.max(highest, ro.tScore());
        }
        if (highest == Double.NEGATIVE_INFINITY || !(clearFraction > 0 && clearFraction < 1)) return this;
        // highest sits at (1 - clearFraction) of the height: (highest - tMin) / (top - tMin) <= 1 - clearFraction
        double top = Math.max(tMax, Math.ceil((highest - clearFraction * tMin) / (1 - clearFraction)));
        return new ChartAxes(ageMin, ageMax, tMin, top);
    }

    /** Where an age falls between the left and right ends of the plot. */
    public double x(double age, double left, double right) {
        return left + (age - ageMin) / (ageMax - ageMin) * (right - left);
    }

    /** Where a T-score falls between the bottom and top of the plot (in either direction of y). */
    public double y(double tScore, double bottom, double top) {
        return bottom + (tScore - tMin) / (tMax - tMin) * (top - bottom);
    }

    /** The age given a position (inverse of {@link #x}). */
    public double age(double x, double left, double right) {
        return ageMin + (x - left) / (right - left) * (ageMax - ageMin);
    }

    /**
     * The whole T-scores to label: every one, or every second when a unit is shorter than {@code minGap}
     * (same units as {@code plotHeight}), so labels never overlap.
     */
    public List<Integer> tScoreTicks(double plotHeight, double minGap) {
        int step = Math.abs(plotHeight) / (tMax - tMin) < minGap ? 2 : 1;
        List<Integer> ticks = new ArrayList<>();
        for (int t = (int) Math.ceil(tMin); t <= tMax; t++) if (Math.floorMod(t, step) == 0) ticks.add(t);
        return ticks;
    }

    /** The ages to label: every {@link #AGE_TICK_YEARS} years within the axis. */
    public List<Integer> ageTicks() {
        List<Integer> ticks = new ArrayList<>();
        for (int a = (int) (Math.ceil(ageMin / AGE_TICK_YEARS) * AGE_TICK_YEARS); a <= ageMax; a += AGE_TICK_YEARS) ticks.add(a);
        return ticks;
    }
}
