package org.bonebalance.ui.animation;

import java.util.List;

/** The animation area's stylesheet and the bundle keys it builds from ids (listed in full for the key check). */
public final class AnimationStyles {
    private AnimationStyles() {}

    public static String stylesheet() {
        return AnimationStyles.class.getResource("/org/bonebalance/css/animation.css").toExternalForm();
    }

    /** Keys built dynamically from phase and switch-state ids. */
    public static final List<String> DYNAMIC_KEYS = List.of(
            "animation.phase.activation", "animation.phase.resorption", "animation.phase.reversal",
            "animation.phase.formation", "animation.phase.mineralisation", "animation.phase.rest",
            "animation.phase.activation.doing", "animation.phase.resorption.doing",
            "animation.phase.reversal.doing", "animation.phase.formation.doing",
            "animation.phase.mineralisation.doing", "animation.phase.rest.doing",
            "animation.switch.state.on", "animation.switch.state.held-back");
}
