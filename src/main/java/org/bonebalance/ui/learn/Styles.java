package org.bonebalance.ui.learn;

/** Style-class names of the learn area (css/learn.css), as constants. */
public final class Styles {
    public static final String STYLESHEET = "/org/bonebalance/css/learn.css";
    public static final String TERM = "term-link";
    public static final String TERM_POPOVER = "term-popover";
    public static final String HEADING = "learn-heading";
    public static final String SUBHEADING = "learn-subheading";
    public static final String BODY = "learn-body";
    public static final String CARD = "learn-card";
    public static final String MUTED = "learn-muted";
    public static final String ADVICE = "learn-advice";
    public static final String PRESENTER = "presenter";
    public static final String SPOTLIGHT_DIM = "lesson-spotlight-dim";
    public static final String SPOTLIGHT_RING = "lesson-spotlight-ring";
    public static final String LESSON_PANEL = "lesson-panel";
    public static final String NARRATION = "lesson-narration";
    public static final String STRENGTH = "evidence-strength";

    private Styles() {}

    public static String stylesheet() {
        return Styles.class.getResource(STYLESHEET).toExternalForm();
    }
}
