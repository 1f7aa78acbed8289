package org.bonebalance.sim.bmu;

import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.Readout;

/**
 * What the model says about one remodeling site at this moment (docs/model.md), all relative to the
 * premenopausal reference.
 *
 * @param depthRel      resorption per site: how deep a pit goes. Osteoclasts dig at a fixed rate (k_res per
 *                      cell) for as long as they live, so depth scales with their working lifespan, the inverse
 *                      of the estrogen-dependent apoptosis multiplier (docs/model.md §4 mult.ocApo): 1 at the
 *                      reference, about 1.19 without estrogen.
 * @param refill        formation over resorption (Readout F/R): the share of the pit that is refilled
 * @param activationRel activation frequency, OCa/OCa_ref: how often new sites start
 */
public record SiteDrivers(double depthRel, double refill, double activationRel) {

    /** Sites shown at work along the stretch of surface at the reference, and at most. */
    public static final int SITES_AT_REFERENCE = 3, MAX_SITES = 9;

    /** The premenopausal reference: balanced. */
    public static final SiteDrivers REFERENCE = new SiteDrivers(1, 1, 1);

    public SiteDrivers {
        if (!(depthRel > 0) || !(refill >= 0) || !(activationRel > 0)) {
            throw new IllegalArgumentException("site drivers must be positive: " + depthRel + ", " + refill
                    + ", " + activationRel);
        }
    }

    /** Active sites along the drawn stretch of surface: the reference number times the activation frequency. */
    public int activeSites() {
        return SwitchCounts.scaled(SITES_AT_REFERENCE, activationRel, MAX_SITES);
    }

    /** Reads the drivers off one moment of the model. */
    public static SiteDrivers of(Readout r) {
        HormoneEffects h = r.effects();
        double lifespanRel = HormoneEffects.REFERENCE.ocApoptosis() / h.ocApoptosis();
        return new SiteDrivers(lifespanRel, r.formationOverResorption(), Math.max(r.ocaRel(), 1e-3));
    }
}
