package org.bonebalance.sim.consult;

import org.bonebalance.sim.Regimen;

/**
 * The effect of hormone therapy on fractures <em>while it is taken</em>, as measured in the Women's Health
 * Initiative randomised trials (hazard ratios, therapy versus placebo).
 * <ul>
 * <li>Estrogen with a progestogen: all fractures HR 0.76 (95% CI 0.69–0.83), Cauley JA et al. JAMA
 * 2003;290:1729; hip HR 0.66, Rossouw JE et al. (Writing Group for the WHI) JAMA 2002;288:321.</li>
 * <li>Estrogen alone (women after hysterectomy): all fractures HR 0.70, hip HR 0.61, WHI Steering Committee
 * (Anderson GL et al.) JAMA 2004;291:1701; the later analysis of Jackson RD et al. JBMR 2006;21:817 gives
 * 0.71 and 0.65.</li>
 * <li>With low-dose testosterone added: no trial measured fractures; the estrogen-with-progestogen values
 * are shown and the screen says so.</li>
 * </ul>
 * After stopping, protection fades within about a year: Vinogradova Y et al., Lancet Healthy Longevity
 * 2025;6:100729 (odds ratio about 1.0 in the ten years after stopping, 0.93–0.95 later).
 *
 * @param regimen        the therapy
 * @param hrAllFractures hazard ratio, all (clinical) fractures
 * @param hrHip          hazard ratio, hip fracture
 * @param sourceKey      bundle key of the source line
 * @param extrapolated   true when no trial tested this regimen and another's values stand in
 */
public record TrialEffect(Regimen regimen, double hrAllFractures, double hrHip, String sourceKey, boolean extrapolated) {

    public static final TrialEffect ESTROGEN_PROGESTOGEN =
            new TrialEffect(Regimen.EP, 0.76, 0.66, "consult.source.ep", false);
    public static final TrialEffect ESTROGEN_ALONE =
            new TrialEffect(Regimen.E, 0.70, 0.61, "consult.source.e", false);
    public static final TrialEffect WITH_TESTOSTERONE =
            new TrialEffect(Regimen.EPT, 0.76, 0.66, "consult.source.ept", true);

    public static TrialEffect of(Regimen r) {
        return switch (r) {
            case E -> ESTROGEN_ALONE;
            case EP -> ESTROGEN_PROGESTOGEN;
            case EPT -> WITH_TESTOSTERONE;
        };
    }
}
