package org.bonebalance.ui.animation;

import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a drawing made in fixed design coordinates and scales it uniformly to fit the space it is given,
 * centred, so one drawing works at 1280×720 and at 1600×1000. Layout only: nothing here moves by itself.
 */
public final class FitPane extends Region {
    private final Pane content;
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public FitPane(Pane content, double designWidth, double designHeight) {
        this.content = content;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        content.setManaged(false);
        content.resize(designWidth, designHeight);
        content.getTransforms().add(scale);
        getChildren().add(content);
        setMinSize(designWidth * 0.3, designHeight * 0.3);
        setPrefSize(designWidth, designHeight);
    }

    /** The scale applied to the design now. */
    public double scale() { return scale.getX(); }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.05, Math.min(w / designWidth, h / designHeight));
        scale.setX(s);
        scale.setY(s);
        content.resize(designWidth, designHeight);
        content.relocate(snappedLeftInset() + (w - designWidth * s) / 2, snappedTopInset() + (h - designHeight * s) / 2);
    }
}
