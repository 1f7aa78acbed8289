package org.bonebalance.sim;

import org.bonebalance.model.HormoneLevels;

/**
 * One-click hormone profiles for the explorer and for lessons. Levels come from docs/model.md §5 profiles;
 * bundle keys "preset.&lt;id&gt;.name" and "preset.&lt;id&gt;.description" hold the text.
 */
public enum Preset {
    PREMENOPAUSAL("premenopausal", HormoneLevels.PREMENOPAUSAL),
    /** The natural-menopause profile six months before the final period. */
    PERIMENOPAUSE("perimenopause", natural(-0.5)),
    /** The natural-menopause profile one year after the final period. */
    EARLY_POSTMENOPAUSE("early-postmenopause", natural(1)),
    POSTMENOPAUSE_10Y("postmenopause-10y", HormoneLevels.POSTMENOPAUSAL),
    /** Surgical menopause: a step to postmenopausal levels without the ovaries' testosterone (docs/model.md §5). */
    SURGICAL("surgical", HormoneLevels.POSTMENOPAUSAL_SURGICAL),
    MHT_EP("mht-ep", Regimen.EP.apply(HormoneLevels.POSTMENOPAUSAL)),
    MHT_E("mht-e", Regimen.E.apply(HormoneLevels.POSTMENOPAUSAL)),
    MHT_EPT("mht-ept", Regimen.EPT.apply(HormoneLevels.POSTMENOPAUSAL)),
    YOUNG_MAN("young-man", HormoneLevels.YOUNG_MALE),
    /**
     * Older man with low testosterone: T 250 ng/dL, below the 264 ng/dL lower limit of the harmonised
     * reference range (Travison 2017 JCEM 102:1161); E2 by aromatization.
     */
    OLDER_MAN_LOW_T("older-man-low-t", HormoneLevels.maleFromTestosterone(0.3, 250));

    private final String id;
    private final HormoneLevels levels;

    Preset(String id, HormoneLevels levels) {
        this.id = id;
        this.levels = levels;
    }

    public String id() { return id; }

    public HormoneLevels levels() { return levels; }

    public String nameKey() { return "preset." + id + ".name"; }

    public String descriptionKey() { return "preset." + id + ".description"; }

    public static Preset fromId(String id) {
        for (Preset p : values()) if (p.id.equalsIgnoreCase(id)) return p;
        throw new IllegalArgumentException("unknown preset '" + id + "'");
    }

    private static HormoneLevels natural(double yearsFromFmp) {
        return HormoneSchedule.naturalMenopause(0, HormoneLevels.PREMENOPAUSAL, HormoneLevels.POSTMENOPAUSAL)
                .at(yearsFromFmp);
    }
}
