package org.bonebalance.sim.why;

/**
 * One link of a causal trace: a quantity the model computes, with the unit it is given in. The ids and units
 * are an interface (the {@code why --json} output): never translated or renamed.
 */
public enum Quantity {
    ESTRADIOL("estradiol", "pg/mL"),
    PROGESTERONE("progesterone", "ng/mL"),
    TESTOSTERONE("testosterone", "ng/dL"),
    /** Free RANKL in the bone micro-environment, relative to the reference state. */
    RANKL("rankl", "rel"),
    OPG("opg", "rel"),
    /** The RANKL/OPG ratio relative to the reference ratio. */
    RANKL_OPG("rankl_opg", "rel"),
    /** RANKL bound to RANK on osteoclast precursors: the signal that makes osteoclasts. */
    RANKL_RANK("rankl_rank", "rel"),
    OSTEOCLASTS("osteoclasts", "rel"),
    OSTEOBLAST_PRECURSORS("osteoblast_precursors", "rel"),
    OSTEOBLASTS("osteoblasts", "rel"),
    /** Bone formed per bone resorbed, % (100 = in balance). */
    BALANCE("balance", "%"),
    /** Spine density change over the last year of the run, % a year. */
    BMD_RATE("bmd_rate", "%/year"),
    /** Spine BMD at the default baseline, g/cm². */
    BMD("bmd", "g/cm2"),
    T_SCORE("t_score", "SD");

    private final String id;
    private final String unit;

    Quantity(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }
}
