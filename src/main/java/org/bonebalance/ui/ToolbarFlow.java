package org.bonebalance.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The window's toolbar layout: items left to right at their preferred widths, centred in their row; an item
 * that does not fit the rest of a row starts the next one (a big font in a small window: the projector theme
 * or zoom at 1280 px), so items never draw over each other. An item wider than a whole row is narrowed
 * towards its least width. The items of a {@link Group} (the time controls) flow one by one like the
 * toolbar's own, so the clock can move to the next row on its own rather than taking the buttons with it.
 */
public class ToolbarFlow extends Pane {
    /** How far past the row's end an item may reach before it starts the next row, px (it is narrowed instead). */
    static final double OVER_TOLERANCE = 2;
    private final double hgap, vgap;
    private boolean fillRows;

    /** Whether the last item of each row widens to the row's end (up to its maximum width), like a growing field. */
    public void setFillRows(boolean fill) {
        fillRows = fill;
        requestLayout();
    }

    public ToolbarFlow(double hgap, double vgap) {
        this.hgap = hgap;
        this.vgap = vgap;
    }

    /**
     * Items that belong together, laid out by the {@link ToolbarFlow} they are in: the group spans the whole
     * toolbar and places nothing itself; {@code gap} is the room between its own items.
     */
    public static class Group extends Pane {
        private final double gap;

        @SuppressWarnings("this-escape") // setPickOnBounds is final in Node and only stores a flag
        public Group(double gap) {
            this.gap = gap;
            setPickOnBounds(false);
        }

        @Override protected void layoutChildren() { } // the enclosing ToolbarFlow places the items
    }

    private record Item(Node node, double gapBefore) { }

    /** The items as they flow: a group's items in place of the group. */
    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Node n : getManagedChildren()) {
            if (n instanceof Group g) {
                boolean first = true;
                for (Node c : g.getChildren()) {
                    if (!c.isManaged()) continue;
                    items.add(new Item(c, first ? hgap : g.gap));
                    first = false;
                }
            } else {
                items.add(new Item(n, hgap));
            }
        }
        return items;
    }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    /** Rows as [first, end) indices into {@code items}, filling {@code widths}. */
    private List<int[]> rows(List<Item> items, double inner, double[] widths) {
        List<int[]> rows = new ArrayList<>();
        int start = 0;
        double x = 0;
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i).node();
            double pref = snapSizeX(n.prefWidth(-1));
            double at = i == start ? 0 : x + items.get(i).gapBefore();
            // a pixel over (rounding) narrows the item instead of costing a row
            if (i > start && at + pref > inner + OVER_TOLERANCE) {
                rows.add(new int[] {start, i});
                start = i;
                at = 0;
            }
            widths[i] = Math.max(snapSizeX(n.minWidth(-1)), Math.min(pref, inner - at));
            x = at + widths[i];
        }
        if (!items.isEmpty()) rows.add(new int[] {start, items.size()});
        return rows;
    }

    private double rowHeight(List<Item> items, int[] r, double[] widths) {
        double h = 0;
        for (int i = r[0]; i < r[1]; i++) h = Math.max(h, items.get(i).node().prefHeight(widths[i]));
        return h;
    }

    private double height(double width) {
        List<Item> items = items();
        double inner = (width < 0 ? Double.MAX_VALUE : width) - snappedLeftInset() - snappedRightInset();
        double[] widths = new double[items.size()];
        List<int[]> rows = rows(items, inner, widths);
        double h = 0;
        for (int[] r : rows) h += rowHeight(items, r, widths);
        return snappedTopInset() + snappedBottomInset() + h + Math.max(0, rows.size() - 1) * vgap;
    }

    @Override protected double computePrefHeight(double width) { return height(width); }

    @Override protected double computeMinHeight(double width) { return height(width); }

    @Override
    protected double computePrefWidth(double height) {
        double w = 0;
        List<Item> items = items();
        for (int i = 0; i < items.size(); i++) w += snapSizeX(items.get(i).node().prefWidth(-1)) + (i > 0 ? items.get(i).gapBefore() : 0);
        return snappedLeftInset() + snappedRightInset() + w;
    }

    @Override
    protected double computeMinWidth(double height) {
        double w = 0;
        for (Item i : items()) w = Math.max(w, i.node().minWidth(-1));
        return snappedLeftInset() + snappedRightInset() + w;
    }

    @Override
    protected void layoutChildren() {
        for (Node n : getManagedChildren()) {
            if (n instanceof Group g) g.resizeRelocate(0, 0, getWidth(), getHeight());
        }
        List<Item> items = items();
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        double[] widths = new double[items.size()];
        double y = snappedTopInset();
        for (int[] r : rows(items, inner, widths)) {
            double rh = rowHeight(items, r, widths);
            double x = snappedLeftInset();
            if (fillRows) {
                int last = r[1] - 1;
                double used = 0;
                for (int i = r[0]; i < r[1]; i++) used += (i > r[0] ? items.get(i).gapBefore() : 0) + (i < last ? widths[i] : 0);
                widths[last] = Math.max(widths[last], Math.min(items.get(last).node().maxWidth(-1), inner - used));
            }
            for (int i = r[0]; i < r[1]; i++) {
                if (i > r[0]) x += items.get(i).gapBefore();
                Node n = items.get(i).node();
                double h = Math.min(rh, Math.max(n.minHeight(widths[i]), n.prefHeight(widths[i])));
                n.resizeRelocate(snapPositionX(x), snapPositionY(y + (rh - h) / 2), widths[i], snapSizeY(h));
                x += widths[i];
            }
            y += rh + vgap;
        }
    }
}
