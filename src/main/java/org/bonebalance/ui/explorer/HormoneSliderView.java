package org.bonebalance.ui.explorer;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.hormones.HormoneScale;
import org.bonebalance.ui.hormones.HormoneSlider;

/**
 * One hormone: its name, value and unit, the slider with the chosen profile's reference range shaded
 * behind the track, and tick marks at meaningful levels underneath. Thin: it only binds to the view model.
 */
public final class HormoneSliderView extends VBox {
    private final HormoneScale scale;
    private final ExplorerViewModel vm;
    private final HormoneSlider slider;
    private final Label value = new Label();
    private final Track track;
    private boolean updating;

    public HormoneSliderView(HormoneScale scale, ExplorerViewModel vm) {
        this.scale = scale;
        this.vm = vm;
        getStyleClass().add("hormone-slider");
        slider = new HormoneSlider(scale);
        Label name = new Label(Messages.get(scale.nameKey()));
        name.getStyleClass().add("hormone-name");
        name.setLabelFor(slider);
        value.getStyleClass().add("hormone-value");
        value.setId("value-" + scale.id());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, name, gap, value);
        header.getStyleClass().add("hormone-header");
        track = new Track();
        StringBuilder meanings = new StringBuilder();
        for (HormoneScale.Tick t : scale.ticks()) {
            if (!meanings.isEmpty()) meanings.append("  ·  ");
            meanings.append(Messages.get("explorer.tick", tickNumber(t.value()), Messages.get(t.labelKey())));
        }
        Label legend = new Label(meanings.toString());
        legend.getStyleClass().add("tick-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Label.USE_PREF_SIZE);
        getChildren().addAll(header, track, legend);

        slider.valueProperty().addListener((o, a, b) -> {
            if (!updating) vm.setLevel(scale, scale.fromPosition(b.doubleValue()));
        });
        vm.levelsProperty().subscribe(l -> show(scale.get(l)));
        vm.profileProperty().subscribe(p -> track.requestLayout());
    }

    private void show(double level) {
        updating = true;
        try {
            slider.setValue(scale.toPosition(level));
        } finally {
            updating = false;
        }
        value.setText(Messages.get("explorer.slider.value", scale.formatNumber(level), Messages.get(scale.unitKey())));
    }

    public HormoneSlider slider() { return slider; }

    /** A tick's number as people write it: 5, 0.3, 550. */
    private static String tickNumber(double v) {
        return Messages.number(v, v == Math.rint(v) ? 0 : 1);
    }

    /** The slider, the shaded range behind it and the ticks below, laid out to the slider's real track. */
    private final class Track extends Pane {
        private final Region range = new Region();
        private final List<Region> marks = new ArrayList<>();
        private final List<Label> labels = new ArrayList<>();
        /** Rows of tick labels the last layout needed (labels that would overlap go one row down). */
        private int rows = 1;

        Track() {
            getStyleClass().add("hormone-track");
            range.getStyleClass().add("reference-range");
            range.setMouseTransparent(true);
            getChildren().addAll(range, slider);
            for (HormoneScale.Tick t : scale.ticks()) {
                Region mark = new Region();
                mark.getStyleClass().add("tick-mark");
                Label l = new Label(tickNumber(t.value()));
                l.getStyleClass().add("tick-label");
                marks.add(mark);
                labels.add(l);
            }
            getChildren().addAll(marks);
            getChildren().addAll(labels);
        }

        private double rowHeight() {
            return labels.isEmpty() ? 0 : labels.get(0).prefHeight(-1);
        }

        @Override
        protected double computePrefHeight(double width) {
            return slider.prefHeight(-1) + 4 + rows * rowHeight();
        }

        @Override
        protected double computeMinHeight(double width) { return computePrefHeight(width); }

        @Override
        protected double computePrefWidth(double height) { return 300; }

        @Override
        protected void layoutChildren() {
            double w = getWidth();
            double sh = slider.prefHeight(-1);
            slider.resizeRelocate(0, 0, w, sh);
            slider.applyCss();
            slider.layout();
            Node thumb = slider.lookup(".thumb");
            Node trackNode = slider.lookup(".track");
            double tw = thumb == null ? 16 : thumb.getLayoutBounds().getWidth();
            double x0 = slider.snappedLeftInset() + tw / 2;
            double x1 = w - slider.snappedRightInset() - tw / 2;
            double trackY = sh / 2 - 5, trackH = 10;
            if (trackNode != null) {
                Bounds b = trackNode.getBoundsInParent();
                trackY = b.getMinY() - 4;
                trackH = b.getHeight() + 8;
            }
            double[] r = vm.profileProperty().get().range(scale);
            double rx0 = x0 + (x1 - x0) * scale.fraction(r[0]);
            double rx1 = x0 + (x1 - x0) * scale.fraction(r[1]);
            range.resizeRelocate(rx0, trackY, Math.max(4, rx1 - rx0), trackH);

            double rowH = rowHeight();
            double top = sh + 4;
            double[] rowEnd = new double[labels.size()];
            java.util.Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
            int used = 1;
            for (int i = 0; i < labels.size(); i++) {
                double x = x0 + (x1 - x0) * scale.fraction(scale.ticks().get(i).value());
                Label l = labels.get(i);
                double lw = l.prefWidth(-1);
                double lx = Math.max(0, Math.min(w - lw, x - lw / 2));
                int row = 0;
                while (lx < rowEnd[row] + 8) row++;
                rowEnd[row] = lx + lw;
                used = Math.max(used, row + 1);
                double ly = top + row * rowH;
                l.resizeRelocate(lx, ly, lw, rowH);
                Region mark = marks.get(i);
                mark.resizeRelocate(Math.round(x) - 1, sh - 2, 2, 8);
            }
            if (used != rows) {
                rows = used;
                requestLayout(); // height depends on the rows the labels need at this width
            }
        }
    }
}
