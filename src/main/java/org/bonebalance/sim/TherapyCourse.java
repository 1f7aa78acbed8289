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

    /** Where a course given without a stop age stops: at the end of the forecast, and at least a day after it starts. */
    public static double defaultStopAge(double startAge, double forecastEndAge) {
        return Math.max(forecastEndAge, startAge + 1.0 / Forecast.DAYS_PER_YEAR);
    }

    public boolean activeAt(double age) {
        return age >= startAge && age < stopAge;
    }
}
