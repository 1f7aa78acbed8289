package org.bonebalance.ui.explorer;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.TrajectoryLog;
import org.bonebalance.ui.ThemePalette;

/**
 * Spine BMD over the years: the path so far (solid), the path if today's levels are held (dashed), the
 * WHO T-score bands (shaded and named) and a "now" marker. A Canvas redrawn at most once per pulse, only
 * when something changed (ChartFX style): data changes set a dirty flag and request a layout pass.
 */
public final class TimelineView extends Region {
    private final ExplorerViewModel vm;
    private final ThemePalette palette;
    private final Canvas canvas = new Canvas();
    private final Label fontProbe = new Label();
    private final Subscription subscription;
    private boolean dirty = true;
    private int draws;
    private double drawnProjectionEndBmd = Double.NaN;
    private double drawnNowAge = Double.NaN;
    private int drawnHistoryPoints;

    public TimelineView(ExplorerViewModel vm, ThemePalette palette) {
        this.vm = vm;
        this.palette = palette;
        setId("timeline");
        getStyleClass().add("timeline");
        fontProbe.getStyleClass().add("timeline-font");
        fontProbe.setManaged(false);
        fontProbe.setVisible(false);
        getChildren().addAll(canvas, fontProbe);
        setMinSize(300, 160);
        setPrefSize(800, 320);
        setFocusTraversable(false);
        setAccessibleText(Messages.get("explorer.timeline.title"));
        subscription = vm.snapshotProperty().subscribe(s -> markDirty())
                .and(vm.projectionProperty().subscribe(p -> markDirty()));
    }

    /** Something changed: redraw on the next pulse. */
    public void markDirty() {
        dirty = true;
        requestLayout();
    }

    public int draws() { return draws; }

    /** BMD at the right end of the dashed curve as last drawn, g/cm². */
    public double drawnProjectionEndBmd() { return drawnProjectionEndBmd; }

    public double drawnNowAge() { return drawnNowAge; }

    public int drawnHistoryPoints() { return drawnHistoryPoints; }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            draw();
        }
    }

    private void draw() {
        Snapshot s = vm.snapshotProperty().get();
        Projection p = vm.projectionProperty().get();
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (s == null || p == null || w < 50 || h < 50) return;
        draws++;
        fontProbe.applyCss();
        double fs = fontProbe.getFont().getSize();
        Font font = Font.font(fontProbe.getFont().getFamily(), fs * 0.9);
        Font bold = Font.font(fontProbe.getFont().getFamily(), FontWeight.BOLD, fs * 0.9);
        Color text = palette.color("text"), muted = palette.color("muted"), grid = palette.color("grid"),
                accent = palette.color("accent"), surface = palette.color("surface");

        double now = s.ageYears();
        double x0 = vm.windowStart(now), x1 = vm.windowEnd(now);
        TrajectoryLog hist = s.history();
        int n = s.historySize();
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
        double left = fs * 4.2, right = fs * 11, top = fs * 2.2, bottom = fs * 2.4;
        double pw = w - left - right, ph = h - top - bottom;
        if (pw < 40 || ph < 40) return;
        final double ylo = lo, yhi = hi;
        java.util.function.DoubleUnaryOperator X = a -> left + (a - x0) / (x1 - x0) * pw;
        java.util.function.DoubleUnaryOperator Y = b -> top + (yhi - b) / (yhi - ylo) * ph;

        g.setFill(surface);
        g.fillRect(0, 0, w, h);
        // WHO bands, each shaded and named on the right (words, not colour alone)
        double t1 = BmdScale.bmdForTScore(-1), t25 = BmdScale.bmdForTScore(-2.5);
        band(g, Y, left, pw, yhi, t1, palette.color("band-normal"));
        band(g, Y, left, pw, t1, t25, palette.color("band-low"));
        band(g, Y, left, pw, t25, ylo, palette.color("band-osteo"));
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(text);
        bandLabel(g, Y, left + pw + fs * 0.6, yhi, t1, ylo, yhi, Messages.get("explorer.band.normal"), "T ≥ −1");
        bandLabel(g, Y, left + pw + fs * 0.6, t1, t25, ylo, yhi, Messages.get("explorer.band.low"), "−2.5 < T < −1");
        bandLabel(g, Y, left + pw + fs * 0.6, t25, ylo, ylo, yhi, Messages.get("explorer.band.osteoporosis"), "T ≤ −2.5");

        // grid: BMD every 0.1 g/cm², age every 5 years
        g.setStroke(grid);
        g.setLineWidth(1);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFill(muted);
        for (double b = Math.ceil(ylo * 10) / 10; b <= yhi; b += 0.1) {
            double y = Math.round(Y.applyAsDouble(b)) + 0.5;
            g.strokeLine(left, y, left + pw, y);
            g.fillText(Messages.number(b, 1), left - fs * 0.4, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double a = Math.ceil(x0 / 5) * 5; a <= x1 + 1e-9; a += 5) {
            double x = Math.round(X.applyAsDouble(a)) + 0.5;
            g.strokeLine(x, top, x, top + ph);
            g.fillText(Messages.number(a, 0), x, top + ph + fs * 0.3);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Messages.get("explorer.timeline.axisAge"), 4, top + ph + fs * 0.3);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Messages.get("explorer.timeline.axisBmd"), 4, top - fs * 0.4);

        // no canvas clip: a clip renders through a mask, far too slow in the software pipeline; the data
        // window already keeps the curves inside the plot (x from the window, y range from the data)
        g.save();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        // projection: dashed, from now on
        g.setStroke(accent);
        g.setLineWidth(3);
        g.setLineDashes(10, 7);
        g.beginPath();
        g.moveTo(X.applyAsDouble(now), Y.applyAsDouble(p.bmdAt(now)));
        double endBmd = p.bmdAt(now);
        for (Readout r : p.points()) {
            if (r.ageYears() <= now) continue;
            if (r.ageYears() >= x1) {
                endBmd = p.bmdAt(x1);
                g.lineTo(X.applyAsDouble(x1), Y.applyAsDouble(endBmd));
                break;
            }
            g.lineTo(X.applyAsDouble(r.ageYears()), Y.applyAsDouble(r.bmdGPerCm2()));
            endBmd = r.bmdGPerCm2();
        }
        g.stroke();
        g.setLineDashes();
        // the path so far: solid
        g.setStroke(text);
        g.setLineWidth(3.5);
        g.beginPath();
        int first = 0;
        while (first < n - 1 && hist.ageAt(first + 1) < x0) first++;
        int drawn = 0;
        double lastX = Double.NEGATIVE_INFINITY;
        for (int i = first; i < n; i++) {
            double x = Math.max(left, X.applyAsDouble(hist.ageAt(i))), y = Y.applyAsDouble(hist.bmdAt(i));
            if (i == first) g.moveTo(x, y);
            else if (x - lastX >= 2 || i == n - 1) g.lineTo(x, y); // at most one vertex per 2 px
            else continue;
            lastX = x;
            drawn++;
        }
        double nowBmd = s.readout().bmdGPerCm2();
        if (drawn == 0) g.moveTo(X.applyAsDouble(now), Y.applyAsDouble(nowBmd));
        g.lineTo(X.applyAsDouble(now), Y.applyAsDouble(nowBmd));
        g.stroke();
        g.restore();

        // now marker: a line, a dot and the word
        double xn = Math.round(X.applyAsDouble(now)) + 0.5;
        g.setStroke(text);
        g.setLineWidth(1.5);
        g.setLineDashes(3, 4);
        g.strokeLine(xn, top, xn, top + ph);
        g.setLineDashes();
        g.setFill(text);
        double yn = Y.applyAsDouble(nowBmd);
        g.fillOval(xn - 6, yn - 6, 12, 12);
        g.setFont(bold);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Messages.get("explorer.timeline.now"), xn, top - 2);

        legend(g, font, fs, left + fs * 0.6, top + fs * 0.3, text, accent, surface);
        drawnProjectionEndBmd = endBmd;
        drawnNowAge = now;
        drawnHistoryPoints = drawn;
    }

    private static void band(GraphicsContext g, java.util.function.DoubleUnaryOperator Y, double left, double pw,
                             double from, double to, Color c) {
        double y0 = Y.applyAsDouble(from), y1 = Y.applyAsDouble(to);
        g.setFill(c);
        g.fillRect(left, Math.min(y0, y1), pw, Math.abs(y1 - y0));
    }

    private static void bandLabel(GraphicsContext g, java.util.function.DoubleUnaryOperator Y, double x, double from,
                                  double to, double ylo, double yhi, String name, String rule) {
        double a = Math.min(Math.max(from, to), yhi), b = Math.max(Math.min(from, to), ylo);
        if (a - b <= 0) return;
        double y = (Y.applyAsDouble(a) + Y.applyAsDouble(b)) / 2;
        double lh = g.getFont().getSize() * 1.2;
        g.fillText(name, x, y - lh / 2);
        g.fillText(rule, x, y + lh / 2);
    }

    private static void legend(GraphicsContext g, Font font, double fs, double x, double y, Color text, Color accent,
                               Color surface) {
        String past = Messages.get("explorer.timeline.past"), held = Messages.get("explorer.timeline.held");
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        probe.setText(past);
        double w1 = probe.getLayoutBounds().getWidth();
        probe.setText(held);
        double w2 = probe.getLayoutBounds().getWidth();
        double lw = fs * 2.2, pad = fs * 0.5, rowH = fs * 1.4;
        double boxW = pad * 3 + lw + Math.max(w1, w2);
        g.setFill(Color.color(surface.getRed(), surface.getGreen(), surface.getBlue(), 0.85));
        g.fillRoundRect(x, y, boxW, rowH * 2 + pad, 8, 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(font);
        double r1 = y + pad / 2 + rowH / 2, r2 = r1 + rowH;
        g.setStroke(text);
        g.setLineWidth(3.5);
        g.strokeLine(x + pad, r1, x + pad + lw, r1);
        g.setStroke(accent);
        g.setLineWidth(3);
        g.setLineDashes(10, 7);
        g.strokeLine(x + pad, r2, x + pad + lw, r2);
        g.setLineDashes();
        g.setFill(text);
        g.fillText(past, x + pad * 2 + lw, r1);
        g.fillText(held, x + pad * 2 + lw, r2);
    }

    public void dispose() { subscription.unsubscribe(); }

    /** The points of the projection still ahead of now, for tests. */
    List<Readout> projectionPoints() { return vm.projectionProperty().get().points(); }
}
