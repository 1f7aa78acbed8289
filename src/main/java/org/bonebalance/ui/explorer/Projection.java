package org.bonebalance.ui.explorer;

import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;

/**
 * The "if today's levels are held" curve: readouts from {@code fromAge} on, for {@code levels}.
 * Immutable; the timeline draws the part after "now".
 */
public record Projection(HormoneLevels levels, double fromAge, List<Readout> points) {
    public Projection {
        points = List.copyOf(points);
    }

    public double endAge() {
        return points.isEmpty() ? fromAge : points.get(points.size() - 1).ageYears();
    }

    /** Spine BMD at an age inside the projection, by linear interpolation (clamped at the ends). */
    public double bmdAt(double age) {
        if (points.isEmpty()) return Double.NaN;
        if (age <= points.get(0).ageYears()) return points.get(0).bmdGPerCm2();
        for (int i = 1; i < points.size(); i++) {
            Readout b = points.get(i);
            if (age <= b.ageYears()) {
                Readout a = points.get(i - 1);
                double w = (age - a.ageYears()) / (b.ageYears() - a.ageYears());
                return a.bmdGPerCm2() + w * (b.bmdGPerCm2() - a.bmdGPerCm2());
            }
        }
        return points.get(points.size() - 1).bmdGPerCm2();
    }

    /** Projected BMD change over the year after {@code age}, % of the BMD at {@code age}. */
    public double pctPerYearAt(double age) {
        double b0 = bmdAt(age);
        return 100 * (bmdAt(age + 1) - b0) / b0;
    }
}
