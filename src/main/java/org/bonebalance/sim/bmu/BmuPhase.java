package org.bonebalance.sim.bmu;

/**
 * The phases of one basic multicellular unit (BMU), in order (docs/model.md). Reference durations are
 * textbook values in days: resorption about 2–4 weeks, reversal about 1–2 weeks, formation about 3–4 months,
 * then mineralisation of the last osteoid and a resting surface until the next activation. The whole cycle
 * at the reference is about 5–6 months.
 */
public enum BmuPhase {
    /** Lining cells lift off the surface and osteoclast precursors arrive from the marrow. */
    ACTIVATION("activation", 7),
    /** Multinucleated osteoclasts dig a pit (about 3 weeks; longer when they live longer). */
    RESORPTION("resorption", 21),
    /** Mononuclear cells clean the pit floor and lay the cement line. */
    REVERSAL("reversal", 10),
    /** Osteoblasts lay osteoid, which mineralises behind them (about 3–4 months). */
    FORMATION("formation", 100),
    /** The last osteoid mineralises (docs/model.md §6 τ_lag 17 days); osteoblasts flatten into lining cells. */
    MINERALISATION("mineralisation", org.bonebalance.model.CoreParameters.TAU_LAG_DAYS),
    /** A quiet surface under lining cells until the next activation (shorter when activation is frequent). */
    REST("rest", 25);

    private final String id;
    private final double referenceDays;

    BmuPhase(String id, double referenceDays) {
        this.id = id;
        this.referenceDays = referenceDays;
    }

    /** Stable id: bundle keys {@code animation.phase.<id>} and CSS pseudo-classes use it. */
    public String id() { return id; }

    /** Duration at the premenopausal reference, days. */
    public double referenceDays() { return referenceDays; }

    /** The phase after this one (REST wraps to ACTIVATION). */
    public BmuPhase next() {
        BmuPhase[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** Sum of the reference durations: one whole cycle at the reference, days. */
    public static double referenceCycleDays() {
        double sum = 0;
        for (BmuPhase p : values()) sum += p.referenceDays;
        return sum;
    }
}
