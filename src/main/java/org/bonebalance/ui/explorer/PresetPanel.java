package org.bonebalance.ui.explorer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Preset;
import java.util.List;

/** The ten presets, one click each, with the chosen one's description and whose ranges are shaded. */
public final class PresetPanel extends VBox {
    /**
     * Two rows of five: every preset visible at once, even at 1280×720. When a button's name (in bold, as
     * when chosen) does not fit a fifth of the row (the projector theme or zoom in a 1280-px window), the
     * columns take their buttons' widths, and if five still do not fit, the buttons flow into more rows.
     */
    public static final int COLUMNS = 5;
    private final ToggleGroup group = new ToggleGroup();
    private final Label description = new Label();

    public PresetPanel(ExplorerViewModel vm) {
        getStyleClass().add("preset-panel");
        // no heading line: the ten named buttons say what they are, and at 1280×720 that line is the
        // bone-mass chart's; the group keeps its name for screen readers
        PresetGrid grid = new PresetGrid();
        grid.getStyleClass().add("preset-grid");
        grid.setAccessibleText(Messages.get("explorer.presets"));
        Preset[] all = Preset.values();
        for (int i = 0; i < all.length; i++) {
            Preset p = all[i];
            ToggleButton b = new ToggleButton(Messages.get(p.nameKey()));
            b.setId("preset-" + p.id());
            b.setUserData(p);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("preset-button");
            b.setAccessibleHelp(Messages.get(p.descriptionKey()));
            // a click always chooses (clicking the chosen one again must not leave "no preset" selected)
            b.setOnAction(e -> {
                vm.choosePreset(p);
                b.setSelected(true);
            });
            grid.getChildren().add(b);
        }
        description.setId("preset-description");
        description.getStyleClass().add("preset-description");
        description.setWrapText(true);
        description.setMinHeight(Label.USE_PREF_SIZE);
        description.textProperty().bind(vm.presetDescriptionProperty());

        getChildren().addAll(grid, description);
        vm.presetProperty().subscribe(p -> {
            for (var t : group.getToggles()) t.setSelected(t.getUserData() == p);
        });
    }

    /**
     * The preset buttons in order, row by row, in as few rows as keep every name whole (in bold too, so
     * choosing a preset never moves the others), with equal columns when they fit, as before.
     */
    static final class PresetGrid extends javafx.scene.layout.Pane {
        private static final double GAP_EM = 0.35;
        private static final String BOLD_EXTRA = "preset.boldExtra";

        private double gap() {
            Font f = getChildren().isEmpty() ? Font.getDefault() : ((ToggleButton) getChildren().get(0)).getFont();
            return GAP_EM * f.getSize();
        }

        /** The width a button needs to show its whole name in bold. */
        private static double need(Node n) {
            ToggleButton b = (ToggleButton) n;
            double pref = b.prefWidth(-1);
            Font f = b.getFont();
            if (f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold")) return Math.ceil(pref);
            // measured once per font and name (layout asks on every pass)
            BoldExtra cached = b.getProperties().get(BOLD_EXTRA) instanceof BoldExtra c ? c : null;
            if (cached == null || !cached.font().equals(f) || !cached.text().equals(b.getText())) {
                Text t = new Text(b.getText());
                t.setFont(f);
                double plain = t.getLayoutBounds().getWidth();
                t.setFont(Font.font(f.getFamily(), FontWeight.BOLD, f.getSize()));
                cached = new BoldExtra(f, b.getText(), Math.max(0, t.getLayoutBounds().getWidth() - plain));
                b.getProperties().put(BOLD_EXTRA, cached);
            }
            return Math.ceil(pref + cached.px());
        }

        /** How much wider a button's name is in bold, for that font and name. */
        private record BoldExtra(Font font, String text, double px) { }

        /** Column widths for this width: equal fifths, or content-sized, in the fewest rows that fit. */
        private double[] columns(double width) {
            List<Node> all = getChildren();
            int n = all.size();
            if (n == 0) return new double[0];
            double inner = width - snappedLeftInset() - snappedRightInset(), g = gap();
            double[] needs = needsOf();
            int first = Math.min(COLUMNS, n);
            double equal = (inner - (first - 1) * g) / first;
            boolean allFit = true;
            for (double d : needs) allFit &= d <= equal;
            if (allFit || width < 0) {
                double[] cols = new double[first];
                java.util.Arrays.fill(cols, width < 0 ? max(needs) : equal);
                return cols;
            }
            for (int cols = first; cols >= 1; cols--) {
                double[] w = new double[cols];
                for (int i = 0; i < n; i++) w[i % cols] = Math.max(w[i % cols], needs[i]);
                double sum = (cols - 1) * g;
                for (double d : w) sum += d;
                if (sum <= inner || cols == 1) {
                    double extra = Math.max(0, inner - sum) / cols;
                    for (int c = 0; c < cols; c++) w[c] += extra;
                    return w;
                }
            }
            throw new AssertionError();
        }

        private static double max(double[] a) {
            double m = 0;
            for (double d : a) m = Math.max(m, d);
            return m;
        }

        @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

        @Override
        protected double computePrefWidth(double height) {
            double[] w = columns(-1);
            double sum = (w.length - 1) * gap();
            for (double d : w) sum += d;
            return snappedLeftInset() + snappedRightInset() + sum;
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + max(needsOf());
        }

        private double[] needsOf() {
            double[] d = new double[getChildren().size()];
            for (int i = 0; i < d.length; i++) d[i] = need(getChildren().get(i));
            return d;
        }

        private double rowHeight() {
            double h = 0;
            for (Node c : getChildren()) h = Math.max(h, c.prefHeight(-1));
            return h;
        }

        @Override
        protected double computePrefHeight(double width) {
            int cols = columns(width < 0 ? computePrefWidth(-1) : width).length;
            int rows = (getChildren().size() + cols - 1) / cols;
            return snappedTopInset() + snappedBottomInset() + rows * rowHeight() + Math.max(0, rows - 1) * gap();
        }

        @Override protected double computeMinHeight(double width) { return computePrefHeight(width); }

        @Override
        protected void layoutChildren() {
            double[] w = columns(getWidth());
            double g = gap(), h = snapSizeY(rowHeight()), y = snappedTopInset(), x = snappedLeftInset();
            List<Node> all = getChildren();
            for (int i = 0; i < all.size(); i++) {
                int c = i % w.length;
                if (c == 0 && i > 0) { y += h + g; x = snappedLeftInset(); }
                double left = snapPositionX(x);
                all.get(i).resizeRelocate(left, snapPositionY(y), snapPositionX(x + w[c]) - left, h);
                x += w[c] + g;
            }
        }
    }

    /** The reference-profile chooser shown above the sliders. */
    public static ComboBox<ReferenceProfile> profileChooser(ExplorerViewModel vm) {
        ComboBox<ReferenceProfile> profile = new ComboBox<>();
        profile.setId("profile");
        profile.getItems().addAll(ReferenceProfile.values());
        profile.setCellFactory(l -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.setAccessibleText(Messages.get("explorer.profile.label"));
        profile.setMaxWidth(Double.MAX_VALUE);
        return profile;
    }

    private static final class ProfileCell extends ListCell<ReferenceProfile> {
        @Override
        protected void updateItem(ReferenceProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Messages.get(item.nameKey()));
        }
    }
}
