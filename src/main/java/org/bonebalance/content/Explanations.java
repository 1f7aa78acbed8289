package org.bonebalance.content;

import java.util.List;

/**
 * The app's explanations of the science, one per topic, each at every {@link Depth}: keys
 * {@code content.explain.<topic>.title} and {@code content.explain.<topic>.<depth>}.
 */
public final class Explanations {
    public static final List<String> TOPICS = List.of("remodeling", "switch", "menopause", "therapy", "stopping", "men");

    private Explanations() {}

    public static String title(String topic) { return Messages.get("content.explain." + topic + ".title"); }

    public static String text(String topic, Depth depth) { return Messages.get("content.explain." + topic + "." + depth.id()); }
}
