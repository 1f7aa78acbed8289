package org.bonebalance.sim.consult;

import org.bonebalance.model.BmdScale;

/**
 * A measured lumbar-spine DXA result at a given age: either BMD in g/cm² or a T-score (converted with the
 * NHANES young-women reference of {@link BmdScale}).
 *
 * @param ageYears age at the scan, years
 * @param kind     what {@code value} is
 * @param value    g/cm² for {@link Kind#BMD}, SD units for {@link Kind#T_SCORE}
 */
public record Measurement(double ageYears, Kind kind, double value) {

    public enum Kind {
        BMD("bmd"), T_SCORE("tscore");

        private final String code;

        Kind(String code) { this.code = code; }

        public String code() { return code; }

        public static Kind fromCode(String code) {
            for (Kind k : values()) if (k.code.equals(code)) return k;
            return null;
        }
    }

    public static final double MIN_BMD_G_PER_CM2 = 0.3, MAX_BMD_G_PER_CM2 = 2.0;
    public static final double MIN_T_SCORE = -6, MAX_T_SCORE = 6;

    public Measurement {
        Checks.required("person.measurement.kind", kind);
        Checks.range("person.measurement.age", ageYears, Consultation.MIN_AGE, Consultation.END_AGE);
        if (kind == Kind.BMD) Checks.range("person.measurement.value", value, MIN_BMD_G_PER_CM2, MAX_BMD_G_PER_CM2);
        else Checks.range("person.measurement.value", value, MIN_T_SCORE, MAX_T_SCORE);
    }

    /** The measurement as spine BMD, g/cm². */
    public double bmdGPerCm2() {
        return kind == Kind.BMD ? value : BmdScale.bmdForTScore(value);
    }
}
