package org.bonebalance.ui.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SiteDrivers;
import org.bonebalance.ui.animation.CellShapes;
import org.bonebalance.ui.animation.FitPane;

/**
 * The cross-section of one trabecular surface with its remodeling site, drawn in design coordinates
 * ({@link #WIDTH} × {@link #HEIGHT}, scaled by a {@link FitPane}). Every node is built once; {@link #update}
 * moves and shows them from the site's state (no rebuilding per frame). Depth is to scale
 * ({@link #PX_PER_UM}); the width of the pit is not.
 */
public final class SiteView {
    public static final double WIDTH = 1000, HEIGHT = 450;
    /** The starting surface, design px from the top. */
    public static final double START_Y = 215;
    public static final double PX_PER_UM = 2.2;
    /** The drawing stops lowering the surface past this (the numbers keep counting). */
    public static final double MAX_DRAWN_DEFICIT_UM = 40;
    private static final double PIT_X = 500, PIT_HALF = 250;
    private static final int SAMPLES = 101;
    /** Where the label of the cells at work goes: one group at a time, always in the same place. */
    private static final double GROUP_LABEL_X = PIT_X - 250, GROUP_LABEL_Y = START_Y - 88;
    private static final double PRECURSOR_START_Y = 58;
    private static final int LINING = 8, PRECURSORS = 3, OSTEOCLASTS = 2, REVERSAL = 3, OSTEOBLASTS = 6;

    private final Pane pane = new Pane();
    private final FitPane fit = new FitPane(pane, WIDTH, HEIGHT);
    /** Static bone below the starting surface; the site is drawn over it in the pit's range only. */
    private final Rectangle bone = new Rectangle(0, START_Y, WIDTH, HEIGHT - START_Y);
    /** Marrow-coloured cavity over the pit's range (where the surface is below the start). */
    private final Polygon cavity = new Polygon();
    /** Bone above the starting surface (when formation has outrun resorption). */
    private final Polygon bump = new Polygon();
    private final Polyline pitEdge = new Polyline();
    private final Polygon newBone = new Polygon();
    private final Polygon osteoid = new Polygon();
    private final Polyline cement = new Polyline();
    private final Line startLine = new Line(0, START_Y, WIDTH, START_Y);
    private final Text startLabel = text("animation.cycle.start-line", "site-note");
    private final Line deficitBar = new Line();
    private final Text deficitText = text("animation.cycle.deficit-mark", "site-note");
    private final List<Group> lining = new ArrayList<>();
    private final double[] liningX = new double[LINING];
    private final List<Group> precursors = new ArrayList<>();
    private final List<Group> osteoclasts = new ArrayList<>();
    private final List<Group> reversalCells = new ArrayList<>();
    private final List<Group> osteoblasts = new ArrayList<>();
    private final Text precursorLabel = text("animation.cell.precursor.label", "site-label");
    private final Text osteoclastLabel = text("animation.cell.osteoclast.label", "site-label");
    private final Text reversalLabel = text("animation.cell.reversal.label", "site-label");
    private final Text osteoblastLabel = text("animation.cell.osteoblast.label", "site-label");
    /** Wraps in a longer language (e.g. two lines in Spanish) instead of running into the label at work. */
    private final Text liningLabel = wrapped(text("animation.cell.lining.label", "site-label"), 170);
    private final Text osteoidLabel = text("animation.cycle.osteoid.label", "site-label");
    private final List<Group> sites = new ArrayList<>();
    private final Text sitesLabel = text("animation.cycle.sites", "site-note");
    private final double[] xs = new double[SAMPLES];
    private final double[] shape = new double[SAMPLES];
    private double drawnFloor = Double.NaN, drawnMineralTop = Double.NaN, drawnSurface = Double.NaN;

    public SiteView(Consumer<String> onInfo) {
        pane.getStyleClass().add("site-view");
        // The marrow is the stage's own background: one full-area fill less per repaint
        Text marrowLabel = text("animation.cycle.marrow", "site-region");
        fit.place(marrowLabel, 16, START_Y - 88);
        Text boneLabel = text("animation.cycle.bone", "site-region");
        fit.place(boneLabel, 16, HEIGHT - 40);
        bone.getStyleClass().add("site-bone-base");
        cavity.getStyleClass().add("site-cavity");
        bump.getStyleClass().add("site-bump");
        pitEdge.getStyleClass().add("site-pit-edge");
        Line leftEdge = new Line(0, START_Y, PIT_X - PIT_HALF, START_Y);
        Line rightEdge = new Line(PIT_X + PIT_HALF, START_Y, WIDTH, START_Y);
        leftEdge.getStyleClass().add("site-pit-edge");
        rightEdge.getStyleClass().add("site-pit-edge");
        newBone.getStyleClass().add("site-new-bone");
        osteoid.getStyleClass().add("site-osteoid");
        cement.getStyleClass().add("site-cement");
        startLine.getStyleClass().add("site-start-line");
        deficitBar.getStyleClass().add("site-deficit-bar");
        explainShape(bone, "animation.cycle.bone.info", onInfo);
        explainShape(osteoid, "animation.cycle.osteoid.info", onInfo);
        explainShape(newBone, "animation.cycle.new-bone.info", onInfo);
        for (int i = 0; i < SAMPLES; i++) {
            xs[i] = WIDTH * i / (SAMPLES - 1);
            double u = (xs[i] - PIT_X) / PIT_HALF;
            shape[i] = Math.abs(u) < 1 ? 1 - u * u * u * u : 0;
        }
        explainShape(bump, "animation.cycle.bone.info", onInfo);
        pane.getChildren().addAll(bone, cavity, bump, pitEdge, leftEdge, rightEdge, newBone, osteoid, cement,
                startLine, deficitBar);
        scaleBar();

        String liningInfo = Messages.get("animation.cell.lining.info");
        for (int i = 0; i < LINING; i++) {
            liningX[i] = 62 + i * (WIDTH - 124) / (LINING - 1);
            lining.add(add(CellShapes.explain(CellShapes.lining(92), liningInfo, onInfo)));
        }
        String precursorInfo = Messages.get("animation.cell.precursor.info");
        for (int i = 0; i < PRECURSORS; i++) precursors.add(add(CellShapes.explain(CellShapes.precursor(17), precursorInfo, onInfo)));
        String ocInfo = Messages.get("animation.cell.osteoclast.info");
        for (int i = 0; i < OSTEOCLASTS; i++) osteoclasts.add(add(CellShapes.explain(CellShapes.osteoclast(150, 62, 4), ocInfo, onInfo)));
        String revInfo = Messages.get("animation.cell.reversal.info");
        for (int i = 0; i < REVERSAL; i++) reversalCells.add(add(CellShapes.explain(CellShapes.reversal(46), revInfo, onInfo)));
        String obInfo = Messages.get("animation.cell.osteoblast.info");
        for (int i = 0; i < OSTEOBLASTS; i++) {
            Group ob = add(CellShapes.explain(CellShapes.osteoblast(52, 38), obInfo, onInfo));
            // they flatten (scale) every frame of mineralisation: the bitmap is scaled, not drawn again
            ob.setCacheHint(javafx.scene.CacheHint.SCALE);
            osteoblasts.add(ob);
        }
        // A strip showing how many sites are at work along this stretch of bone (activation frequency)
        String siteInfo = Messages.get("animation.cycle.sites.info");
        for (int i = 0; i < SiteDrivers.MAX_SITES; i++) {
            Group g = CellShapes.explain(CellShapes.osteoclast(40, 20, 2), siteInfo, onInfo);
            g.setFocusTraversable(false);
            g.setLayoutX(WIDTH - 30 - 48 * (SiteDrivers.MAX_SITES - 1 - i));
            g.setLayoutY(100);
            sites.add(g);
            add(g);
        }
        Line strip = new Line(WIDTH - 30 - 48 * SiteDrivers.MAX_SITES, 100, WIDTH - 8, 100);
        strip.getStyleClass().add("site-strip");
        pane.getChildren().add(strip);
        for (int i = 0; i < lining.size(); i++) lining.get(i).setId("cycle-lining-" + i);
        for (int i = 0; i < osteoclasts.size(); i++) osteoclasts.get(i).setId("cycle-osteoclast-" + i);
        for (int i = 0; i < osteoblasts.size(); i++) osteoblasts.get(i).setId("cycle-osteoblast-" + i);
        for (int i = 0; i < precursors.size(); i++) precursors.get(i).setId("cycle-precursor-" + i);
        for (int i = 0; i < reversalCells.size(); i++) reversalCells.get(i).setId("cycle-reversal-" + i);
    }

    private void scaleBar() {
        double x = WIDTH - 40, y0 = HEIGHT - 30, len = 20 * PX_PER_UM;
        Line bar = new Line(x, y0, x, y0 - len);
        bar.getStyleClass().add("site-scale-bar");
        Text t = text("animation.cycle.scale-bar", "site-note");
        t.setText(Messages.get("animation.cycle.scale-bar", 20));
        fit.placeEnd(t, x - 12, y0 - len / 2 - 12);
        pane.getChildren().add(bar);
    }

    private static void explainShape(Node n, String key, Consumer<String> onInfo) {
        CellShapes.explain(n, Messages.get(key), onInfo);
        n.setFocusTraversable(false);
    }

    private Group add(Group g) {
        pane.getChildren().add(g);
        return g;
    }

    private Text text(String key, String style) {
        Text t = new Text(Messages.get(key));
        t.getStyleClass().add(style);
        t.setMouseTransparent(true);
        return fit.addLabel(t);
    }

    private static Text wrapped(Text t, double width) {
        t.setWrappingWidth(width);
        t.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        return t;
    }

    public Pane pane() { return pane; }

    /** The scaled drawing with its label layer: what a screen puts in its layout. */
    public FitPane root() { return fit; }

    /** Surface y (design px) at x for a given depth at the pit's centre and a permanent dip. */
    private double y(int i, double depthUm) {
        return START_Y + PX_PER_UM * depthUm * shape[i];
    }

    private static double yAt(double depthUm) {
        return START_Y + PX_PER_UM * depthUm;
    }

    /** Shape factor at an x position. */
    private static double shapeAt(double x) {
        double u = (x - PIT_X) / PIT_HALF;
        return Math.abs(u) < 1 ? 1 - u * u * u * u : 0;
    }

    /** Moves everything to the site's state. */
    public void update(RemodelingSite site) {
        int active = site.drivers().activeSites();
        for (int i = 0; i < sites.size(); i++) sites.get(i).setVisible(i >= sites.size() - active);
        String st = Messages.get("animation.cycle.sites", active, SiteDrivers.SITES_AT_REFERENCE);
        if (!st.equals(sitesLabel.getText())) sitesLabel.setText(st);
        fit.placeEnd(sitesLabel, WIDTH - 12, 12);
        double cum = Math.max(-MAX_DRAWN_DEFICIT_UM, Math.min(MAX_DRAWN_DEFICIT_UM, site.cumulativeDeficitUm()));
        double floor = cum + site.dugUm();                     // old bone's surface (cement line) depth
        double mineralTop = floor - site.mineralisedUm();
        double surface = floor - site.refilledUm();            // current surface depth at the centre
        BmuPhase phase = site.phase();
        double p = site.phaseProgress();

        // Geometry is only touched when it changed: an unchanged node is not repainted
        boolean floorMoved = floor != drawnFloor;
        if (floorMoved) {
            drawnFloor = floor;
            band(cavity, Math.max(floor, 0), 0);
            band(bump, 0, Math.min(floor, 0));
            List<Double> e = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) if (shape[i] > 0 || (i > 0 && shape[i - 1] > 0) || (i + 1 < SAMPLES && shape[i + 1] > 0)) {
                e.add(xs[i]); e.add(y(i, floor));
            }
            pitEdge.getPoints().setAll(e);
        }
        if (floorMoved || mineralTop != drawnMineralTop || surface != drawnSurface) {
            band(newBone, floor, mineralTop);
            band(osteoid, mineralTop, surface);
            drawnMineralTop = mineralTop;
            drawnSurface = surface;
        }
        boolean cementShown = site.dugUm() > 0 && phase.ordinal() >= BmuPhase.REVERSAL.ordinal();
        cement.setVisible(cementShown);
        if (cementShown && (floorMoved || cement.getPoints().isEmpty())) {
            List<Double> c = new ArrayList<>();
            for (int i = 0; i < SAMPLES; i++) if (shape[i] > 0) { c.add(xs[i]); c.add(y(i, floor)); }
            cement.getPoints().setAll(c);
        }
        double deficit = site.cumulativeDeficitUm();
        boolean showDeficit = Math.abs(deficit) >= 0.05;
        deficitBar.setVisible(showDeficit);
        deficitText.setVisible(showDeficit);
        if (showDeficit) {
            double x = PIT_X + PIT_HALF + 40;
            deficitBar.setStartX(PIT_X); deficitBar.setEndX(PIT_X);
            deficitBar.setStartY(START_Y); deficitBar.setEndY(yAt(cum));
            String t = Messages.get("animation.cycle.deficit-mark", Messages.number(deficit, 1));
            if (!t.equals(deficitText.getText())) deficitText.setText(t);
            fit.place(deficitText, x, START_Y + 8);
        }
        fit.place(startLabel, 16, START_Y - 42);

        placeLining(phase, p, cum, surface);
        placePrecursors(phase, p, cum);
        placeOsteoclasts(phase, p, floor);
        placeReversal(phase, p, floor);
        placeOsteoblasts(phase, p, surface);
        osteoidLabel.setVisible(site.osteoidUm() > 1.5);
        fit.place(osteoidLabel, PIT_X + 95, yAt(surface) + 4);
    }

    /** Fills the pit's range between two depth profiles (µm at the centre; negative is above the start). */
    private void band(Polygon poly, double bottomDepth, double topDepth) {
        if (bottomDepth - topDepth < 0.05) { poly.setVisible(false); return; }
        poly.setVisible(true);
        List<Double> pts = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) if (shape[i] > 0) { pts.add(xs[i]); pts.add(y(i, topDepth)); }
        for (int i = SAMPLES - 1; i >= 0; i--) if (shape[i] > 0) { pts.add(xs[i]); pts.add(y(i, bottomDepth)); }
        poly.getPoints().setAll(pts);
    }

    private void placeLining(BmuPhase phase, double p, double cum, double surface) {
        boolean any = false;
        for (int i = 0; i < LINING; i++) {
            Group g = lining.get(i);
            double x = liningX[i];
            double s = shapeAt(x);
            boolean overPit = s > 0.05;
            double depth = (overPit ? surface : cum) * s;
            double lift = 0;
            boolean visible = true;
            if (overPit) {
                switch (phase) {
                    case ACTIVATION -> { lift = 40 * p; x += Math.signum(x - PIT_X) * 60 * p; }
                    case RESORPTION, REVERSAL, FORMATION -> visible = false;
                    case MINERALISATION -> visible = p > 0.5;
                    default -> { }
                }
                g.setOpacity(phase == BmuPhase.ACTIVATION ? 1 - 0.5 * p : 1);
            }
            g.setVisible(visible);
            g.setLayoutX(x);
            g.setLayoutY(yAt(depth) - lift);
            any |= visible;
        }
        liningLabel.setVisible(any);
        fit.placeEnd(liningLabel, WIDTH - 12, START_Y - 84);
    }

    private void placePrecursors(BmuPhase phase, double p, double cum) {
        boolean show = phase == BmuPhase.ACTIVATION;
        for (int i = 0; i < PRECURSORS; i++) {
            Group g = precursors.get(i);
            g.setVisible(show);
            if (!show) continue;
            double startX = PIT_X - 160 + 160 * i, endX = PIT_X - 60 + 60 * i;
            double yEnd = yAt(cum) - 45;
            double t = Math.min(1, p * 1.15);
            g.setLayoutX(startX + (endX - startX) * t);
            // they come down from below the line of text at the top (which they would otherwise cover)
            g.setLayoutY(PRECURSOR_START_Y + (yEnd - PRECURSOR_START_Y) * t);
        }
        precursorLabel.setVisible(show);
        if (show) fit.place(precursorLabel, GROUP_LABEL_X, GROUP_LABEL_Y);
    }

    private void placeOsteoclasts(BmuPhase phase, double p, double floor) {
        boolean show = phase == BmuPhase.RESORPTION;
        for (int i = 0; i < OSTEOCLASTS; i++) {
            Group g = osteoclasts.get(i);
            g.setVisible(show);
            if (!show) continue;
            // the two cells sweep slowly across the floor as they dig
            double x = PIT_X + (i == 0 ? -1 : 1) * (80 + 30 * Math.sin(Math.PI * p));
            g.setLayoutX(x);
            g.setLayoutY(yAt(floor * shapeAt(x)) + 3);
            g.setOpacity(Math.min(1, 0.35 + p * 8));
        }
        osteoclastLabel.setVisible(show);
        if (show) fit.place(osteoclastLabel, GROUP_LABEL_X, GROUP_LABEL_Y);
    }

    private void placeReversal(BmuPhase phase, double p, double floor) {
        boolean show = phase == BmuPhase.REVERSAL;
        for (int i = 0; i < REVERSAL; i++) {
            Group g = reversalCells.get(i);
            g.setVisible(show);
            if (!show) continue;
            double x = PIT_X - 120 + 120 * i + 30 * Math.sin(Math.PI * 2 * p + i);
            g.setLayoutX(x);
            g.setLayoutY(yAt(floor * shapeAt(x)));
        }
        reversalLabel.setVisible(show);
        if (show) fit.place(reversalLabel, GROUP_LABEL_X, GROUP_LABEL_Y);
    }

    private void placeOsteoblasts(BmuPhase phase, double p, double surface) {
        boolean show = phase == BmuPhase.FORMATION || (phase == BmuPhase.MINERALISATION && p <= 0.5);
        double flatten = phase == BmuPhase.MINERALISATION ? 1 - 1.4 * p : 1;
        for (int i = 0; i < OSTEOBLASTS; i++) {
            Group g = osteoblasts.get(i);
            g.setVisible(show);
            if (!show) continue;
            double x = PIT_X - 150 + 60 * i;
            g.setLayoutX(x);
            g.setLayoutY(yAt(surface * shapeAt(x)));
            g.setScaleY(Math.max(0.3, flatten));
        }
        osteoblastLabel.setVisible(show);
        if (show) fit.place(osteoblastLabel, GROUP_LABEL_X, GROUP_LABEL_Y);
    }
}
