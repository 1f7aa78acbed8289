package org.bonebalance.ui.switchview;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Line;
import javafx.scene.shape.Path;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.bonebalance.ui.animation.CellShapes;
import org.bonebalance.ui.animation.FitPane;

/**
 * The RANK/RANKL/OPG switch drawn in design coordinates ({@link #WIDTH} × {@link #HEIGHT}). All nodes are
 * built once for the largest counts; {@link #update} shows as many as the counts say and moves them from
 * the {@link SwitchField}. About 200 small nodes: the scene graph is the right renderer for that number.
 */
public final class SwitchView {
    public static final double WIDTH = 1000, HEIGHT = 470;
    private static final double OB_TOP = 358, OB_BOTTOM = 418, BONE_Y = 420;
    private static final int OB_CELLS = 4, SLOTS_PER_CELL = 16, SLOTS = OB_CELLS * SLOTS_PER_CELL;
    private static final double OB_W = 128, OB_X0 = 20, OB_GAP = 12;
    private static final double PRE_R = 34, PRE_Y = 205, PRE_X0 = 78, PRE_DX = 112;
    private static final double[] CUP_DX = {-21, -7, 7, 21};
    private static final double CUP = 9, RANKL = 8;
    private static final double OC_X0 = 615, OC_DX = 86;
    private static final double DRIFT_X0 = 20, DRIFT_W = 540, DRIFT_Y0 = 30, DRIFT_H = 290;
    private static final double TCELL_X = 640, TCELL_Y = 62;

    private final Pane pane = new Pane();
    private final FitPane fit = new FitPane(pane, WIDTH, HEIGHT);
    private final double[] slotX = new double[SLOTS];
    private final int[] slotOrder = new int[SLOTS];
    private final List<Polygon> freeRankl = new ArrayList<>();
    private final List<Group> decoys = new ArrayList<>();
    private final List<Group> precursors = new ArrayList<>();
    private final List<Arc> fusionRings = new ArrayList<>();
    private final List<Polygon> dockedRankl = new ArrayList<>();
    private final List<Line> tethers = new ArrayList<>();
    private final List<Group> osteoclasts = new ArrayList<>();
    private final List<Group> opg = new ArrayList<>();
    private final List<Polygon> cytokines = new ArrayList<>();
    private final Group tCellRoute = new Group();
    private final double[] cytokineTargetX = new double[SwitchCounts.MAX_CYTOKINES];

    public SwitchView(Consumer<String> onInfo) {
        pane.getStyleClass().add("switch-view-pane");
        Rectangle bone = new Rectangle(0, BONE_Y, WIDTH, HEIGHT - BONE_Y);
        bone.getStyleClass().add("site-bone");
        CellShapes.explain(bone, Messages.get("animation.cycle.bone.info"), onInfo).setFocusTraversable(false);
        pane.getChildren().add(bone);   // the marrow fluid is the stage's background

        String obInfo = Messages.get("animation.switch.osteoblast.info");
        for (int c = 0; c < OB_CELLS; c++) {
            Group ob = CellShapes.explain(CellShapes.osteoblast(OB_W, OB_BOTTOM - OB_TOP), obInfo, onInfo);
            ob.setLayoutX(OB_X0 + c * (OB_W + OB_GAP) + OB_W / 2);
            ob.setLayoutY(OB_BOTTOM);
            ob.setId("switch-osteoblast-" + c);
            pane.getChildren().add(ob);
            for (int j = 0; j < SLOTS_PER_CELL; j++) {
                slotX[c * SLOTS_PER_CELL + j] = OB_X0 + c * (OB_W + OB_GAP) + 8 + j * (OB_W - 16) / (SLOTS_PER_CELL - 1);
            }
        }
        // A fixed shuffle spreads the visible RANKL over all cells (deterministic)
        SplittableRandom rnd = new SplittableRandom(SwitchField.SEED);
        for (int i = 0; i < SLOTS; i++) slotOrder[i] = i;
        for (int i = SLOTS - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = slotOrder[i]; slotOrder[i] = slotOrder[j]; slotOrder[j] = t;
        }
        String ranklInfo = Messages.get("animation.switch.rankl.info");
        for (int i = 0; i < SwitchCounts.MAX_RANKL; i++) {
            Polygon p = CellShapes.explain(CellShapes.rankl(RANKL), ranklInfo, onInfo);
            p.setFocusTraversable(false);
            p.setLayoutX(slotX[slotOrder[i]]);
            p.setLayoutY(OB_TOP);
            freeRankl.add(p);
            pane.getChildren().add(p);
        }
        String decoyInfo = Messages.get("animation.switch.decoy.info");
        for (int i = 0; i < SwitchCounts.MAX_DECOY; i++) {
            Polygon r = CellShapes.rankl(RANKL);
            Group o = CellShapes.opg(8);
            o.setLayoutY(-RANKL * 1.1 - 12);
            Group g = CellShapes.explain(new Group(r, o), decoyInfo, onInfo);
            g.setFocusTraversable(false);
            g.setLayoutX(slotX[slotOrder[SLOTS - 1 - i]]);
            g.setLayoutY(OB_TOP);
            decoys.add(g);
            pane.getChildren().add(g);
        }

        String preInfo = Messages.get("animation.switch.precursor.info");
        String rankInfo = Messages.get("animation.switch.rank.info");
        for (int p = 0; p < SwitchCounts.PRECURSORS; p++) {
            Group cell = CellShapes.precursor(PRE_R);
            Arc ring = new Arc(0, 0, PRE_R + 8, PRE_R + 8, 90, 0);
            ring.setType(ArcType.OPEN);
            ring.getStyleClass().add("switch-fusion");
            fusionRings.add(ring);
            Group g = new Group(cell, ring);
            for (double dx : CUP_DX) {
                Path cup = CellShapes.explain(CellShapes.rank(CUP), rankInfo, onInfo);
                cup.setFocusTraversable(false);
                cup.setLayoutX(dx);
                cup.setLayoutY(PRE_R - 3);
                g.getChildren().add(cup);
            }
            CellShapes.explain(g, preInfo, onInfo);
            g.setId("switch-precursor-" + p);
            g.setLayoutX(PRE_X0 + p * PRE_DX);
            precursors.add(g);
        }
        String boundInfo = Messages.get("animation.switch.bound.info");
        for (int i = 0; i < SwitchCounts.MAX_RANKL_RANK; i++) {
            Line tether = new Line();
            tether.getStyleClass().add("switch-tether");
            tether.setMouseTransparent(true);
            Polygon t = CellShapes.explain(CellShapes.rankl(RANKL), boundInfo, onInfo);
            t.setFocusTraversable(false);
            tethers.add(tether);
            dockedRankl.add(t);
            pane.getChildren().add(tether);
        }
        pane.getChildren().addAll(precursors);
        pane.getChildren().addAll(dockedRankl);

        String ocInfo = Messages.get("animation.switch.osteoclast.info");
        for (int i = 0; i < SwitchCounts.MAX_OSTEOCLASTS; i++) {
            Group oc = CellShapes.explain(CellShapes.osteoclast(78, 42, 3), ocInfo, onInfo);
            oc.setLayoutX(OC_X0 + OC_DX * i);
            oc.setLayoutY(BONE_Y + 2);
            oc.setId("switch-osteoclast-" + i);
            osteoclasts.add(oc);
            pane.getChildren().add(oc);
        }

        String opgInfo = Messages.get("animation.switch.opg.info");
        for (int i = 0; i < SwitchCounts.MAX_OPG; i++) {
            Group o = CellShapes.explain(CellShapes.opg(10), opgInfo, onInfo);
            o.setFocusTraversable(false);
            opg.add(o);
            pane.getChildren().add(o);
        }

        // The T-cell route (academic depth)
        Group tCell = CellShapes.explain(CellShapes.tCell(26), Messages.get("animation.switch.tcell.info"), onInfo);
        tCell.setLayoutX(TCELL_X);
        tCell.setLayoutY(TCELL_Y);
        tCell.setId("switch-tcell");
        Text tLabel = label("animation.switch.tcell.label");
        fit.placeEnd(tLabel, TCELL_X - 36, TCELL_Y - 40);
        Text cLabel = label("animation.switch.cytokine.label");
        cLabel.getStyleClass().setAll("site-note");
        fit.placeEnd(cLabel, TCELL_X - 36, TCELL_Y - 10);
        tCellRoute.getChildren().add(tCell);
        tLabel.visibleProperty().bind(tCellRoute.visibleProperty());
        cLabel.visibleProperty().bind(tCellRoute.visibleProperty());
        String cytInfo = Messages.get("animation.switch.cytokine.info");
        for (int i = 0; i < SwitchCounts.MAX_CYTOKINES; i++) {
            Polygon c = CellShapes.explain(CellShapes.cytokine(8), cytInfo, onInfo);
            c.setFocusTraversable(false);
            cytokines.add(c);
            cytokineTargetX[i] = slotX[(i * 7 + 3) % SLOTS];
            tCellRoute.getChildren().add(c);
        }
        tCellRoute.setId("switch-tcell-route");
        pane.getChildren().add(tCellRoute);

        Text obLabel = label("animation.switch.osteoblast.label");
        fit.place(obLabel, OB_X0 + 4, BONE_Y + 12);
        Text preLabel = label("animation.switch.precursor.label");
        fit.place(preLabel, PRE_X0 - PRE_R, PRE_Y - PRE_R - 58);
        Text ocLabel = label("animation.switch.osteoclast.label");
        fit.place(ocLabel, OC_X0 - 40, 325);

    }

    private Text label(String key) {
        Text t = new Text(Messages.get(key));
        t.getStyleClass().add("site-label");
        t.setMouseTransparent(true);
        return fit.addLabel(t);
    }

    /** The scaled drawing with its label layer: what a screen puts in its layout. */
    public FitPane root() { return fit; }

    /** Shows the counts and moves everything to the field's state. */
    public void update(SwitchField f, SwitchCounts c, boolean academic) {
        for (int i = 0; i < freeRankl.size(); i++) freeRankl.get(i).setVisible(i < c.ranklFree());
        for (int i = 0; i < decoys.size(); i++) {
            Node d = decoys.get(i);
            d.setVisible(i < c.opgDecoy());
            d.setTranslateY(2 * Math.sin(f.time() * 2 + i));
        }
        int k = 0;
        for (int p = 0; p < precursors.size(); p++) {
            Group g = precursors.get(p);
            double a = f.arrival(p);
            double y = 20 + (PRE_Y - 20) * a;
            g.setLayoutY(y);
            g.setOpacity(0.35 + 0.65 * a);
            fusionRings.get(p).setLength(-360 * f.fusion(p));
            fusionRings.get(p).setVisible(f.fusion(p) > 0);
            for (int r = 0; r < CUP_DX.length; r++, k++) {
                double dock = f.dock(p, r);
                Polygon t = dockedRankl.get(k);
                Line l = tethers.get(k);
                boolean show = dock > 0.01;
                t.setVisible(show);
                l.setVisible(show);
                if (!show) continue;
                double x = g.getLayoutX() + CUP_DX[r];
                double cupTipY = y + PRE_R - 3 + CUP * 0.9 + RANKL * 1.1 - 2;   // triangle base when docked
                double baseY = OB_TOP + (cupTipY - OB_TOP) * dock;
                t.setLayoutX(x);
                t.setLayoutY(baseY);
                l.setStartX(x); l.setStartY(OB_TOP);
                l.setEndX(x); l.setEndY(baseY);
            }
        }
        for (int i = 0; i < osteoclasts.size(); i++) {
            Group oc = osteoclasts.get(i);
            boolean v = f.osteoclastVisible(i);
            oc.setVisible(v);
            if (!v) continue;
            oc.setOpacity(Math.max(0.1, f.osteoclastFade(i)));
            boolean dying = f.osteoclastDying(i);
            if (dying != oc.getStyleClass().contains("switch-dying")) {
                if (dying) oc.getStyleClass().add("switch-dying"); else oc.getStyleClass().remove("switch-dying");
            }
        }
        for (int i = 0; i < opg.size(); i++) {
            Group o = opg.get(i);
            boolean v = i < c.opgFree();
            o.setVisible(v);
            if (!v) continue;
            o.setLayoutX(DRIFT_X0 + DRIFT_W * f.driftX(i));
            o.setLayoutY(DRIFT_Y0 + DRIFT_H * f.driftY(i));
        }
        tCellRoute.setVisible(academic);
        if (academic) {
            for (int i = 0; i < cytokines.size(); i++) {
                Polygon cy = cytokines.get(i);
                boolean v = i < c.cytokines();
                cy.setVisible(v);
                if (!v) continue;
                double t = f.cytokineProgress(i, c.cytokines());
                cy.setLayoutX(TCELL_X + (cytokineTargetX[i] - TCELL_X) * t);
                cy.setLayoutY(TCELL_Y + (OB_TOP - 14 - TCELL_Y) * t);
            }
        }
    }
}
