package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.sim.Preset;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.GaugeReadings;
import org.bonebalance.ui.explorer.GaugesView;
import org.bonebalance.ui.explorer.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer in the smallest supported window (1280×720), in English and in the longer Spanish: every gauge
 * title and reading is shown whole (no "…"), for every preset and for the longest wording each reading can
 * take, and the bone-mass chart is inside the visible part of its column without scrolling.
 */
abstract class ExplorerSmallWindowTest {
    static final int WIDTH = 1280, HEIGHT = 720;

    /** Words a label shows, as drawn: its skin's text node (carries the "…" when the label is cut short). */
    static String shown(Labeled l) {
        StringBuilder b = new StringBuilder();
        for (Node n : l.lookupAll(".text")) {
            if (n instanceof Text t && owner(t) == l) b.append(t.getText());
        }
        return b.toString();
    }

    /** A control whose skin shows its text in a label of its own (a menu title): that label is checked. */
    private static boolean showsThroughInnerLabel(Labeled l) {
        return shown(l).isEmpty() && l.lookupAll("*").stream().anyMatch(n -> n != l && n instanceof Labeled);
    }

    /** The nearest labeled control a text node belongs to (a menu title's text sits a level down). */
    private static Labeled owner(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Labeled l) return l;
        }
        return null;
    }

    /** Labels among these nodes (and inside them) whose drawn text is not their whole text. */
    static List<String> cutShort(Iterable<? extends Node> roots) {
        List<String> cut = new ArrayList<>();
        for (Node root : roots) {
            for (Node n : root.lookupAll("*")) {
                if (n instanceof Labeled l && l.isVisible() && l.getScene() != null && l.getText() != null && !l.getText().isEmpty()
                        && !shown(l).equals(l.getText()) && !showsThroughInnerLabel(l)) {
                    cut.add("'" + l.getText().replace('\n', '/') + "' drawn as '" + shown(l).replace('\n', '/')
                            + "' in " + Math.round(l.getWidth()) + "×" + Math.round(l.getHeight()));
                }
            }
        }
        return cut;
    }

    /** The longest wording each reading can take: the readings at both ends of every gauge. */
    static List<GaugeReadings> extremes() {
        List<GaugeReadings> r = new ArrayList<>();
        for (BmdScale.Band band : BmdScale.Band.values()) {
            r.add(new GaugeReadings(9.99, 0.01, 9.9, true, 80.0, 0.55, -4.5, band, 12.0));
            r.add(new GaugeReadings(0.01, 9.99, 0.1, false, 120.0, 1.2, -1.5, band, 0.05));
            r.add(new GaugeReadings(1, 1, 1, false, 100.0, 1.0, 0.0, band, 1.0));
        }
        return r;
    }


    MainWindow window;

    abstract String lang();

    void open(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[] {"--lang", lang()}));
        stage.setScene(new Scene(window.root(), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    List<GaugeCard> cards(FxRobot robot) {
        return List.of("osteoclast", "osteoblast", "switch", "balance", "bmd", "fracture").stream()
                .map(id -> (GaugeCard) window.root().lookup("#gauge-" + id)).toList();
    }

    @Test
    void everyPresetShowsGaugeTitlesAndReadingsWhole(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        for (Preset p : Preset.values()) {
            robot.interact(() -> {
                ((ToggleButton) window.root().lookup("#preset-" + p.id())).fire();
                // the sliders glide to the preset, then ten simulated years pass (bands and risk move on)
                for (int i = 0; i < 120; i++) window.context().advance(1 / 60.0);
                window.context().simulation().advanceDays(3650);
                window.context().stepOnce();
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (String c : cutShort(cards(robot))) cut.add(p.id() + ": " + c);
        }
        assertTrue(cut.isEmpty(), lang() + " at " + WIDTH + "×" + HEIGHT + ": " + String.join("\n", cut));
    }

    /**
     * Every word of the window: menus' titles, toolbar, tabs, presets (the chosen one in bold), the ranges
     * box, sliders, gauges, chart; at the start and with each preset chosen.
     */
    @Test
    void nothingInTheWindowIsCutShort(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>(cutShort(List.of(window.root())));
        for (Preset p : Preset.values()) {
            robot.interact(() -> ((ToggleButton) window.root().lookup("#preset-" + p.id())).fire());
            WaitForAsyncUtils.waitForFxEvents();
            for (String c : cutShort(List.of(window.root()))) cut.add(p.id() + ": " + c);
        }
        assertTrue(cut.isEmpty(), lang() + ": " + String.join("\n", cut));
    }

    /** At most two lines for each gauge's title: a third would push the chart out of the window. */
    @Test
    void gaugeTitlesTakeAtMostTwoLines(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> tall = new ArrayList<>();
        for (GaugeCard c : cards(robot)) {
            Labeled title = (Labeled) c.heading();
            double lines = title.getHeight() / (title.getFont().getSize() * 1.17);
            if (lines > 2.5) tall.add("'" + title.getText() + "' " + Math.round(title.getWidth()) + "×" + Math.round(title.getHeight()));
        }
        assertTrue(tall.isEmpty(), lang() + ": " + tall);
    }

    /** The numbers at the ends of each dial (TilesFX draws them at 7 % of the tile: 5 px here). */
    @Test
    void dialEndNumbersAreReadable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        int seen = 0;
        for (GaugeCard c : cards(robot)) {
            if (c.getId().equals("gauge-switch")) continue; // the seesaw has no dial
            for (Node n : c.tile().lookupAll("Text")) {
                if (n instanceof Text t && t.isVisible() && t.getParent() != null
                        && !(t.getParent() instanceof javafx.scene.text.TextFlow) && !t.getText().isBlank()
                        && Character.isDigit(t.getText().charAt(0))) {
                    seen++;
                    if (t.getFont().getSize() < org.bonebalance.ui.explorer.ReadableGaugeSkin.MIN_TICK_PX - 0.01)
                        small.add(c.getId() + " '" + t.getText() + "' " + t.getFont().getSize() + " px");
                }
            }
        }
        assertTrue(seen >= 10, "found " + seen + " dial numbers");
        assertTrue(small.isEmpty(), lang() + ": " + small);
    }

    @Test
    void theLongestReadingsFitTheirCards(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<GaugeCard> c = cards(robot);
        List<String> cut = new ArrayList<>();
        for (GaugeReadings g : extremes()) {
            // through the view's own path, so the switch's "on" state (bold words) applies too
            robot.interact(() -> ((GaugesView) window.root().lookup(".gauges")).show(g));
            WaitForAsyncUtils.waitForFxEvents();
            cut.addAll(cutShort(c));
        }
        assertTrue(cut.isEmpty(), lang() + ": " + String.join("\n", cut));
    }

    /** Each preset changes the description above and the status line over the chart: the chart stays in view. */
    @Test
    void theChartIsWhollyVisibleWithoutScrollingForEveryPreset(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        chartInView(robot, "start");
        for (Preset p : Preset.values()) {
            robot.interact(() -> {
                ((ToggleButton) window.root().lookup("#preset-" + p.id())).fire();
                for (int i = 0; i < 120; i++) window.context().advance(1 / 60.0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            chartInView(robot, p.id());
        }
    }

    private void chartInView(FxRobot robot, String when) {
        TimelineView timeline = (TimelineView) window.root().lookup("#timeline");
        assertTrue(timeline.getHeight() >= ExplorerScreen.TIMELINE_MIN_HEIGHT - 0.5, "chart height " + timeline.getHeight());
        Node n = timeline.getParent();
        while (!(n instanceof ScrollPane)) n = n.getParent();
        ScrollPane scroll = (ScrollPane) n;
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds chart = timeline.localToScene(timeline.getLayoutBounds());
        Bounds card = timeline.getParent().localToScene(timeline.getParent().getLayoutBounds());
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        assertTrue(contentHeight <= scroll.getViewportBounds().getHeight() + 0.5,
                lang() + ", " + when + ": the column needs " + contentHeight + " px but shows " + scroll.getViewportBounds().getHeight()
                    + "; parts: " + ((javafx.scene.Parent) scroll.getContent()).getChildrenUnmodifiable().stream()
                            .map(c -> c.getStyleClass() + "=" + Math.round(c.getLayoutBounds().getHeight())).toList()
                    + ", gauge parts: " + cards(robot).get(3).getChildren().stream()
                            .map(c -> c.getClass().getSimpleName() + "=" + Math.round(c.getLayoutBounds().getHeight())).toList());
        assertTrue(card.getMinY() >= view.getMinY() - 0.5 && card.getMaxY() <= view.getMaxY() + 0.5
                && chart.getMaxY() <= view.getMaxY() + 0.5,
                lang() + ", " + when + ": chart card " + card + " outside the visible " + view);
        List<String> cut = cutShort(List.of(timeline.getParent()));
        assertTrue(cut.isEmpty(), lang() + ": " + cut);
    }
}
