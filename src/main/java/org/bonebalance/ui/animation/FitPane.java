package org.bonebalance.ui.animation;

import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Holds a drawing made in fixed design coordinates and scales it uniformly to fit the space it is given,
 * centred, so one drawing works at 1280×720 and at 1600×1000. Text is not scaled with the drawing: it lives
 * in an unscaled layer on top, placed at design coordinates ({@link #place}). That keeps labels at their
 * stylesheet size on any window, and the software renderer draws unscaled text from its glyph cache
 * instead of re-filling every glyph's outline each frame (measured: half the render time of the view).
 * Layout only: nothing here moves by itself.
 */
public final class FitPane extends Region {
    private static final String DESIGN_X = "fit.x", DESIGN_Y = "fit.y", END = "fit.end", ALIGNED_END = "fit.aligned-end";
    private final Pane content;
    private final Pane labels = new Pane();
    private final double designWidth;
    private final double designHeight;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double offsetX, offsetY;

    public FitPane(Pane content, double designWidth, double designHeight) {
        this.content = content;
        this.designWidth = designWidth;
        this.designHeight = designHeight;
        content.setManaged(false);
        content.resize(designWidth, designHeight);
        content.getTransforms().add(scale);
        labels.setManaged(false);
        labels.setMouseTransparent(true);
        labels.getStyleClass().add("fit-labels");
        getChildren().addAll(content, labels);
        setMinSize(designWidth * 0.3, designHeight * 0.3);
        setPrefSize(designWidth, designHeight);
    }

    /** The scale applied to the design now. */
    public double scale() { return scale.getX(); }

    /** Adds an unscaled node (a label) to the layer above the drawing. */
    public <T extends Node> T addLabel(T node) {
        labels.getChildren().add(node);
        // the layer is unmanaged, so a new text does not lay this pane out again: a right-aligned label
        // follows its own width here
        node.layoutBoundsProperty().subscribe(b -> { if (node.getProperties().containsKey(END)) position(node); });
        return node;
    }

    /** Puts an unscaled node's top-left corner at a design position (kept across resizes). */
    public void place(Node node, double designX, double designY) {
        node.getProperties().remove(END);
        put(node, designX, designY);
    }

    /** Like {@link #place}, but puts the node's right edge at designX (for labels near the right border). */
    public void placeEnd(Node node, double designX, double designY) {
        node.getProperties().put(END, Boolean.TRUE);
        put(node, designX, designY);
    }

    private void put(Node node, double designX, double designY) {
        Object ox = node.getProperties().get(DESIGN_X), oy = node.getProperties().get(DESIGN_Y);
        boolean alignmentChanged = node.getProperties().containsKey(END) != Boolean.TRUE.equals(node.getProperties().get(ALIGNED_END));
        node.getProperties().put(ALIGNED_END, node.getProperties().containsKey(END));
        if (!alignmentChanged && ox instanceof Double x && oy instanceof Double y && x == designX && y == designY) return;
        node.getProperties().put(DESIGN_X, designX);
        node.getProperties().put(DESIGN_Y, designY);
        position(node);
    }

    private void position(Node node) {
        if (node.getProperties().get(DESIGN_X) instanceof Double x && node.getProperties().get(DESIGN_Y) instanceof Double y) {
            double shift = node.getProperties().containsKey(END) ? node.getLayoutBounds().getWidth() : 0;
            node.relocate(offsetX + x * scale.getX() - shift, offsetY + y * scale.getY());
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double s = Math.max(0.05, Math.min(w / designWidth, h / designHeight));
        scale.setX(s);
        scale.setY(s);
        offsetX = snappedLeftInset() + (w - designWidth * s) / 2;
        offsetY = snappedTopInset() + (h - designHeight * s) / 2;
        content.resize(designWidth, designHeight);
        content.relocate(offsetX, offsetY);
        labels.resizeRelocate(0, 0, getWidth(), getHeight());
        for (Node n : labels.getChildren()) {
            if (n.isResizable()) n.autosize();
            position(n);
        }
    }
}
