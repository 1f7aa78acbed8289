package org.bonebalance.sim.why;

import java.util.function.ToDoubleFunction;
import org.bonebalance.model.HormoneLevels;

/**
 * How much of a reading's change from the reference each hormone makes: the Shapley values of the three
 * hormones, exact over the eight on/off combinations (a hormone "on" is at the given level, "off" at the
 * reference level). The three shares always add up to the whole change, whatever the interactions.
 *
 * @param estradiol    estradiol's share, in the reading's unit
 * @param progesterone progesterone's share
 * @param testosterone testosterone's share
 */
public record Attribution(double estradiol, double progesterone, double testosterone) {
    /** Bits of a combination: which hormones are at the given level. */
    public static final int E2 = 1, P4 = 2, T = 4;
    public static final int NONE = 0, ALL = E2 | P4 | T, COMBINATIONS = 8;

    /** The sum of the shares: the whole change. */
    public double total() {
        return estradiol + progesterone + testosterone;
    }

    /** The levels of one combination: each hormone whose bit is set at {@code on}, the others at {@code off}. */
    public static HormoneLevels combine(HormoneLevels on, HormoneLevels off, int mask) {
        return new HormoneLevels(
                (mask & E2) != 0 ? on.estradiolPgPerMl() : off.estradiolPgPerMl(),
                (mask & P4) != 0 ? on.progesteroneNgPerMl() : off.progesteroneNgPerMl(),
                (mask & T) != 0 ? on.testosteroneNgPerDl() : off.testosteroneNgPerDl());
    }

    /**
     * The Shapley values of a reading {@code v} defined on the eight combinations (v(NONE) the reference,
     * v(ALL) the value now). For three players a player's value is the mean of its marginal gains weighted
     * 1/3 (joining alone), 1/6 and 1/6 (joining one other), 1/3 (joining both others).
     */
    public static Attribution shapley(ToDoubleFunction<Integer> v) {
        double[] at = new double[COMBINATIONS];
        for (int mask = 0; mask < COMBINATIONS; mask++) at[mask] = v.applyAsDouble(mask);
        return new Attribution(share(at, E2), share(at, P4), share(at, T));
    }

    private static double share(double[] at, int player) {
        double sum = 0;
        for (int without = 0; without < COMBINATIONS; without++) {
            if ((without & player) != 0) continue;
            int others = Integer.bitCount(without);
            double weight = others == 1 ? 1.0 / 6 : 1.0 / 3; // 0 or 2 others: 1/3; 1 other: 1/6
            sum += weight * (at[without | player] - at[without]);
        }
        return sum;
    }
}
