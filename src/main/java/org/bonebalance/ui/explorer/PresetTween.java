package org.bonebalance.ui.explorer;

import org.bonebalance.model.HormoneLevels;

/**
 * Glides the levels from where they are to a preset's over {@link #DURATION_SECONDS} of real time,
 * advanced by the one clock's frame time (never a Timeline). Estradiol glides in log space, as its slider
 * is logarithmic, so the thumb moves evenly.
 */
public final class PresetTween {
    public static final double DURATION_SECONDS = 0.6;

    private final HormoneLevels from;
    private final HormoneLevels to;
    private double elapsed;

    public PresetTween(HormoneLevels from, HormoneLevels to) {
        this.from = from;
        this.to = to;
    }

    public HormoneLevels target() { return to; }

    public boolean done() { return elapsed >= DURATION_SECONDS; }

    /** Advances by real seconds and returns the levels to show now. */
    public HormoneLevels advance(double dtSeconds) {
        elapsed = Math.min(DURATION_SECONDS, elapsed + Math.max(0, dtSeconds));
        return current();
    }

    public HormoneLevels current() {
        if (done()) return to;
        double x = elapsed / DURATION_SECONDS;
        double w = x * x * (3 - 2 * x); // smoothstep: starts and ends gently
        double e2 = Math.exp(lerp(Math.log(Math.max(from.estradiolPgPerMl(), 0.1)),
                Math.log(Math.max(to.estradiolPgPerMl(), 0.1)), w));
        return new HormoneLevels(e2, lerp(from.progesteroneNgPerMl(), to.progesteroneNgPerMl(), w),
                lerp(from.testosteroneNgPerDl(), to.testosteroneNgPerDl(), w));
    }

    private static double lerp(double a, double b, double w) { return a + (b - a) * w; }
}
