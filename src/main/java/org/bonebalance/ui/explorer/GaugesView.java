package org.bonebalance.ui.explorer;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.ui.ThemePalette;

/**
 * The six live gauges, TilesFX tiles built with {@code animated(false)}: the simulation is the animation,
 * so each frame's value is shown as it is, and tests stay deterministic. Colours come from the theme's
 * looked-up colours through {@link ThemePalette}; every reading also has words.
 *
 * <p>The six cards stand in one row while each is at least {@link #MIN_CARD_EM} of the app's font wide; in a
 * narrower column (the projector theme's 20 px font, or zoom, in a 1280-px window) they stand in two rows of
 * three, so titles break between words and readings keep their words instead of an ellipsis.
 */
public final class GaugesView extends Region {
    /** A card narrower than this many em (the font's size) cannot hold "Osteoclasts" or "RANKL/OPG ×1.9". */
    public static final double MIN_CARD_EM = 8;
    /** Cards per row when they do not fit six abreast. */
    public static final int NARROW_COLUMNS = 3;
    private static final double GAP_EM = 0.3;
    /** Gauge ranges (relative activity, balance %, BMD g/cm², relative risk). */
    public static final double CELL_MAX_REL = 3;
    public static final double BALANCE_MIN_PCT = 90, BALANCE_MAX_PCT = 110;
    public static final double BMD_MIN = 0.6, BMD_MAX = 1.2;
    public static final double RISK_MAX = 12;

    private final ThemePalette palette;
    private final GaugeCard osteoclast, osteoblast, switchCard, balance, bmd, fracture;
    private final Seesaw seesaw = new Seesaw();
    private final Subscription subscription;

    public GaugesView(ExplorerViewModel vm, ThemePalette palette) {
        this.palette = palette;
        getStyleClass().add("gauges");
        osteoclast = new GaugeCard("gauge-osteoclast", Messages.get("explorer.gauge.osteoclast"),
                gauge(0, CELL_MAX_REL, 2, 1, "osteoclast", null));
        osteoblast = new GaugeCard("gauge-osteoblast", Messages.get("explorer.gauge.osteoblast"),
                gauge(0, CELL_MAX_REL, 2, 1, "osteoblast", null));
        Tile sw = colored(TileBuilder.create().skinType(SkinType.CUSTOM).animated(false).roundedCorners(false)
                .graphic(seesaw).title("").text("")).build();
        switchCard = new GaugeCard("gauge-switch", Messages.get("explorer.gauge.switch"), sw);
        balance = new GaugeCard("gauge-balance", Messages.get("explorer.gauge.balance"),
                gauge(BALANCE_MIN_PCT, BALANCE_MAX_PCT, 1, 100, "accent", null));
        Tile bmdTile = gauge(BMD_MIN, BMD_MAX, 3, BmdScale.bmdForTScore(-1), "accent", bmdSections());
        bmd = new GaugeCard("gauge-bmd", Messages.get("explorer.gauge.bmd"), bmdTile);
        fracture = new GaugeCard("gauge-fracture", Messages.get("explorer.gauge.fracture"),
                gauge(0, RISK_MAX, 2, 1, "warn", null));
        for (GaugeCard c : cards()) {
            c.setPrefWidth(150);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(cards());
        subscription = vm.readingsProperty().subscribe(this::show);
    }

    /**
     * A dial without a unit. Units are in the card's title ("(%)", "(g/cm²)") or caption ("× usual"): TilesFX
     * draws a tile's unit at a fraction of the value's size (a 5-px speck on a 1280-px window).
     */
    private Tile gauge(double min, double max, int decimals, double threshold, String bar,
                       List<Section> sections) {
        TileBuilder<?> b = TileBuilder.create().skinType(SkinType.GAUGE).animated(false).roundedCorners(false)
                .minValue(min).maxValue(max).value(min).threshold(threshold).thresholdVisible(false)
                .decimals(decimals).tickLabelDecimals(decimals > 2 ? 1 : 0).unit("").title("").text("")
                .barColor(palette.color(bar));
        if (sections != null) b.sections(sections).sectionsVisible(true);
        Tile t = colored(b).build();
        t.setSkin(new ReadableGaugeSkin(t)); // numbers under the dial at a readable size
        return t;
    }

    /** The theme's colours, given at build time: each colour set on a live tile costs a redraw. */
    private TileBuilder<?> colored(TileBuilder<?> b) {
        Color surface = palette.color("surface"), text = palette.color("text"), muted = palette.color("muted");
        return b.backgroundColor(surface).foregroundColor(text).titleColor(text).valueColor(text).unitColor(muted)
                .textColor(muted).descriptionColor(muted).needleColor(text).thresholdColor(muted)
                .barBackgroundColor(palette.color("grid")).tickLabelColor(muted);
    }

    private List<Section> bmdSections() {
        double t1 = BmdScale.bmdForTScore(-1), t25 = BmdScale.bmdForTScore(-2.5);
        return List.of(
                new Section(BMD_MIN, t25, Messages.get("explorer.band.osteoporosis"), palette.color("band-osteo")),
                new Section(t25, t1, Messages.get("explorer.band.low"), palette.color("band-low")),
                new Section(t1, BMD_MAX, Messages.get("explorer.band.normal"), palette.color("band-normal")));
    }

    private double em() {
        return ((GaugeCard) getChildren().get(0)).heading() instanceof javafx.scene.control.Label l
                ? l.getFont().getSize() : javafx.scene.text.Font.getDefault().getSize();
    }

    private double gap() { return snapSizeX(GAP_EM * em()); }

    /** Cards per row for this width: six while each card keeps {@link #MIN_CARD_EM}, else three. */
    public int columnsFor(double width) {
        int n = getChildren().size();
        double inner = width - snappedLeftInset() - snappedRightInset();
        return (inner - (n - 1) * gap()) / n >= MIN_CARD_EM * em() ? n : NARROW_COLUMNS;
    }

    /** Cards per row as laid out now. */
    public int columns() { return columnsFor(getWidth()); }

    private double cardWidth(double width, int cols) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return Math.max(0, (inner - (cols - 1) * gap()) / cols);
    }

    @Override public Orientation getContentBias() { return Orientation.HORIZONTAL; }

    /**
     * Each row's height for cards {@code w} wide: in one row the cards' least height (the row shares out the
     * rest); in two rows the cards are wide, and their dials keep their preferred height even when the column
     * must scroll (a 72-px dial in a 250-px card is too small for the back of a room).
     */
    private double[] rowHeights(int cols, double w, boolean least) {
        List<Node> all = getChildren();
        double[] rows = new double[(all.size() + cols - 1) / cols];
        for (int i = 0; i < all.size(); i++) {
            Node c = all.get(i);
            rows[i / cols] = Math.max(rows[i / cols], least && cols == all.size() ? c.minHeight(w) : c.prefHeight(w));
        }
        return rows;
    }

    private double rowsHeight(double width, boolean min) {
        if (width < 0) width = computePrefWidth(-1);
        int cols = columnsFor(width);
        double[] rows = rowHeights(cols, cardWidth(width, cols), min);
        double total = 0;
        for (double h : rows) total += h;
        return snappedTopInset() + snappedBottomInset() + total + (rows.length - 1) * gap();
    }

    @Override protected double computeMinHeight(double width) { return rowsHeight(width, true); }

    @Override protected double computePrefHeight(double width) { return rowsHeight(width, false); }

    @Override protected double computeMinWidth(double height) {
        double m = 0;
        for (Node c : getChildren()) m = Math.max(m, c.minWidth(-1));
        return snappedLeftInset() + snappedRightInset() + NARROW_COLUMNS * m + (NARROW_COLUMNS - 1) * gap();
    }

    @Override protected double computePrefWidth(double height) {
        double p = 0;
        for (Node c : getChildren()) p += c.prefWidth(-1);
        return snappedLeftInset() + snappedRightInset() + p + (getChildren().size() - 1) * gap();
    }

    /** Equal widths; the rows share the height (each at least its cards' least height), as the one row did. */
    @Override
    protected void layoutChildren() {
        List<Node> all = getChildren();
        int cols = columnsFor(getWidth());
        int rows = (all.size() + cols - 1) / cols;
        double w = cardWidth(getWidth(), cols), g = gap();
        double[] mins = rowHeights(cols, w, true);
        double minSum = 0;
        for (double m : mins) minSum += m;
        double inner = getHeight() - snappedTopInset() - snappedBottomInset() - (rows - 1) * g;
        double extra = Math.max(0, inner - minSum) / rows;
        double y = snappedTopInset();
        for (int r = 0; r < rows; r++) {
            double h = snapSizeY(mins[r] + extra);
            double x = snappedLeftInset();
            for (int i = r * cols; i < Math.min(all.size(), (r + 1) * cols); i++) {
                double left = snapPositionX(x);
                all.get(i).resizeRelocate(left, snapPositionY(y), snapPositionX(x + w) - left, h);
                x += w + g;
            }
            y += h + g;
        }
    }

    public List<GaugeCard> cards() { return List.of(osteoclast, osteoblast, switchCard, balance, bmd, fracture); }

    public Seesaw seesaw() { return seesaw; }

    /** Shows one moment's readings (each frame, from the view model; tests may pass edge cases). */
    public void show(GaugeReadings g) {
        if (g == null) return;
        osteoclast.value(g.osteoclastRel(), 0.01);
        osteoclast.text(GaugeReadings.times(g.osteoclastRel()));
        osteoblast.value(g.osteoblastRel(), 0.01);
        osteoblast.text(GaugeReadings.times(g.osteoblastRel()));
        seesaw.setRatio(Math.round(g.ranklOpgRel() * 10) / 10.0); // as precise as the words under it
        switchCard.value(g.ranklOpgRel(), 0.1);
        switchCard.text(g.switchText() + "\n" + g.ratioText());
        switchCard.pseudoClassStateChanged(RESORPTION_ON, g.resorptionOn());
        balance.value(Math.max(BALANCE_MIN_PCT, Math.min(BALANCE_MAX_PCT, g.balancePct())), 0.1);
        balance.text(g.balanceText());
        bmd.value(Math.max(BMD_MIN, Math.min(BMD_MAX, g.bmdGPerCm2())), 0.001);
        bmd.text(g.bmdText());
        fracture.value(Math.min(RISK_MAX, g.fractureRr()), 0.01);
        fracture.text(g.fractureText());
    }

    private static final javafx.css.PseudoClass RESORPTION_ON = javafx.css.PseudoClass.getPseudoClass("resorption-on");

    /** Applies a new theme's colours to the tiles. */
    public void applyColors() {
        Color surface = palette.color("surface"), text = palette.color("text"), muted = palette.color("muted"),
                grid = palette.color("grid");
        for (GaugeCard c : cards()) {
            Tile t = c.tile();
            t.setBackgroundColor(surface);
            t.setForegroundColor(text);
            t.setTitleColor(text);
            t.setValueColor(text);
            t.setUnitColor(muted);
            t.setTextColor(muted);
            t.setDescriptionColor(muted);
            t.setNeedleColor(text);
            t.setThresholdColor(muted);
            t.setBarBackgroundColor(grid);
            t.setTickLabelColor(muted);
        }
        osteoclast.tile().setBarColor(palette.color("osteoclast"));
        osteoblast.tile().setBarColor(palette.color("osteoblast"));
        balance.tile().setBarColor(palette.color("accent"));
        fracture.tile().setBarColor(palette.color("warn"));
        bmd.tile().setBarColor(palette.color("accent"));
        bmd.tile().setSections(bmdSections());
    }

    public void dispose() { subscription.unsubscribe(); }
}
