package org.bonebalance.sim.bmu;

import org.bonebalance.model.Readout;

/**
 * How many markers of each kind the switch view shows: the model's values relative to the premenopausal
 * reference times a fixed number of markers at the reference ({@code *_AT_REFERENCE}), rounded, and capped so
 * the picture stays readable (the scale and the caps are stated on screen).
 *
 * @param ranklFree   free RANKL on osteoblast-lineage cells (Readout ranklRel)
 * @param opgFree     OPG drifting in the marrow fluid (Readout opgRel)
 * @param opgDecoy    OPG holding a RANKL as a decoy (RANKL–OPG complex ∝ RANKL·OPG, docs/model.md §3)
 * @param ranklRank   RANKL bound to RANK on precursors (Readout ranklRankRel)
 * @param osteoclasts active osteoclasts (Readout ocaRel)
 * @param cytokines   TNF-α / IL-1 from activated T cells, shown at the academic depth; scales with the
 *                    estrogen deficiency d (docs/model.md §4: part of P_RANKL,E comes from T cells)
 */
public record SwitchCounts(int ranklFree, int opgFree, int opgDecoy, int ranklRank, int osteoclasts, int cytokines) {

    public static final int RANKL_AT_REFERENCE = 10;
    public static final int OPG_AT_REFERENCE = 10;
    public static final int DECOY_AT_REFERENCE = 3;
    public static final int RANKL_RANK_AT_REFERENCE = 4;
    public static final int OSTEOCLASTS_AT_REFERENCE = 2;
    /** Cytokine markers at full estrogen deficiency (d = 1). */
    public static final int CYTOKINES_AT_FULL_DEFICIENCY = 10;

    /** Precursors on screen and RANK receptors each carries. */
    public static final int PRECURSORS = 5;
    public static final int RANK_PER_PRECURSOR = 4;

    public static final int MAX_RANKL = 48;
    public static final int MAX_OPG = 30;
    public static final int MAX_DECOY = 16;
    public static final int MAX_RANKL_RANK = PRECURSORS * RANK_PER_PRECURSOR;
    public static final int MAX_OSTEOCLASTS = 5;
    public static final int MAX_CYTOKINES = CYTOKINES_AT_FULL_DEFICIENCY;

    /** The counts at the premenopausal reference. */
    public static final SwitchCounts REFERENCE = new SwitchCounts(RANKL_AT_REFERENCE, OPG_AT_REFERENCE,
            DECOY_AT_REFERENCE, RANKL_RANK_AT_REFERENCE, OSTEOCLASTS_AT_REFERENCE, 0);

    public static SwitchCounts of(Readout r) {
        double d = r.effects().estrogenDeficiency();
        return new SwitchCounts(
                scaled(RANKL_AT_REFERENCE, r.ranklRel(), MAX_RANKL),
                scaled(OPG_AT_REFERENCE, r.opgRel(), MAX_OPG),
                scaled(DECOY_AT_REFERENCE, r.ranklRel() * r.opgRel(), MAX_DECOY),
                scaled(RANKL_RANK_AT_REFERENCE, r.ranklRankRel(), MAX_RANKL_RANK),
                scaled(OSTEOCLASTS_AT_REFERENCE, r.ocaRel(), MAX_OSTEOCLASTS),
                scaled(CYTOKINES_AT_FULL_DEFICIENCY, Math.max(0, Math.min(1, d)), MAX_CYTOKINES));
    }

    /** round(atReference × relative), between 0 and max. */
    public static int scaled(int atReference, double relative, int max) {
        if (!Double.isFinite(relative) || relative <= 0) return 0;
        return (int) Math.min(max, Math.round(atReference * relative));
    }

    /** RANK receptors engaged on precursor i when the bound complexes fill precursors in order. */
    public int engagedTarget(int precursor) {
        return Math.max(0, Math.min(RANK_PER_PRECURSOR, ranklRank - RANK_PER_PRECURSOR * precursor));
    }
}
