package org.bonebalance.sim.bmu;

import org.bonebalance.model.Readout;

/**
 * The one definition of the RANKL "switch" readout, for the switch view and the explorer's gauge alike.
 * The switch reads the RANKL/OPG ratio relative to the premenopausal reference (Readout ranklOpgRatioRel),
 * the balance the seed article and textbooks call the switch. It reads "resorption on" from
 * {@value #ON_RATIO} times the reference up (the explorer's gauge and seesaw read it from here):
 * about 2 after menopause, about 1.2 on standard hormone therapy, 1 before menopause.
 */
public enum SwitchState {
    /** RANKL outweighs OPG clearly more than before menopause: resorption switched on. */
    ON("on"),
    /** OPG keeps RANKL in check: resorption held back. */
    HELD_BACK("held-back");

    /** RANKL/OPG relative to the reference at and above which the switch reads on. */
    public static final double ON_RATIO = 1.5;

    private final String id;

    SwitchState(String id) { this.id = id; }

    /** Stable id: bundle keys {@code animation.switch.state.<id>} and CSS pseudo-classes use it. */
    public String id() { return id; }

    /** The switch's drive: (RANKL/OPG) relative to the reference ratio. */
    public static double drive(Readout r) {
        return r.ranklOpgRatioRel();
    }

    public static SwitchState of(Readout r) {
        return ofDrive(drive(r));
    }

    public static SwitchState ofDrive(double drive) {
        return drive >= ON_RATIO ? ON : HELD_BACK;
    }
}
