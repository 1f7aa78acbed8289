package org.bonebalance.ui.explorer;

import eu.hansolo.tilesfx.Section;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import java.util.List;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.ui.ThemePalette;

/**
 * The six live gauges, TilesFX tiles built with {@code animated(false)}: the simulation is the animation,
 * so each frame's value is shown as it is, and tests stay deterministic. Colours come from the theme's
 * looked-up colours through {@link ThemePalette}; every reading also has words.
 */
public final class GaugesView extends HBox {
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
                gauge(0, CELL_MAX_REL, 2, "×", 1, "osteoclast", null));
        osteoblast = new GaugeCard("gauge-osteoblast", Messages.get("explorer.gauge.osteoblast"),
                gauge(0, CELL_MAX_REL, 2, "×", 1, "osteoblast", null));
        Tile sw = colored(TileBuilder.create().skinType(SkinType.CUSTOM).animated(false).roundedCorners(false)
                .graphic(seesaw).title("").text("")).build();
        switchCard = new GaugeCard("gauge-switch", Messages.get("explorer.gauge.switch"), sw);
        balance = new GaugeCard("gauge-balance", Messages.get("explorer.gauge.balance"),
                gauge(BALANCE_MIN_PCT, BALANCE_MAX_PCT, 1, "%", 100, "accent", null));
        Tile bmdTile = gauge(BMD_MIN, BMD_MAX, 3, "", BmdScale.bmdForTScore(-1), "accent", bmdSections()); // unit in the title
        bmd = new GaugeCard("gauge-bmd", Messages.get("explorer.gauge.bmd"), bmdTile);
        fracture = new GaugeCard("gauge-fracture", Messages.get("explorer.gauge.fracture"),
                gauge(0, RISK_MAX, 2, "×", 1, "warn", null));
        for (GaugeCard c : cards()) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefWidth(150);
            c.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(cards());
        subscription = vm.readingsProperty().subscribe(this::show);
    }

    private Tile gauge(double min, double max, int decimals, String unit, double threshold, String bar,
                       List<Section> sections) {
        TileBuilder<?> b = TileBuilder.create().skinType(SkinType.GAUGE).animated(false).roundedCorners(false)
                .minValue(min).maxValue(max).value(min).threshold(threshold).thresholdVisible(false)
                .decimals(decimals).tickLabelDecimals(decimals > 2 ? 1 : 0).unit(unit).title("").text("")
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
