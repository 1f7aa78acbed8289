package org.bonebalance.io.handout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the consultation chart's names go so that none overlaps another, a dashed marker line or (for band
 * names, when there is room) a curve; shared by the screen (ui/consult/ConsultChart) and the handout PDF
 * (io/handout/HandoutPdf). Coordinates have y growing downwards (the PDF passes its y negated). Each place
 * chosen is taken, so later names keep clear of it.
 */
public final class ChartLabels {
    /** A rectangle: left, top, width, height. */
    public record Box(double x, double y, double w, double h) {
        public double maxX() { return x + w; }
        public double maxY() { return y + h; }
        public boolean intersects(Box o) { return x <= o.maxX() && o.x <= maxX() && y <= o.maxY() && o.y <= maxY(); }
    }

    private final double left, right, top, bottom;
    private final List<Box> taken = new ArrayList<>();
    private final List<double[]> curves = new ArrayList<>();
    private final double curvePad;

    /** Names stay inside the plot [left, right] × [top, bottom], and {@code curvePad} clear of every curve. */
    public ChartLabels(double left, double right, double top, double bottom, double curvePad) {
        this.left = left;
        this.right = right;
        this.top = top;
        this.bottom = bottom;
        this.curvePad = curvePad;
    }

    /** Something names must not cover (a legend, a scan mark, a label placed by other means). */
    public void block(Box b) { taken.add(b); }

    /** A vertical dashed line at x, kept {@code pad} clear on each side. */
    public void blockLine(double x, double pad) { taken.add(new Box(x - pad, top, 2 * pad, bottom - top)); }

    /** A curve (x0, y0, x1, y1, ...) that band names should keep clear of. */
    public void curve(double[] xy) { curves.add(xy); }

    /**
     * A marker's name box (w × h) beside its line at x, {@code gap} from it, at the top of the plot: on the
     * preferred side, else the other, else a row lower (up to three rows). Falls back to the top row right of
     * the line, pulled inside the plot.
     */
    public Box besideLine(double x, double gap, double w, double h, boolean preferLeft) {
        for (int row = 0; row < 3 && top + 2 + (row + 1) * (h + 2) < bottom; row++) {
            for (boolean leftSide : new boolean[]{preferLeft, !preferLeft}) {
                Box b = new Box(leftSide ? x - gap - w : x + gap, top + 2 + row * (h + 2), w, h);
                if (b.x() >= left + 1 && b.maxX() <= right - 1 && !hits(b)) return take(b);
            }
        }
        return take(new Box(Math.max(left + 1, Math.min(x + gap, right - 1 - w)), top + 2, w, h));
    }

    /**
     * A band's name box (w × h) inside the band [yHigh, yLow]: as far right as it goes (inset from the plot's
     * right edge), at the top of the band or else its bottom, moving left {@code step} at a time; clear of the
     * curves when possible, always clear of what is taken. Null when the band is too thin or full.
     */
    public Box inBand(double w, double h, double yHigh, double yLow, double inset, double step) {
        if (yLow - yHigh < h + 4) return null;
        Box clearOfTaken = null;
        for (double x = right - inset - w; x >= left + inset; x -= step) {
            for (double y : new double[]{yHigh + 2, yLow - 2 - h}) {
                Box b = new Box(x, y, w, h);
                if (hits(b)) continue;
                if (!crossesCurve(b)) return take(b);
                if (clearOfTaken == null) clearOfTaken = b;
            }
        }
        return clearOfTaken == null ? null : take(clearOfTaken);
    }

    private Box take(Box b) {
        taken.add(b);
        return b;
    }

    private boolean hits(Box b) {
        for (Box o : taken) if (b.intersects(o)) return true;
        return false;
    }

    /** Whether any curve passes within {@code curvePad} of the box. */
    boolean crossesCurve(Box r) {
        double pad = curvePad;
        for (double[] c : curves) {
            for (int k = 0; k + 3 < c.length; k += 2) {
                double ax = c[k], ay = c[k + 1], bx = c[k + 2], by = c[k + 3];
                double lo = Math.max(Math.min(ax, bx), r.x() - pad), hi = Math.min(Math.max(ax, bx), r.maxX() + pad);
                if (lo > hi) continue;
                double y1 = ay, y2 = by;
                if (bx != ax) {
                    y1 = ay + (lo - ax) / (bx - ax) * (by - ay);
                    y2 = ay + (hi - ax) / (bx - ax) * (by - ay);
                }
                if (Math.max(y1, y2) >= r.y() - pad && Math.min(y1, y2) <= r.maxY() + pad) return true;
            }
        }
        return false;
    }
}
