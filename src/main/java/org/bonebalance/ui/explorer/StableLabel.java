package org.bonebalance.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A label for text that changes every frame (gauge readings, the clock) whose changes do not relayout the
 * window: the inner label is unmanaged, so a new text lays out only the label itself, while this box keeps
 * a fixed height of {@code lines} lines. Relayout up the tree on every frame cost more than the drawing.
 */
public final class StableLabel extends Region {
    private final Label label = new Label();
    private final int lines;

    public StableLabel(int lines, String... styleClasses) {
        this.lines = lines;
        label.setManaged(false);
        label.setWrapText(lines > 1);
        label.getStyleClass().addAll(styleClasses);
        getChildren().add(label);
    }

    public Label label() { return label; }

    public String getText() { return label.getText(); }

    public void setText(String text) {
        if (text.equals(label.getText())) return;
        label.setText(text);
        // lays the label out now, so its skin draws the new words in this frame. Left to the next layout pass,
        // an unmanaged label is reached only through its ancestors' "dirty branch" marks, and those stop at an
        // ancestor already marked for layout: in the toolbar, the group the ToolbarFlow places item by item
        // stays marked once the flow has moved its items, so the clock's words froze at "0 years" while the
        // time played on (found 2026-12-08; ExplorerWindowTest.elapsedTimeIsRedrawnWhilePlaying)
        label.layout();
        // a one-line label that no longer fits asks for more room (rare: the clock going from 9 to 10 years)
        if (lines == 1 && label.prefWidth(-1) > getWidth() - snappedLeftInset() - snappedRightInset() + 0.5) requestLayout();
    }

    /** A line of text with a little air (the font's own line is 1.17 to 1.23 times its size). */
    private double lineHeight() {
        return Math.ceil(label.getFont().getSize() * 1.25);
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + snappedBottomInset() + label.snappedTopInset() + label.snappedBottomInset()
                + lines * lineHeight();
    }

    @Override
    protected double computeMinHeight(double width) { return computePrefHeight(width); }

    @Override
    protected double computeMaxHeight(double width) { return computePrefHeight(width); }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + (lines == 1 ? label.prefWidth(-1) : 60);
    }

    @Override
    protected double computeMinWidth(double height) { return lines == 1 ? computePrefWidth(height) : 40; }

    @Override
    protected void layoutChildren() {
        label.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }
}
