package org.bonebalance.ui.explorer;

import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Rotate;
import org.bonebalance.content.Messages;

/**
 * The RANKL/OPG seesaw: RANKL (a triangle, on the left) against OPG (a circle, on the right). The beam tips
 * towards RANKL when RANKL outweighs OPG beyond the switch point, towards OPG otherwise. Shapes and labels
 * tell the two apart, not colour alone. Colours come from CSS (.seesaw-*).
 */
public final class Seesaw extends Region {
    /** The beam snaps this far to one side at the switch point (it reads as a switch, not a balance)... */
    public static final double SNAP_DEGREES = 8;
    /** ...and tips further by this many degrees per natural-log unit of (ratio / switch point). */
    public static final double DEGREES_PER_LOG = 10;
    public static final double MAX_TILT_DEGREES = 22;

    private final Polygon fulcrum = new Polygon();
    private final Rectangle beam = new Rectangle();
    private final Polygon rankl = new Polygon();
    private final Circle opg = new Circle();
    private final Label ranklLabel = new Label(Messages.get("explorer.seesaw.rankl"));
    private final Label opgLabel = new Label(Messages.get("explorer.seesaw.opg"));
    private final Group arm = new Group(beam, rankl, opg, ranklLabel, opgLabel);
    private final Rotate rotate = new Rotate(0, 0, 0);
    private double tiltDegrees;

    public Seesaw() {
        getStyleClass().add("seesaw");
        fulcrum.getStyleClass().add("seesaw-fulcrum");
        beam.getStyleClass().add("seesaw-beam");
        rankl.getStyleClass().add("seesaw-rankl");
        opg.getStyleClass().add("seesaw-opg");
        ranklLabel.getStyleClass().add("seesaw-label");
        opgLabel.getStyleClass().add("seesaw-label");
        arm.getTransforms().add(rotate);
        arm.setAutoSizeChildren(true);
        getChildren().addAll(fulcrum, arm);
        setMinSize(80, 60);
        setPrefSize(160, 110);
    }

    /** Tilt for a RANKL/OPG ratio relative to usual; positive degrees = RANKL side down. */
    public static double tiltFor(double ratioRel) {
        double l = Math.log(Math.max(ratioRel, 1e-3) / org.bonebalance.sim.bmu.SwitchState.ON_RATIO);
        double t = Math.signum(ratioRel - org.bonebalance.sim.bmu.SwitchState.ON_RATIO) * (SNAP_DEGREES + DEGREES_PER_LOG * Math.abs(l));
        if (ratioRel == org.bonebalance.sim.bmu.SwitchState.ON_RATIO) t = SNAP_DEGREES; // exactly at the switch point: on
        return Math.max(-MAX_TILT_DEGREES, Math.min(MAX_TILT_DEGREES, t));
    }

    public void setRatio(double ratioRel) {
        double t = tiltFor(ratioRel);
        if (t != tiltDegrees) {
            tiltDegrees = t;
            rotate.setAngle(-t); // JavaFX turns clockwise for positive angles; RANKL sits on the left
        }
    }

    public double tiltDegrees() { return tiltDegrees; }

    private double labelScale = 1;

    /** How much the two names are shrunk to stay apart (1: their full size). */
    public double labelScale() { return labelScale; }

    private double rightRoom;

    /**
     * Keeps a strip this wide free at the right (for the card's "?" button): the beam, the two shapes and the
     * names are drawn in the rest, wherever the beam tips.
     */
    public void setRightRoom(double px) {
        if (px != rightRoom) {
            rightRoom = Math.max(0, px);
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(getWidth() - rightRoom, 40), h = getHeight();
        double s = Math.min(w / 160, h / 110);
        double cx = w / 2, pivotY = h * 0.62;
        double half = Math.min(w * 0.42, 70 * s * 1.4);
        fulcrum.getPoints().setAll(cx, pivotY, cx - 14 * s, pivotY + 26 * s, cx + 14 * s, pivotY + 26 * s);
        beam.setX(-half);
        beam.setY(-3 * s);
        beam.setWidth(2 * half);
        beam.setHeight(6 * s);
        double r = 13 * s;
        // RANKL: a triangle standing on the left end
        rankl.getPoints().setAll(-half + 2, -3 * s, -half + 2 + 2 * r, -3 * s, -half + 2 + r, -3 * s - 1.8 * r);
        rankl.setRotate(0);
        opg.setCenterX(half - 2 - r);
        opg.setCenterY(-3 * s - r);
        opg.setRadius(r);
        ranklLabel.autosize();
        opgLabel.autosize();
        // the names stand over the two ends; when together they are wider than the beam (a big font in a
        // narrow card) they move outwards as far as the card allows, and past that they shrink: never overlap
        // the gap allows for the tilt: a turned name's box reaches sideways by its height × sin(tilt)
        double gap = 6 + ranklLabel.getHeight() * Math.sin(Math.toRadians(MAX_TILT_DEGREES));
        double rw = ranklLabel.getWidth(), ow = opgLabel.getWidth();
        double room = Math.max(2 * half, w - 4);
        double k = Math.min(1, (room - gap) / (rw + ow));
        labelScale = k;
        for (Label l : new Label[] {ranklLabel, opgLabel}) {
            l.setScaleX(k);
            l.setScaleY(k);
        }
        // scaling is about a label's centre: place each by its scaled box
        double total = (rw + ow) * k + gap;
        double left = total <= 2 * half ? -half : -total / 2, rightEdge = total <= 2 * half ? half : total / 2;
        double rTop = -3 * s - 1.8 * r - ranklLabel.getHeight() * k - 2;
        double oTop = -3 * s - 2 * r - opgLabel.getHeight() * k - 2;
        ranklLabel.relocate(left - rw * (1 - k) / 2, rTop - ranklLabel.getHeight() * (1 - k) / 2);
        opgLabel.relocate(rightEdge - ow * k - ow * (1 - k) / 2, oTop - opgLabel.getHeight() * (1 - k) / 2);
        arm.setLayoutX(cx);
        arm.setLayoutY(pivotY);
    }
}
