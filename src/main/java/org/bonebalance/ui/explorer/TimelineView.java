package org.bonebalance.ui.explorer;

import java.util.function.DoubleUnaryOperator;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.TrajectoryLog;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.ui.Shell;
import org.bonebalance.ui.ThemePalette;

/**
 * Spine BMD over the years: the path so far (solid), the path if today's levels are held (dashed), the
 * WHO T-score bands (shaded and named) and a "now" marker. Two Canvases redrawn at most once per pulse,
 * only when something visible changed (ChartFX style): the back one (bands, grid, labels, legend) only
 * when the axes, size or theme change; the front one (curves and "now") when a curve moves by a pixel.
 * No canvas clip: a clip renders through a mask, far too slow in the software pipeline; the data window
 * keeps the curves inside the plot instead.
 * <p>Going back in time: a press or drag on the chart, or Left/Right (Shift: a month), Home and End on the
 * focused chart, show an earlier moment ({@link ExplorerViewModel#scrubToAge}); the marker then names the age
 * shown, the run left is drawn thin from there to its "now", and the dashed curve is what Play would do.
 */
public final class TimelineView extends Region {
    private final ExplorerViewModel vm;
    private final ThemePalette palette;
    private final Canvas back = new Canvas();
    private final Canvas front = new Canvas();
    private final Label fontProbe = new Label();
    private final Subscription subscription;
    private boolean dirty = true;
    private boolean backDirty = true;
    private int draws;
    private int backDraws;
    private String backKey = "";
    private String projectionKey = "";
    /**
     * The projection, dashed, between the two canvases: a scene-graph line, so a new projection (each frame
     * of a slider drag) repaints only the strip it crosses instead of both canvases' whole area.
     */
    private final javafx.scene.shape.Polyline projectionLine = new javafx.scene.shape.Polyline();
    private double drawnProjectionEndBmd = Double.NaN;
    private double drawnNowAge = Double.NaN;
    private int drawnHistoryPoints;
    private double drawnNowBmd = Double.NaN;
    private Object drawnLevels;
    private double pxPerYear = Double.NaN, pxPerBmd = Double.NaN;
    private int pastDrawnTo;
    private int pastVertices;
    private double pastLastX = Double.NEGATIVE_INFINITY, pastLastY;
    private TrajectoryLog pastLog;
    private final Region nowLine = new Region();
    private final Region nowDot = new Region();
    private final Label nowLabel = new Label(Messages.get("explorer.timeline.now"));
    private final javafx.scene.Group nowMarker = new javafx.scene.Group(nowLine, nowDot, nowLabel);
    /** While a past moment is shown: the run left, from that moment to its now, and where its now is. */
    private final javafx.scene.shape.Polyline laterLine = new javafx.scene.shape.Polyline();
    private final Region liveLine = new Region();
    private final Label liveLabel = new Label(Messages.get("explorer.timeline.now"));
    private Frame lastFrame;
    private static final javafx.css.PseudoClass SCRUBBED = javafx.css.PseudoClass.getPseudoClass("scrubbed");

    public TimelineView(ExplorerViewModel vm, ThemePalette palette) {
        this.vm = vm;
        this.palette = palette;
        setId("timeline");
        getStyleClass().add("timeline");
        fontProbe.getStyleClass().add("timeline-font");
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        back.setMouseTransparent(true);
        front.setMouseTransparent(true);
        projectionLine.setManaged(false);
        projectionLine.setMouseTransparent(true);
        projectionLine.setStrokeWidth(3);
        projectionLine.setStrokeLineCap(StrokeLineCap.ROUND);
        projectionLine.setStrokeLineJoin(StrokeLineJoin.ROUND);
        projectionLine.getStrokeDashArray().setAll(10.0, 7.0);
        nowLine.getStyleClass().add("timeline-now-line");
        nowDot.getStyleClass().add("timeline-now-dot");
        nowLabel.getStyleClass().add("timeline-now-label");
        nowMarker.setManaged(false);
        nowMarker.setAutoSizeChildren(false); // sizes are set in draw()
        nowMarker.setMouseTransparent(true);
        laterLine.setManaged(false);
        laterLine.setMouseTransparent(true);
        laterLine.getStyleClass().add("timeline-later");
        liveLine.getStyleClass().add("timeline-live-line");
        liveLabel.getStyleClass().add("timeline-live-label");
        for (javafx.scene.Node n : new javafx.scene.Node[] {liveLine, liveLabel}) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        getChildren().addAll(back, projectionLine, laterLine, front, liveLine, liveLabel, nowMarker, fontProbe);
        setMinSize(300, 130);
        // a modest preferred height: the column's extra height is shared only beyond the preferred sizes, and
        // at 320 px the chart took all of a 1280×800 window's spare room while the dials stayed at their least
        // (values 17 px); at 200 the dials reach their preferred height first (values 29.8 px), the chart still grows
        setPrefSize(800, 200);
        // focusable: the arrow keys move the moment shown; the lesson keys leave them to it
        setFocusTraversable(true);
        getProperties().put(Shell.TAKES_ARROWS, Boolean.TRUE);
        setAccessibleRole(javafx.scene.AccessibleRole.SLIDER);
        setAccessibleText(Messages.get("explorer.timeline.title"));
        setAccessibleHelp(Messages.get("explorer.timeline.help"));
        setOnMousePressed(e -> { requestFocus(); scrubAt(e.getX()); e.consume(); });
        setOnMouseDragged(e -> { scrubAt(e.getX()); e.consume(); });
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::onKey);
        subscription = vm.snapshotProperty().subscribe(this::onSnapshot)
                .and(vm.projectionProperty().subscribe(this::markDirty)) // invalidation only: drawing reads it
                .and(vm.scrubProperty().subscribe(sc -> {
                    pseudoClassStateChanged(SCRUBBED, sc != null);
                    markDirty();
                }));
    }

    /** The age under an x on the chart (clamped to the plot), or NaN before the first drawing. */
    public double ageAt(double x) {
        Frame f = lastFrame;
        if (f == null) return Double.NaN;
        double cx = Math.max(f.left(), Math.min(f.left() + f.pw(), x));
        return f.x0() + (cx - f.left()) / f.pw() * (f.x1() - f.x0());
    }

    /** The x of an age on the chart as last drawn (NaN before). */
    public double xOf(double age) {
        return lastFrame == null ? Double.NaN : lastFrame.x(age);
    }

    private void scrubAt(double x) {
        double age = ageAt(x);
        if (!Double.isNaN(age)) vm.scrubToAge(age);
    }

    private void onKey(javafx.scene.input.KeyEvent e) {
        double step = e.isShiftDown() ? ExplorerViewModel.SCRUB_FINE_STEP_YEARS : ExplorerViewModel.SCRUB_STEP_YEARS;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> vm.scrubBy(-step);
            case RIGHT, KP_RIGHT -> vm.scrubBy(step);
            case HOME -> vm.scrubToStart();
            case END -> vm.backToNow();
            default -> { return; }
        }
        e.consume();
    }

    /**
     * A new snapshot redraws only if it moves something by a pixel or more (while playing at 1 year per
     * second "now" moves about half a pixel a frame): the rest of the time the canvases are left alone.
     */
    private void onSnapshot(Snapshot s) {
        if (s == null) return;
        if (Double.isNaN(pxPerYear) || !s.readout().levels().equals(drawnLevels)
                || Math.abs(s.ageYears() - drawnNowAge) * pxPerYear >= 1
                || Math.abs(s.readout().bmdGPerCm2() - drawnNowBmd) * pxPerBmd >= 0.5
                || s.ageYears() < drawnNowAge) {
            markDirty();
        }
    }

    /**
     * Something changed: redraw on the next pulse. Only this view is laid out again (its size does not
     * change with what it draws); a {@code requestLayout()} would ask every parent up to the tab for a new
     * layout too, the whole explorer 30 times a second while playing (docs/performance.md).
     */
    public void markDirty() {
        dirty = true;
        setNeedsLayout(true);
    }

    /** Theme or zoom changed: redraw everything, the background too. */
    public void markStyleDirty() {
        backDirty = true;
        markDirty();
    }

    public int draws() { return draws; }

    /** How often the background (bands, grid, labels) was redrawn. */
    public int backgroundDraws() { return backDraws; }

    /** BMD at the right end of the dashed curve as last drawn, g/cm². */
    public double drawnProjectionEndBmd() { return drawnProjectionEndBmd; }

    public double drawnNowAge() { return drawnNowAge; }

    public int drawnHistoryPoints() { return drawnHistoryPoints; }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (front.getWidth() != w || front.getHeight() != h) {
            back.setWidth(w);
            back.setHeight(h);
            front.setWidth(w);
            front.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    /** The plot's geometry for one drawing. */
    private record Frame(double w, double h, double fs, double left, double top, double pw, double ph,
                         double x0, double x1, double ylo, double yhi) {
        double x(double age) { return left + (age - x0) / (x1 - x0) * pw; }

        double y(double bmd) { return top + (yhi - bmd) / (yhi - ylo) * ph; }

        String key() { return w + "|" + h + "|" + fs + "|" + x0 + "|" + x1 + "|" + ylo + "|" + yhi; }
    }

    private void draw() {
        Snapshot s = vm.snapshotProperty().get();
        Projection p = vm.projectionProperty().get();
        double w = front.getWidth(), h = front.getHeight();
        double fs = fontProbe.getFont().getSize();
        double left = fs * 4.2, right = fs * 11, top = fs * 2.2, bottom = fs * 2.4;
        double pw = w - left - right, ph = h - top - bottom;
        if (s == null || p == null || pw < 40 || ph < 40) {
            back.getGraphicsContext2D().clearRect(0, 0, w, h);
            front.getGraphicsContext2D().clearRect(0, 0, w, h);
            backKey = "";
            projectionKey = "";
            projectionLine.getPoints().clear();
            pxPerYear = Double.NaN;
            nowMarker.setVisible(false);
            return;
        }
        draws++;
        double now = s.ageYears();
        AppModel.Scrub scrub = vm.scrubProperty().get();
        double x0 = vm.windowStart(vm.windowAge(now)), x1 = vm.windowEnd(vm.windowAge(now));
        TrajectoryLog hist = s.history();
        int n = s.historySize();
        // the BMD axis: a fixed range, widened in 0.05 steps (so it rarely changes) to fit the data
        double lo = 0.62, hi = 1.14;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, hist.bmdAt(i) - 0.02);
            hi = Math.max(hi, hist.bmdAt(i) + 0.02);
        }
        for (Readout r : p.points()) {
            if (r.ageYears() <= x1) {
                lo = Math.min(lo, r.bmdGPerCm2() - 0.02);
                hi = Math.max(hi, r.bmdGPerCm2() + 0.02);
            }
        }
        lo = Math.min(0.62, Math.floor(lo / 0.05) * 0.05);
        hi = Math.max(1.14, Math.ceil(hi / 0.05) * 0.05);
        if (scrub != null) {
            TrajectoryLog live = scrub.liveHistory();
            for (int i = 0; i < scrub.liveHistorySize(); i++) {
                lo = Math.min(lo, live.bmdAt(i) - 0.02);
                hi = Math.max(hi, live.bmdAt(i) + 0.02);
            }
            lo = Math.min(0.62, Math.floor(lo / 0.05) * 0.05);
            hi = Math.max(1.14, Math.ceil(hi / 0.05) * 0.05);
        }
        Frame f = new Frame(w, h, fs, left, top, pw, ph, x0, x1, lo, hi);
        lastFrame = f;
        String key = f.key();
        boolean full = backDirty || !key.equals(backKey) || n < pastDrawnTo || hist != pastLog;
        String projKey = key + "|" + System.identityHashCode(p);
        if (full || !projKey.equals(projectionKey)) {
            projectionKey = projKey;
            drawProjection(f, p);
        }
        if (full) {
            backDirty = false;
            backKey = key;
            drawBackground(f);
            front.getGraphicsContext2D().clearRect(0, 0, w, h);
            pastDrawnTo = 0;
            pastLastX = Double.NEGATIVE_INFINITY;
            pastVertices = 0;
            pastLog = hist;
        }
        appendPast(f, hist, n);

        // "now": scene-graph nodes moved by a pixel, so the canvases need not repaint each frame
        double nowBmd = s.readout().bmdGPerCm2();
        double xn = Math.round(f.x(now));
        nowMarker.setVisible(true);
        double lw = scrub == null ? 1.5 : 3;
        nowLine.resizeRelocate(xn - lw / 2, top, lw, ph);
        double d = nowDot.prefWidth(-1);
        nowDot.resizeRelocate(xn - d / 2, f.y(nowBmd) - d / 2, d, d);
        nowLabel.setText(scrub == null ? Messages.get("explorer.timeline.now")
                : Messages.get("explorer.scrub.marker", Messages.number(now, 1)));
        nowMarker.pseudoClassStateChanged(SCRUBBED, scrub != null);
        nowLabel.autosize();
        nowLabel.relocate(Math.max(0, Math.min(w - nowLabel.getWidth(), xn - nowLabel.getWidth() / 2)), top - nowLabel.getHeight());
        drawLater(f, scrub, now, xn);

        drawnNowAge = now;
        drawnNowBmd = nowBmd;
        drawnLevels = s.readout().levels();
        drawnHistoryPoints = pastVertices;
        pxPerYear = pw / (x1 - x0);
        pxPerBmd = ph / (hi - lo);
    }

    /** While a past moment is shown: the run left, thin, from that moment to its now, and its now line. */
    private void drawLater(Frame f, AppModel.Scrub scrub, double now, double xn) {
        boolean on = scrub != null;
        laterLine.setVisible(on);
        liveLine.setVisible(on);
        liveLabel.setVisible(on);
        if (!on) {
            laterLine.getPoints().clear();
            return;
        }
        laterLine.setStroke(palette.color("muted"));
        laterLine.setStrokeWidth(2);
        TrajectoryLog live = scrub.liveHistory();
        java.util.List<Double> pts = new java.util.ArrayList<>();
        double lastX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scrub.liveHistorySize(); i++) {
            double a = live.ageAt(i);
            if (a < now - 7 / 365.25 || a < f.x0()) continue;
            double x = f.x(a);
            if (x - lastX < 2 && i < scrub.liveHistorySize() - 1) continue;
            pts.add(x);
            pts.add(f.y(live.bmdAt(i)));
            lastX = x;
        }
        laterLine.getPoints().setAll(pts);
        double xl = Math.round(f.x(scrub.liveAge()));
        liveLine.resizeRelocate(xl - 0.5, f.top(), 1, f.ph());
        liveLabel.autosize();
        double lx = Math.min(f.w() - liveLabel.getWidth(), xl - liveLabel.getWidth() / 2);
        // kept clear of the moment's own name
        if (Math.abs(lx - (xn - nowLabel.getWidth() / 2)) < (liveLabel.getWidth() + nowLabel.getWidth()) / 2 + 4) {
            lx = xn + nowLabel.getWidth() / 2 + 4;
        }
        liveLabel.relocate(lx, f.top() - liveLabel.getHeight());
    }

    /**
     * The path so far: only the new part is stroked, and only when it adds a vertex; the canvas keeps what
     * was drawn before (a canvas that gets no new commands is not repainted).
     */
    private void appendPast(Frame f, TrajectoryLog hist, int n) {
        if (n == 0 || pastDrawnTo >= n) return;
        int i = pastDrawnTo;
        boolean first = pastDrawnTo == 0;
        if (first) {
            // first visible point: the last one before the window's left edge, clamped to the edge
            while (i < n - 1 && hist.ageAt(i + 1) < f.x0()) i++;
        }
        GraphicsContext g = null;
        for (; i < n; i++) {
            double x = Math.max(f.left(), f.x(hist.ageAt(i))), y = f.y(hist.bmdAt(i));
            if (!first && x - pastLastX < 2) continue; // at most one vertex per 2 px
            if (g == null) {
                g = front.getGraphicsContext2D();
                g.setStroke(palette.color("text"));
                g.setLineWidth(3.5);
                g.setLineCap(StrokeLineCap.ROUND);
                g.setLineJoin(StrokeLineJoin.ROUND);
                g.beginPath();
                g.moveTo(first ? x : pastLastX, first ? y : pastLastY);
            }
            if (!first) g.lineTo(x, y);
            first = false;
            pastLastX = x;
            pastLastY = y;
            pastVertices++;
        }
        if (g != null) g.stroke();
        pastDrawnTo = n;
    }

    private void drawBackground(Frame f) {
        backDraws++;
        GraphicsContext g = back.getGraphicsContext2D();
        double fs = f.fs();
        Font font = Font.font(fontProbe.getFont().getFamily(), fs * 0.9);
        Color text = palette.color("text"), muted = palette.color("muted"), grid = palette.color("grid"),
                surface = palette.color("surface");
        g.clearRect(0, 0, f.w(), f.h());
        g.setFill(surface);
        g.fillRect(0, 0, f.w(), f.h());
        // WHO bands, each shaded and named on the right (words, not colour alone)
        double t1 = BmdScale.bmdForTScore(-1), t25 = BmdScale.bmdForTScore(-2.5);
        band(g, f, f.yhi(), t1, palette.color("band-normal"));
        band(g, f, t1, t25, palette.color("band-low"));
        band(g, f, t25, f.ylo(), palette.color("band-osteo"));
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(text);
        double lx = f.left() + f.pw() + fs * 0.6;
        bandLabel(g, f, lx, f.yhi(), t1, Messages.get("explorer.band.normal"), Messages.get("explorer.band.normal.rule"));
        bandLabel(g, f, lx, t1, t25, Messages.get("explorer.band.low"), Messages.get("explorer.band.low.rule"));
        bandLabel(g, f, lx, t25, f.ylo(), Messages.get("explorer.band.osteoporosis"), Messages.get("explorer.band.osteoporosis.rule"));

        // grid: BMD every 0.1 (or 0.2) g/cm², age every 5 years; thin filled rectangles, not strokes
        g.setTextAlign(TextAlignment.RIGHT);
        double bStep = f.ph() / ((f.yhi() - f.ylo()) / 0.1) >= fs * 1.3 ? 0.1 : 0.2;
        for (double b = Math.ceil(f.ylo() / bStep - 1e-9) * bStep; b <= f.yhi() + 1e-9; b += bStep) {
            double y = Math.round(f.y(b));
            g.setFill(grid);
            g.fillRect(f.left(), y, f.pw(), 1);
            g.setFill(muted);
            g.fillText(Messages.number(b, 1), f.left() - fs * 0.4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double a = Math.ceil(f.x0() / 5) * 5; a <= f.x1() + 1e-9; a += 5) {
            double x = Math.round(f.x(a));
            g.setFill(grid);
            g.fillRect(x, f.top(), 1, f.ph());
            g.setFill(muted);
            g.fillText(Messages.number(a, 0), x, f.top() + f.ph() + fs * 0.3);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Messages.get("explorer.timeline.axisAge"), 4, f.top() + f.ph() + fs * 0.3);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Messages.get("explorer.timeline.axisBmd"), 4, f.top() - fs * 0.4);

    }

    /**
     * The projection, dashed, from where it was computed to the right edge; the solid past (on the front
     * canvas) covers the part already lived (the model is deterministic, so the past follows it).
     */
    private void drawProjection(Frame f, Projection p) {
        projectionLine.setStroke(palette.color("accent"));
        java.util.List<Double> pts = new java.util.ArrayList<>();
        double start = Math.max(p.fromAge(), f.x0());
        double endBmd = p.bmdAt(start);
        pts.add(f.x(start));
        pts.add(f.y(endBmd));
        double lastX = f.x(start);
        for (Readout r : p.points()) {
            if (r.ageYears() <= start) continue;
            if (r.ageYears() >= f.x1()) {
                endBmd = p.bmdAt(f.x1());
                pts.add(f.x(f.x1()));
                pts.add(f.y(endBmd));
                break;
            }
            double x = f.x(r.ageYears());
            if (x - lastX < 2) continue;
            pts.add(x);
            pts.add(f.y(r.bmdGPerCm2()));
            lastX = x;
            endBmd = r.bmdGPerCm2();
        }
        projectionLine.getPoints().setAll(pts);
        drawnProjectionEndBmd = endBmd;
    }

    private static void band(GraphicsContext g, Frame f, double from, double to, Color c) {
        double y0 = f.y(from), y1 = f.y(to);
        g.setFill(c);
        g.fillRect(f.left(), Math.min(y0, y1), f.pw(), Math.abs(y1 - y0));
    }

    private static void bandLabel(GraphicsContext g, Frame f, double x, double from, double to, String name, String rule) {
        double a = Math.min(Math.max(from, to), f.yhi()), b = Math.max(Math.min(from, to), f.ylo());
        if (a - b <= 0) return;
        double y = (f.y(a) + f.y(b)) / 2;
        double lh = g.getFont().getSize() * 1.2;
        double room = Math.abs(f.y(a) - f.y(b));
        if (room >= 2 * lh) {
            g.fillText(name, x, y - lh / 2);
            g.fillText(rule, x, y + lh / 2);
        } else if (room >= lh) {
            g.fillText(name, x, y);
        }
    }

    /** The key to the two curves, for the heading row (outside the plot, so it never hides a curve). */
    public static javafx.scene.Node legend(javafx.beans.value.ObservableStringValue heldWords) {
        Region solid = new Region();
        solid.getStyleClass().add("legend-solid");
        javafx.scene.layout.HBox dashes = new javafx.scene.layout.HBox();
        dashes.getStyleClass().add("legend-dashes");
        for (int i = 0; i < 3; i++) {
            Region d = new Region();
            d.getStyleClass().add("legend-dash");
            dashes.getChildren().add(d);
        }
        Label past = new Label(Messages.get("explorer.timeline.past"), solid);
        Label held = new Label(heldWords.get(), dashes);
        held.textProperty().bind(heldWords);
        held.setId("timeline-held-key");
        past.getStyleClass().add("legend-item");
        held.getStyleClass().add("legend-item");
        past.setMinWidth(Region.USE_PREF_SIZE); // the key keeps its words; the title beside it wraps instead
        held.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(past, held);
        box.getStyleClass().add("timeline-legend");
        return box;
    }

    public void dispose() { subscription.unsubscribe(); }
}
