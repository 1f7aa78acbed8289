package org.bonebalance.sim;

/** One course of therapy from startAge (inclusive) to stopAge (exclusive), years. */
public record TherapyCourse(Regimen regimen, double startAge, double stopAge) {
    public TherapyCourse {
        if (regimen == null) throw new IllegalArgumentException("therapy regimen is missing");
        if (!(stopAge > startAge)) {
            throw new IllegalArgumentException("therapy must stop after it starts (start " + startAge
                    + ", stop " + stopAge + ")");
        }
    }

    public boolean activeAt(double age) {
        return age >= startAge && age < stopAge;
    }
}
