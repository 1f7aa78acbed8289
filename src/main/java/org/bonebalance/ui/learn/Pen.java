package org.bonebalance.ui.learn;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;
import org.bonebalance.sim.Snapshot;

/**
 * The presenter's pen (P toggles it, C clears): strokes drawn on the overlay layer. Each stroke is anchored to
 * the node it starts on (the innermost one with an id) and kept in that node's coordinates, so it moves with the
 * node as the window relayouts or the view animates, and hides when the node leaves the screen.
 */
public final class Pen {
    private final Pane overlay;
    private final Parent content;
    private final List<Stroke> strokes = new ArrayList<>();
    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> update();
    private final ObservableValue<Snapshot> snapshots;
    private final OverlaySupport.PulseFollower pulses;
    private boolean on;
    private Stroke drawing;

    private record Stroke(Node anchor, List<Point2D> local, Polyline line) { }

    public Pen(Pane overlay, Parent content, ObservableValue<Snapshot> snapshots) {
        this.overlay = overlay;
        this.content = content;
        this.snapshots = snapshots;
        snapshots.addListener(onSnapshot);
        pulses = new OverlaySupport.PulseFollower(overlay, this::update);
        overlay.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        overlay.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        overlay.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> { if (on) { drawing = null; e.consume(); } });
    }

    public boolean isOn() { return on; }

    /** While on, the overlay catches the mouse for drawing; off, the app below gets it back. */
    public void setOn(boolean value) {
        on = value;
        overlay.setMouseTransparent(!value);
        overlay.setPickOnBounds(value);
        overlay.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pen"), value);
    }

    public void toggle() { setOn(!on); }

    public void clear() {
        strokes.forEach(s -> overlay.getChildren().remove(s.line()));
        strokes.clear();
    }

    public int strokeCount() { return strokes.size(); }

    /** Starts a stroke at a scene point (also used by tests). */
    public void begin(double sceneX, double sceneY) {
        Node anchor = pick(content, sceneX, sceneY);
        if (anchor == null) anchor = content;
        Polyline line = new Polyline();
        line.getStyleClass().add("pen-stroke");
        line.setManaged(false);
        line.setMouseTransparent(true);
        drawing = new Stroke(anchor, new ArrayList<>(), line);
        strokes.add(drawing);
        overlay.getChildren().add(line);
        extend(sceneX, sceneY);
    }

    /** Adds a scene point to the stroke being drawn. */
    public void extend(double sceneX, double sceneY) {
        if (drawing == null) return;
        drawing.local().add(drawing.anchor().sceneToLocal(sceneX, sceneY));
        place(drawing);
    }

    /** The points of stroke i in overlay coordinates, as drawn now. */
    public List<Double> points(int i) { return List.copyOf(strokes.get(i).line().getPoints()); }

    private void press(MouseEvent e) {
        if (!on) return;
        begin(e.getSceneX(), e.getSceneY());
        e.consume();
    }

    private void drag(MouseEvent e) {
        if (!on) return;
        extend(e.getSceneX(), e.getSceneY());
        e.consume();
    }

    void update() {
        for (Stroke s : strokes) place(s);
    }

    private void place(Stroke s) {
        boolean shown = s.anchor().getScene() != null && OverlaySupport.onShow(s.anchor());
        s.line().setVisible(shown);
        if (!shown) return;
        List<Double> pts = new ArrayList<>(s.local().size() * 2);
        for (Point2D p : s.local()) {
            Point2D o = overlay.sceneToLocal(s.anchor().localToScene(p));
            pts.add(o.getX());
            pts.add(o.getY());
        }
        if (!pts.equals(s.line().getPoints())) s.line().getPoints().setAll(pts);
    }

    /** The innermost visible node with an id under the scene point. */
    private static Node pick(Parent parent, double x, double y) {
        Node found = null;
        var children = parent.getChildrenUnmodifiable();
        for (int i = children.size() - 1; i >= 0; i--) {
            Node c = children.get(i);
            if (!c.isVisible()) continue;
            Point2D p = c.sceneToLocal(x, y);
            if (p == null || !c.contains(p) && !(c instanceof Parent && c.getBoundsInLocal().contains(p))) continue;
            Node inner = c instanceof Parent cp ? pick(cp, x, y) : null;
            found = inner != null ? inner : (c.getId() != null ? c : null);
            if (found != null) return found;
        }
        return found;
    }

    public void dispose() {
        clear();
        snapshots.removeListener(onSnapshot);
        pulses.dispose();
    }
}
