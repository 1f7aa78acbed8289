package org.bonebalance.sim;

import org.bonebalance.model.HormoneLevels;

/**
 * Standard therapy regimens (docs/model.md §5). While a course runs, it replaces E2, and P4 when a progestogen is
 * part of it; {@link #EPT} also brings testosterone to a low female-physiological dose.
 */
public enum Regimen {
    /** Estrogen alone: E2 40 pg/mL, P4 unchanged. */
    E("e", 40, Double.NaN, Double.NaN),
    /** Estrogen with a progestogen: E2 40 pg/mL, P4 5 ng/mL (e.g. a 50 µg/day patch with a progestogen). */
    EP("ep", 40, 5, Double.NaN),
    /** Estrogen, progestogen and low-dose testosterone (upper female range, about 60 ng/dL). */
    EPT("ept", 40, 5, 60);

    private final String code;
    private final double e2, p4, t;

    Regimen(String code, double e2, double p4, double t) {
        this.code = code;
        this.e2 = e2;
        this.p4 = p4;
        this.t = t;
    }

    public String code() { return code; }

    public HormoneLevels apply(HormoneLevels base) {
        return new HormoneLevels(e2,
                Double.isNaN(p4) ? base.progesteroneNgPerMl() : p4,
                Double.isNaN(t) ? base.testosteroneNgPerDl() : t);
    }

    public static Regimen fromCode(String code) {
        for (Regimen r : values()) if (r.code.equalsIgnoreCase(code)) return r;
        throw new IllegalArgumentException("unknown therapy '" + code + "' (use e, ep or ept)");
    }
}
