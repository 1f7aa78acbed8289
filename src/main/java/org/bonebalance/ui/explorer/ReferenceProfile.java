package org.bonebalance.ui.explorer;

import org.bonebalance.sim.Preset;
import org.bonebalance.ui.hormones.HormoneScale;

/**
 * Whose reference ranges the sliders shade. Approximate adult laboratory intervals (they vary by assay and
 * laboratory): premenopausal women E2 30–400 pg/mL across the cycle, P4 up to 25 ng/mL in the luteal phase,
 * T 15–70 ng/dL; postmenopausal women E2 below 20 pg/mL, P4 below 1 ng/mL, T 10–50 ng/dL; men E2 10–40
 * pg/mL, P4 below 1 ng/mL, T 264–916 ng/dL (harmonised range, Travison 2017 JCEM 102:1161).
 */
public enum ReferenceProfile {
    PREMENOPAUSAL_WOMAN("premenopausal", new double[] {30, 400}, new double[] {0.1, 25}, new double[] {15, 70}),
    POSTMENOPAUSAL_WOMAN("postmenopausal", new double[] {1, 20}, new double[] {0, 1}, new double[] {10, 50}),
    MAN("man", new double[] {10, 40}, new double[] {0, 1}, new double[] {264, 916});

    private final String id;
    private final double[] e2, p4, t;

    ReferenceProfile(String id, double[] e2, double[] p4, double[] t) {
        this.id = id;
        this.e2 = e2;
        this.p4 = p4;
        this.t = t;
    }

    public String id() { return id; }

    public String nameKey() { return "explorer.profile." + id; }

    /** {low, high} of the range for a hormone, in its units. */
    public double[] range(HormoneScale h) {
        double[] r = switch (h) {
            case ESTRADIOL -> e2;
            case PROGESTERONE -> p4;
            case TESTOSTERONE -> t;
        };
        return r.clone();
    }

    /** The profile a preset belongs to. */
    public static ReferenceProfile of(Preset p) {
        return switch (p) {
            case PREMENOPAUSAL, PERIMENOPAUSE -> PREMENOPAUSAL_WOMAN;
            case YOUNG_MAN, OLDER_MAN_LOW_T -> MAN;
            default -> POSTMENOPAUSAL_WOMAN;
        };
    }
}
