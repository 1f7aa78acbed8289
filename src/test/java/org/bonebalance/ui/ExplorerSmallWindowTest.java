package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.GaugeReadings;
import org.bonebalance.ui.explorer.GaugesView;
import org.bonebalance.ui.explorer.TimelineView;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The explorer in the smallest supported window (1280×720), in English and in the longer Spanish: every gauge
 * title and reading is shown whole (no "…"), for every preset and for the longest wording each reading can
 * take, and the bone-mass chart is inside the visible part of its column without scrolling. Subclasses also
 * run it with a big font in a small window (the projector theme at 1280×800, the light theme zoomed to a
 * 20-px font), where the chart may be scrolled to but nothing may be cut, overlap or break mid-word.
 */
abstract class ExplorerSmallWindowTest {
    static final int WIDTH = 1280, HEIGHT = 720;

    int width() { return WIDTH; }

    int height() { return HEIGHT; }

    /** Options besides the language (a theme). */
    String[] options() { return new String[0]; }

    /** Zoom applied once the window shows (1: none). */
    double zoom() { return 1; }

    /** Whether the chart must be in view without scrolling (true at 15 px; a 20-px font in 800 px may scroll). */
    boolean chartFitsWithoutScrolling() { return true; }

    /**
     * The least size of each dial's value, px, in this window (0: no demand). Where a window has height to
     * spare, the dials get their share before the chart: their value is what a class reads from the back.
     */
    double leastDialValuePx() { return 0; }

    String where() { return lang() + " " + String.join(" ", options()) + (zoom() != 1 ? " zoom " + zoom() : "")
            + " at " + width() + "×" + height(); }

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

    /** Whether this node is drawn: it and every node around it visible (a closed panel's labels are not seen). */
    static boolean drawn(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    /** Labels among these nodes (and inside them) whose drawn text is not their whole text. */
    static List<String> cutShort(Iterable<? extends Node> roots) {
        List<String> cut = new ArrayList<>();
        for (Node root : roots) {
            for (Node n : root.lookupAll("*")) {
                if (n instanceof Labeled l && drawn(l) && l.getScene() != null && l.getText() != null && !l.getText().isEmpty()
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
        List<String> args = new ArrayList<>(List.of("--lang", lang()));
        args.addAll(List.of(options()));
        window = BoneBalanceApp.build(AppOptions.parse(args.toArray(String[]::new)));
        if (zoom() != 1) window.context().zoomProperty().set(zoom());
        stage.setScene(new Scene(window.root(), width(), height()));
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
        assertTrue(cut.isEmpty(), where() + ": " + String.join("\n", cut));
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
        assertTrue(cut.isEmpty(), where() + ": " + String.join("\n", cut));
    }

    /**
     * The Why? panel opened on each gauge and on the timeline, in this window: its headings, sentences and
     * Close button are drawn whole (the closed panel is not laid out, so this is where its words are checked).
     */
    @Test
    void theWhyPanelIsDrawnWholeOnEveryReading(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        int opened = 0;
        for (String id : List.of("gauge-osteoclast-why", "gauge-osteoblast-why", "gauge-switch-why", "gauge-balance-why",
                "gauge-bmd-why", "gauge-fracture-why", "timeline-why")) {
            javafx.scene.control.Button b = (javafx.scene.control.Button) window.root().lookup("#" + id);
            robot.interact(b::fire);
            WaitForAsyncUtils.waitForFxEvents();
            Node panel = window.root().lookup(".why-overlay");
            if (panel != null && drawn(panel)) opened++;
            for (String c : cutShort(List.of(panel))) cut.add(id + ": " + c);
        }
        assertEquals(7, opened, "the panel opened on every Why? button");
        assertTrue(cut.isEmpty(), where() + ": " + String.join("\n", cut));
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
        assertTrue(tall.isEmpty(), where() + ": " + tall);
    }

    /** The numbers at the ends of each dial (TilesFX draws them at 7 % of the tile: 5 px here). */
    @Test
    void dialEndNumbersAreReadable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        int seen = 0;
        for (DialText d : dialTexts(robot)) {
            Text t = d.text();
            if (t.isVisible() && t.getParent() != null && !(t.getParent() instanceof javafx.scene.text.TextFlow)
                    && Character.isDigit(t.getText().charAt(0))) {
                seen++;
                if (d.small()) small.add(d.toString());
            }
        }
        assertTrue(seen >= 10, "found " + seen + " dial numbers");
        assertTrue(small.isEmpty(), lang() + ": " + small);
    }

    /** No word or sign in a dial is a speck: TilesFX draws a tile's unit ("×", "%") at 5 px here. */
    @Test
    void everyTextInTheDialsIsReadable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> small = new ArrayList<>();
        for (DialText d : dialTexts(robot)) if (d.small() && visibleUpTo(d.text(), d.card().tile())) small.add(d.toString());
        assertTrue(small.isEmpty(), lang() + ": " + small);
    }

    /** Each dial's value (its biggest number) is at least {@link #leastDialValuePx()} tall. */
    @Test
    void dialValuesAreAsBigAsTheWindowAllows(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> value = new TreeMap<>();
        for (DialText d : dialTexts(robot)) {
            if (visibleUpTo(d.text(), d.card().tile()) && Character.isDigit(d.text().getText().charAt(0))) {
                value.merge(d.card().getId(), d.text().getFont().getSize(), Math::max);
            }
        }
        assertEquals(5, value.size(), "dials with a number: " + value);
        List<String> small = value.entrySet().stream().filter(e -> e.getValue() < leastDialValuePx())
                .map(e -> e.getKey() + " " + Math.round(e.getValue() * 10) / 10.0 + " px").toList();
        assertTrue(small.isEmpty(), where() + ": dial values under " + leastDialValuePx() + " px: " + small);
    }

    /** A non-blank text drawn in a dial (the seesaw card has no dial), with the card it is in. */
    private record DialText(GaugeCard card, Text text) {
        boolean small() {
            return text.getFont().getSize() < org.bonebalance.ui.explorer.ReadableGaugeSkin.MIN_TICK_PX - 0.01;
        }

        @Override
        public String toString() {
            return card.getId() + " '" + text.getText() + "' " + text.getFont().getSize() + " px";
        }
    }

    private List<DialText> dialTexts(FxRobot robot) {
        List<DialText> out = new ArrayList<>();
        for (GaugeCard c : cards(robot)) {
            if (c.getId().equals("gauge-switch")) continue;
            for (Node n : c.tile().lookupAll("Text")) if (n instanceof Text t && !t.getText().isBlank()) out.add(new DialText(c, t));
        }
        return out;
    }

    private static boolean visibleUpTo(Node n, Node top) {
        for (Node p = n; p != null && p != top; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
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
        assertTrue(cut.isEmpty(), where() + ": " + String.join("\n", cut));
    }

    /**
     * Each preset changes the description above and the status line over the chart: the chart stays in view,
     * without scrolling at the base font, and scrolled to the column's end with a big font.
     */
    @Test
    void theChartIsInViewForEveryPreset(FxRobot robot) {
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

    /**
     * With a big font the centre column may scroll: scrolled to its end, the chart shows (all of it when the
     * view is as tall as the chart card), at least at its least height.
     */
    @Test
    void theChartCanBeScrolledIntoView(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        chartScrolledIntoView(robot, "start");
    }

    private void chartScrolledIntoView(FxRobot robot, String when) {
        TimelineView timeline = (TimelineView) window.root().lookup("#timeline");
        Node n = timeline.getParent();
        while (!(n instanceof ScrollPane)) n = n.getParent();
        ScrollPane scroll = (ScrollPane) n;
        robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewport = scroll.lookup(".viewport");
        Bounds view = viewport.localToScene(viewport.getLayoutBounds());
        Bounds card = timeline.getParent().localToScene(timeline.getParent().getLayoutBounds());
        assertTrue(timeline.getHeight() >= ExplorerScreen.TIMELINE_MIN_HEIGHT - 0.5, where() + ", " + when + ": chart height " + timeline.getHeight());
        // its bottom (the age axis) in view, and its top too unless the card is taller than the view itself
        assertTrue(card.getMaxY() <= view.getMaxY() + 0.5 && card.getMaxY() > view.getMinY()
                && (card.getMinY() >= view.getMinY() - 0.5 || card.getHeight() > view.getHeight()),
                where() + ", " + when + ": scrolled to the end, chart card " + card + " outside the visible " + view);
        robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chartInView(FxRobot robot, String when) {
        if (!chartFitsWithoutScrolling()) {
            chartScrolledIntoView(robot, when);
            return;
        }
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

    /** Words each drawn line of a wrapped label can hold: a word wider than the label is broken mid-word. */
    static List<String> brokenMidWord(Iterable<? extends Labeled> labels) {
        List<String> broken = new ArrayList<>();
        for (Labeled l : labels) {
            if (!l.isVisible() || l.getText() == null) continue;
            double room = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
            for (String word : l.getText().split("\\s+")) {
                Text t = new Text(word);
                t.setFont(l.getFont());
                double w = t.getLayoutBounds().getWidth();
                if (w > room + 0.5) broken.add("'" + word + "' (" + Math.round(w) + " px) in '" + l.getText().replace('\n', '/')
                        + "' " + Math.round(room) + " px wide");
            }
        }
        return broken;
    }

    /** Whether two boxes share more than {@code slack} px each way. */
    static boolean overlap(Bounds a, Bounds b, double slack) {
        return a.getMaxX() - slack > b.getMinX() && b.getMaxX() - slack > a.getMinX()
                && a.getMaxY() - slack > b.getMinY() && b.getMaxY() - slack > a.getMinY();
    }

    /** Gauge titles and the words under them break between words, never inside one. */
    @Test
    void gaugeWordsAreNotBrokenMidWord(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> labels = new ArrayList<>();
        for (GaugeCard c : cards(robot)) {
            labels.add((Labeled) c.heading());
            labels.add(c.reading());
        }
        List<String> broken = new ArrayList<>(brokenMidWord(labels));
        for (GaugeReadings g : extremes()) {
            robot.interact(() -> ((GaugesView) window.root().lookup(".gauges")).show(g));
            WaitForAsyncUtils.waitForFxEvents();
            broken.addAll(brokenMidWord(cards(robot).stream().map(GaugeCard::reading).toList()));
        }
        assertTrue(broken.isEmpty(), where() + ": " + String.join("\n", broken));
    }

    /** The seesaw's two names, as drawn (after the beam's tilt), do not touch, at rest and tipped either way. */
    @Test
    void theSeesawsNamesDoNotOverlap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> overlaps = new ArrayList<>();
        for (double ratio : new double[] {1.0, 9.9, 0.1}) {
            robot.interact(() -> ((org.bonebalance.ui.explorer.Seesaw) window.root().lookup(".seesaw")).setRatio(ratio));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> names = new ArrayList<>(window.root().lookup(".seesaw").lookupAll(".seesaw-label"));
            assertTrue(names.size() == 2, "two names, found " + names.size());
            Bounds a = names.get(0).localToScene(names.get(0).getBoundsInLocal());
            Bounds b = names.get(1).localToScene(names.get(1).getBoundsInLocal());
            if (overlap(a, b, 1))
                overlaps.add("ratio " + ratio + ": " + a + " and " + b);
        }
        assertTrue(overlaps.isEmpty(), where() + ": " + String.join("\n", overlaps));
    }

    /** The switch card's "?" touches neither shape, the beam nor a name, at rest and tipped either way. */
    @Test
    void theSwitchsQuestionMarkIsClearOfTheSeesaw(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node button = window.root().lookup("#gauge-switch-why");
        assertTrue(button != null && button.isVisible(), "the switch card has its ?");
        Node seesaw = window.root().lookup(".seesaw");
        List<String> hits = new ArrayList<>();
        for (double ratio : new double[] {1.0, 9.9, 0.1}) {
            robot.interact(() -> ((org.bonebalance.ui.explorer.Seesaw) seesaw).setRatio(ratio));
            WaitForAsyncUtils.waitForFxEvents();
            Bounds q = button.localToScene(button.getBoundsInLocal());
            int parts = 0;
            for (String part : List.of(".seesaw-rankl", ".seesaw-opg", ".seesaw-beam", ".seesaw-label", ".seesaw-fulcrum")) {
                for (Node n : seesaw.lookupAll(part)) {
                    parts++;
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    if (overlap(q, b, 0.5)) hits.add("ratio " + ratio + ": " + part + " " + b + " under the ? " + q);
                }
            }
            assertEquals(6, parts, "both shapes, the beam, two names and the fulcrum");
        }
        assertTrue(hits.isEmpty(), where() + ": " + String.join("\n", hits));
    }

    /** Rows the toolbar may take: one at the base font (a second would take the chart's height at 1280×720). */
    int toolbarRows() { return 1; }

    /**
     * The toolbar keeps to its rows, paused and playing (its clock's text is then longest): one at the base font;
     * with a big font items wrap, but to no more rows than the layout allows.
     */
    @Test
    void theToolbarKeepsToItsRows(FxRobot robot) {
        for (boolean playing : new boolean[] {false, true}) {
            robot.interact(() -> {
                if (window.context().isPlaying() != playing) window.context().togglePlaying();
                window.context().advanceDays(4 * 365 + 200); // "4 years, 6 months · age 54": a longer clock
                for (int i = 0; i < 30; i++) window.context().advance(1 / 60.0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<Double> tops = new ArrayList<>();
            double tallest = 0;
            for (Node n : toolbarItems()) {
                Bounds b = n.localToScene(n.getBoundsInLocal());
                tops.add(b.getMinY());
                tallest = Math.max(tallest, b.getHeight());
            }
            tops.sort(null);
            int rows = 1;
            for (int i = 1; i < tops.size(); i++) if (tops.get(i) - tops.get(i - 1) > Math.max(20, tallest / 2)) rows++;
            assertTrue(rows <= toolbarRows(), where() + (playing ? " playing" : " paused") + ": the toolbar takes " + rows
                    + " rows, at most " + toolbarRows() + " allowed; item tops " + tops);
        }
    }

    /** The toolbar's items as they flow: a group's items (the time controls) one by one. */
    private List<Node> toolbarItems() {
        List<Node> items = new ArrayList<>();
        for (Node n : window.toolbar().getChildrenUnmodifiable()) {
            if (n instanceof javafx.scene.Parent p && !(n instanceof javafx.scene.control.Control)) items.addAll(p.getChildrenUnmodifiable());
            else items.add(n);
        }
        return items;
    }

    /** Every item of the toolbar lies inside the window and clear of the others (they wrap rather than overlap). */
    @Test
    void toolbarItemsDoNotOverlap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> items = toolbarItems();
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Bounds a = items.get(i).localToScene(items.get(i).getBoundsInLocal());
            if (a.getMaxX() > width() + 0.5) bad.add(items.get(i) + " ends at " + a.getMaxX());
            for (int j = i + 1; j < items.size(); j++) {
                Bounds b = items.get(j).localToScene(items.get(j).getBoundsInLocal());
                if (overlap(a, b, 0.5))
                    bad.add(items.get(i).getClass().getSimpleName() + " " + a + " over " + items.get(j).getClass().getSimpleName() + " " + b);
            }
        }
        assertTrue(bad.isEmpty(), where() + ": " + String.join("\n", bad));
    }

    /** The gauges' dials and numbers can be seen: each card has its least height and lies within the column. */
    @Test
    void everyGaugeHasItsRoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> bad = new ArrayList<>();
        for (GaugeCard c : cards(robot)) {
            if (c.getHeight() < c.minHeight(c.getWidth()) - 0.5) bad.add(c.getId() + " " + c.getWidth() + "×" + c.getHeight()
                    + " below its least height " + c.minHeight(c.getWidth()));
            if (c.getWidth() < 60) bad.add(c.getId() + " only " + c.getWidth() + " px wide");
        }
        assertTrue(bad.isEmpty(), where() + ": " + String.join("\n", bad));
    }
}
