package org.bonebalance.content;

import java.util.List;

/**
 * The app's explanations of the science, one per topic, each at every {@link Depth}: keys
 * {@code content.explain.<topic>.title} and {@code content.explain.<topic>.<depth>}.
 */
public final class Explanations {
    public static final List<String> TOPICS = List.of("remodeling", "switch", "menopause", "therapy", "stopping", "men");

    /** The evidence cards behind each topic's claims, in the order they are shown under it. */
    public static final java.util.Map<String, List<String>> EVIDENCE = java.util.Map.of(
            "remodeling", List.of("model-core"),
            "switch", List.of("estrogen-rankl-opg", "t-cells"),
            "menopause", List.of("menopause-loss", "bmd-predicts-fracture", "low-estradiol-fracture"),
            "therapy", List.of("bmd-gain", "turnover-markers", "fracture-reduction", "progesterone", "patient-guidance"),
            "stopping", List.of("loss-after-stopping", "past-users-later", "surgical-vs-spontaneous"),
            "men", List.of("men-aromatization", "men-testosterone-range"));

    private Explanations() {}

    public static String title(String topic) { return Messages.get("content.explain." + topic + ".title"); }

    public static String text(String topic, Depth depth) { return ModelFigures.text("content.explain." + topic + "." + depth.id()); }
}
