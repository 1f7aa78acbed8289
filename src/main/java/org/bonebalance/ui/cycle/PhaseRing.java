package org.bonebalance.ui.cycle;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/** A ring that fills clockwise with the share of the current phase done, the phase's name in the middle. */
public final class PhaseRing {
    private final StackPane root = new StackPane();
    private final Arc arc;
    private final Label name = new Label();

    public PhaseRing(double radius) {
        Circle track = new Circle(radius);
        track.getStyleClass().add("phase-ring-track");
        arc = new Arc(0, 0, radius, radius, 90, 0);
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().add("phase-ring-arc");
        name.getStyleClass().add("phase-ring-name");
        name.setMaxWidth(radius * 1.7);
        name.setWrapText(true);
        // one Group: its bounds are the track's whatever the arc's length, so the arc stays centred on it
        root.getChildren().addAll(new javafx.scene.Group(track, arc), name);
        root.getStyleClass().add("phase-ring");
        root.setMinSize(2 * radius + 16, 2 * radius + 16);
        root.setMaxSize(2 * radius + 16, 2 * radius + 16);
        root.setId("cycle-phase-ring");
    }

    public StackPane root() { return root; }

    /** @param centre short text inside the ring (e.g. "day 12 of ~21"); the phase's name goes to screen readers */
    public void set(String phaseName, String centre, double progress) {
        if (!centre.equals(name.getText())) name.setText(centre);
        if (!phaseName.equals(root.getAccessibleText())) root.setAccessibleText(phaseName);
        arc.setLength(-360 * Math.max(0, Math.min(1, progress)));
    }

    public double progressShown() { return -arc.getLength() / 360; }

    public String textShown() { return name.getText(); }
}
