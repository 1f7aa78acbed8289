package org.bonebalance.sim.consult;

/**
 * The arithmetic behind the icon arrays of 100 people.
 * <p>A hazard ratio multiplies the rate at which fractures happen. Over a fixed period, with the ratio
 * holding throughout (proportional hazards), a probability p becomes {@code 1 − (1 − p)^HR}: this applies
 * the stated hazard ratio exactly. (The shortcut p × HR is close for small p: for p = 20 % and HR 0.76 it
 * gives 15.2 % against 15.6 %.)
 * <p>Rounding: an array shows whole people, so the percentage is rounded half up to the nearest whole number
 * (12.5 → 13). The exact percentage, to one decimal, is printed beside the array.
 */
public final class IconArray {
    public static final int PEOPLE = 100;

    private IconArray() {}

    /** Probability (%) over the same period when the hazard is multiplied by hr. */
    public static double withHazardRatio(double probabilityPct, double hr) {
        if (!(probabilityPct >= 0 && probabilityPct < 100)) throw new IllegalArgumentException("probability must be 0–100 %");
        if (!(hr > 0)) throw new IllegalArgumentException("hazard ratio must be positive");
        return 100 * (1 - Math.pow(1 - probabilityPct / 100, hr));
    }

    /** How many of 100 icons are marked for a probability in %. */
    public static int marked(double probabilityPct) {
        return (int) Math.max(0, Math.min(PEOPLE, Math.floor(probabilityPct + 0.5)));
    }

    /**
     * Both arrays for one regimen.
     *
     * @param withoutPct the probability typed in (no therapy)
     * @param withPct    the same with the trial hazard ratio applied
     */
    public record Pair(TrialEffect effect, boolean hip, double withoutPct, double withPct) {
        public int markedWithout() { return marked(withoutPct); }

        public int markedWith() { return marked(withPct); }

        public double hazardRatio() { return hip ? effect.hrHip() : effect.hrAllFractures(); }
    }

    public static Pair pair(double probabilityPct, TrialEffect effect, boolean hip) {
        double hr = hip ? effect.hrHip() : effect.hrAllFractures();
        return new Pair(effect, hip, probabilityPct, withHazardRatio(probabilityPct, hr));
    }
}
