package org.bonebalance.ui.learn;

import javafx.beans.value.ChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.VLineTo;
import org.bonebalance.sim.Snapshot;

/**
 * A spotlight in the shell's overlay layer: everything but the marked node is dimmed and a dashed ring
 * surrounds it. Its bounds are recomputed after every layout pulse and every new snapshot, so it stays
 * attached to the node while things move or the window resizes. The node itself is searched for only when the
 * target changes or the node found last left the scene or is no longer on show (a screen switch or rebuild),
 * not on every pulse; while nothing on show matches, each update searches again.
 */
public final class Spotlight {
    private static final double PAD = 8;
    private final Pane overlay;
    private final Parent searchRoot;
    private final Path dim = new Path();
    private final Rectangle ring = new Rectangle();
    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> update();
    private final javafx.beans.property.ReadOnlyBooleanWrapper onTarget = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private String targetId;
    private Node cached;
    private Node keptLit;
    private int searches;
    private Bounds last;
    private final javafx.beans.value.ObservableValue<Snapshot> snapshots;
    private final OverlaySupport.PulseFollower pulses;

    public Spotlight(Pane overlay, Parent searchRoot, javafx.beans.value.ObservableValue<Snapshot> snapshots) {
        this.overlay = overlay;
        this.searchRoot = searchRoot;
        dim.getStyleClass().add(Styles.SPOTLIGHT_DIM);
        dim.setFillRule(FillRule.EVEN_ODD);
        dim.setId("spotlight-dim");
        dim.setManaged(false);
        ring.getStyleClass().add(Styles.SPOTLIGHT_RING);
        ring.setId("spotlight");
        ring.setManaged(false);
        ring.setArcWidth(16);
        ring.setArcHeight(16);
        ring.setMouseTransparent(true);
        dim.setMouseTransparent(true);
        this.snapshots = snapshots;
        snapshots.addListener(onSnapshot);
        pulses = new OverlaySupport.PulseFollower(overlay, this::update);
    }

    /** Marks the node with this id (e.g. "#gauge-osteoclast"); null clears. */
    public void show(String nodeId) {
        targetId = nodeId;
        cached = null;
        last = null;
        update();
    }

    /** A node left undimmed beside the marked one (the lesson narration panel: it is what the class reads). */
    void keepLit(Node n) {
        keptLit = n;
        last = null;
        update();
    }

    /** How many times the scene has been searched for the target (for tests). */
    int searches() { return searches; }

    public void hide() { show(null); }

    /** True while the spotlight is on a node that is on show. */
    public javafx.beans.property.ReadOnlyBooleanProperty onTargetProperty() { return onTarget.getReadOnlyProperty(); }

    /** The node the spotlight is on, if it is on show. */
    public Node target() {
        if (targetId == null) return null;
        if (cached != null && cached.getScene() != null && OverlaySupport.onShow(cached)) return cached;
        cached = null;
        searches++;
        for (Node n : searchRoot.lookupAll(targetId)) if (OverlaySupport.onShow(n)) return cached = n;
        return null;
    }

    /** The ring's bounds in the overlay's coordinates, or null when nothing is marked. */
    public Bounds ringBounds() {
        return overlay.getChildren().contains(ring)
                ? new BoundingBox(ring.getX(), ring.getY(), ring.getWidth(), ring.getHeight()) : null;
    }

    void update() {
        Node n = target();
        if (n == null || n.getScene() == null) {
            if (!overlay.getChildren().isEmpty()) overlay.getChildren().removeAll(dim, ring);
            last = null;
            onTarget.set(false);
            return;
        }
        Bounds b = overlay.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
        if (b == null) return;
        if (b.equals(last) && overlay.getChildren().contains(ring)) return;
        last = b;
        double x = b.getMinX() - PAD, y = b.getMinY() - PAD, w = b.getWidth() + 2 * PAD, h = b.getHeight() + 2 * PAD;
        double ow = Math.max(overlay.getWidth(), x + w), oh = Math.max(overlay.getHeight(), y + h);
        double r = 8;
        dim.getElements().setAll(new MoveTo(0, 0), new HLineTo(ow), new VLineTo(oh), new HLineTo(0), new ClosePath(),
                new MoveTo(x + r, y), new HLineTo(x + w - r), new ArcTo(r, r, 0, x + w, y + r, false, true),
                new VLineTo(y + h - r), new ArcTo(r, r, 0, x + w - r, y + h, false, true), new HLineTo(x + r),
                new ArcTo(r, r, 0, x, y + h - r, false, true), new LineTo(x, y + r),
                new ArcTo(r, r, 0, x + r, y, false, true), new ClosePath());
        // the lesson narration stays undimmed: it is what the class reads
        Node panel = keptLit;
        if (panel != null && panel.getScene() != null && OverlaySupport.onShow(panel)) {
            Bounds p = overlay.sceneToLocal(panel.localToScene(panel.getBoundsInLocal()));
            dim.getElements().addAll(new MoveTo(p.getMinX(), p.getMinY()), new HLineTo(p.getMaxX()), new VLineTo(p.getMaxY()),
                    new HLineTo(p.getMinX()), new ClosePath());
        }
        ring.setX(x);
        ring.setY(y);
        ring.setWidth(w);
        ring.setHeight(h);
        if (!overlay.getChildren().contains(ring)) overlay.getChildren().addAll(dim, ring);
        onTarget.set(true);
    }

    public void dispose() {
        keptLit = null;
        hide();
        snapshots.removeListener(onSnapshot);
        pulses.dispose();
    }
}
