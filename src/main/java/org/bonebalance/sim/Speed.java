package org.bonebalance.sim;

/** How much simulated time passes per real second. */
public enum Speed {
    MONTH("1m", Forecast.DAYS_PER_YEAR / 12),
    YEAR("1y", Forecast.DAYS_PER_YEAR),
    FIVE_YEARS("5y", 5 * Forecast.DAYS_PER_YEAR);

    private final String code;
    private final double daysPerSecond;

    Speed(String code, double daysPerSecond) {
        this.code = code;
        this.daysPerSecond = daysPerSecond;
    }

    /** The command-line code: 1m, 1y or 5y. */
    public String code() { return code; }

    public double daysPerSecond() { return daysPerSecond; }

    public static Speed fromCode(String code) {
        for (Speed s : values()) if (s.code.equalsIgnoreCase(code)) return s;
        throw new IllegalArgumentException("unknown speed '" + code + "' (use 1m, 1y or 5y)");
    }
}
