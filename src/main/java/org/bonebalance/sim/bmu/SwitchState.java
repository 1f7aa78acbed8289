package org.bonebalance.sim.bmu;

import org.bonebalance.model.Readout;

/**
 * The one shared definition of the RANKL "switch" readout, used by the switch view and the explorer's gauge
 * so both always agree. The switch is the RANKL–RANK complex relative to the premenopausal reference: it is
 * what engages RANK on osteoclast precursors and drives osteoclast formation in the model (MODEL.md §3
 * π_act,RANKL), and OPG's decoy effect is already in it (RANKL is the free ligand left after OPG binding).
 * Within ±{@value #BALANCE_BAND} of the reference the switch reads "balanced", so the reference state does
 * not flicker between on and held back.
 */
public enum SwitchState {
    /** RANK engaged more than at the reference: resorption switched on. */
    ON("on"),
    /** Within the band around the reference. */
    BALANCED("balanced"),
    /** RANK engaged less than at the reference: resorption held back. */
    HELD_BACK("held-back");

    /** Half-width of the balanced band around 1. */
    public static final double BALANCE_BAND = 0.05;

    private final String id;

    SwitchState(String id) { this.id = id; }

    /** Stable id: bundle keys {@code animation.switch.state.<id>} and CSS pseudo-classes use it. */
    public String id() { return id; }

    /** The switch's drive: RANKL–RANK relative to the reference. */
    public static double drive(Readout r) {
        return r.ranklRankRel();
    }

    public static SwitchState of(Readout r) {
        return ofDrive(drive(r));
    }

    public static SwitchState ofDrive(double drive) {
        if (drive > 1 + BALANCE_BAND) return ON;
        if (drive < 1 - BALANCE_BAND) return HELD_BACK;
        return BALANCED;
    }
}
