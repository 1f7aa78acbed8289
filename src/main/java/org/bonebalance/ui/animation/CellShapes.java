package org.bonebalance.ui.animation;

import java.util.function.Consumer;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/**
 * The cell and molecule shapes both views use. Each kind has its own outline so that it is recognisable
 * without colour: osteoclasts are large with several nuclei and a ruffled (zig-zag) border, osteoblasts
 * cuboidal, lining cells flat, precursors round with one nucleus, RANKL a triangle, RANK a cup, OPG a
 * diamond on a stalk. Colours come from the stylesheet through the style classes.
 */
public final class CellShapes {
    private CellShapes() {}

    /** Osteoclast centred on x = 0, ruffled border along y = 0 (the bone side), body above. */
    public static Group osteoclast(double w, double h, int nuclei) {
        Path body = new Path();
        body.getElements().add(new MoveTo(-w / 2, 0));
        body.getElements().add(new QuadCurveTo(-w / 2, -h * 1.05, 0, -h));
        body.getElements().add(new QuadCurveTo(w / 2, -h * 1.05, w / 2, 0));
        int teeth = 9;
        for (int i = 1; i <= teeth; i++) {
            double x = w / 2 - w * i / teeth;
            body.getElements().add(new LineTo(x + w / teeth / 2, i % 2 == 0 ? 0 : 7));
            body.getElements().add(new LineTo(x, 0));
        }
        body.getStyleClass().addAll("cell", "osteoclast-body");
        Group g = new Group(body);
        for (int i = 0; i < nuclei; i++) {
            double x = -w * 0.3 + (nuclei == 1 ? w * 0.3 : w * 0.6 * i / (nuclei - 1));
            Ellipse n = new Ellipse(x, -h * 0.5 + (i % 2) * 6 - 3, 8, 6);
            n.getStyleClass().add("nucleus");
            g.getChildren().add(n);
        }
        g.getStyleClass().add("osteoclast");
        return cached(g);
    }

    /** A one-nucleus cell: the body styled {@code cell <kind>-body}, the nucleus, the group styled {@code <kind>}. */
    private static Group cell(String kind, javafx.scene.shape.Shape body, javafx.scene.shape.Shape nucleus) {
        body.getStyleClass().addAll("cell", kind + "-body");
        nucleus.getStyleClass().add("nucleus");
        Group g = new Group(body, nucleus);
        g.getStyleClass().add(kind);
        return cached(g);
    }

    /** Cuboidal osteoblast, bottom edge on y = 0, centred on x = 0. */
    public static Group osteoblast(double w, double h) {
        Rectangle r = new Rectangle(-w / 2, -h, w, h);
        r.setArcWidth(12);
        r.setArcHeight(12);
        return cell("osteoblast", r, new Ellipse(0, -h * 0.62, w * 0.22, h * 0.2));
    }

    /** Flat lining cell lying on y = 0. */
    public static Group lining(double w) {
        return cell("lining", new Ellipse(0, -5, w / 2, 5), new Ellipse(0, -5, w * 0.12, 2.5));
    }

    /** Round mononuclear precursor centred on (0, 0). */
    public static Group precursor(double r) {
        return cell("precursor", new Circle(0, 0, r), new Circle(0, -r * 0.1, r * 0.35));
    }

    /** Small mononuclear reversal cell lying on y = 0. */
    public static Group reversal(double w) {
        return cell("reversal", new Ellipse(0, -9, w / 2, 9), new Circle(0, -9, 4));
    }

    /** RANKL: a triangle pointing up, base on y = 0. */
    public static Polygon rankl(double size) {
        Polygon p = new Polygon(-size / 2, 0, size / 2, 0, 0, -size * 1.1);
        p.getStyleClass().addAll("molecule", "rankl");
        return cached(p);
    }

    /** RANK: a cup opening downwards, rim on y = 0. */
    public static Path rank(double size) {
        Path p = new Path(new MoveTo(-size / 2, size * 0.9), new LineTo(-size / 2, 0), new LineTo(size / 2, 0),
                new LineTo(size / 2, size * 0.9));
        p.getStyleClass().addAll("molecule", "rank");
        return cached(p);
    }

    /** OPG: a diamond head on a short stalk, centred on (0, 0). */
    public static Group opg(double size) {
        Polygon head = new Polygon(0, -size, size * 0.7, 0, 0, size * 0.6, -size * 0.7, 0);
        head.getStyleClass().addAll("molecule", "opg");
        Rectangle stalk = new Rectangle(-1.5, size * 0.5, 3, size * 0.8);
        stalk.getStyleClass().addAll("molecule", "opg-stalk");
        Group g = new Group(head, stalk);
        g.getStyleClass().add("opg-molecule");
        return cached(g);
    }

    /** A cytokine (TNF-α / IL-1): a small six-pointed star. */
    public static Polygon cytokine(double r) {
        double[] pts = new double[24];
        for (int i = 0; i < 12; i++) {
            double a = Math.PI * i / 6;
            double rr = i % 2 == 0 ? r : r * 0.5;
            pts[2 * i] = rr * Math.cos(a);
            pts[2 * i + 1] = rr * Math.sin(a);
        }
        Polygon p = new Polygon(pts);
        p.getStyleClass().addAll("molecule", "cytokine");
        return cached(p);
    }

    /** A T cell: a round cell with a large nucleus and surface knobs. */
    public static Group tCell(double r) {
        Group g = cell("tcell", new Circle(0, 0, r), new Circle(0, 0, r * 0.65));
        for (int i = 0; i < 8; i++) {
            double a = Math.PI * i / 4;
            Circle k = new Circle(r * Math.cos(a), r * Math.sin(a), 3);
            k.getStyleClass().addAll("cell", "tcell-body");
            g.getChildren().add(k);
        }
        return g;
    }

    /**
     * Keeps the shape's painted pixels as a bitmap: the animations move shapes far more often than they
     * change them, and copying a bitmap costs the software renderer much less than filling and stroking the
     * outline again every frame (the bitmap is redrawn when the shape's style or scale changes).
     */
    static <T extends Node> T cached(T node) {
        node.setCache(true);
        return node;
    }

    /**
     * Makes a node explain itself: a tooltip on hover, the same text announced to screen readers, and focus
     * by keyboard, which hands the text to {@code onInfo} (the view's info line).
     */
    public static <T extends Node> T explain(T node, String text, Consumer<String> onInfo) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(150));
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.getStyleClass().add("animation-tooltip");
        Tooltip.install(node, t);
        node.setFocusTraversable(true);
        node.setAccessibleRole(AccessibleRole.NODE);
        node.setAccessibleText(text);
        node.getStyleClass().add("explained");
        node.focusedProperty().addListener((o, was, is) -> { if (is) onInfo.accept(text); });
        node.setOnMouseEntered(e -> onInfo.accept(text));
        return node;
    }

    /** A node tagged for a legend (not focusable, no tooltip). */
    public static Node icon(Node n) {
        n.setFocusTraversable(false);
        n.setMouseTransparent(true);
        return n;
    }
}
