package org.bonebalance.ui.animation;


/** The animation area's stylesheet and the bundle keys it builds from ids (listed in full for the key check). */
public final class AnimationStyles {
    private AnimationStyles() {}

    public static String stylesheet() {
        return AnimationStyles.class.getResource("/org/bonebalance/css/animation.css").toExternalForm();
    }

    /** Sets a label's text only when it differs (no relayout for an unchanged per-frame reading). */
    public static void setIfChanged(javafx.scene.control.Label l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
    }

    /** Wraps each label of a column of readouts to the column's width. */
    public static void wrapLabels(javafx.scene.layout.Pane column) {
        for (javafx.scene.Node n : column.getChildren()) {
            if (n instanceof javafx.scene.control.Label l) {
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
            }
        }
    }

    /** The drawing, the line that says what the pointer is on, and the key: the centre of both animation screens. */
    public static javafx.scene.layout.VBox stageColumn(FitPane stage, javafx.scene.control.Label info, String infoId,
                                                       javafx.scene.Node legend) {
        stage.getStyleClass().add("animation-stage");
        javafx.scene.layout.VBox.setVgrow(stage, javafx.scene.layout.Priority.ALWAYS);
        info.setId(infoId);
        info.getStyleClass().add("animation-info");
        info.setWrapText(true);
        info.setMinHeight(48);
        javafx.scene.layout.VBox center = new javafx.scene.layout.VBox(6, stage, info, legend);
        center.setPadding(new javafx.geometry.Insets(0, 8, 0, 0));
        return center;
    }

    /** The scrolling side panel both animation screens put on their right. */
    public static javafx.scene.control.ScrollPane sidePanel(javafx.scene.layout.VBox side) {
        side.getStyleClass().add("animation-side");
        javafx.scene.control.ScrollPane scroll = org.bonebalance.ui.ScrollPanes.uncached(new javafx.scene.control.ScrollPane(side));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("animation-side-scroll");
        scroll.setPrefWidth(385);
        scroll.setMinWidth(300);
        return scroll;
    }
}
