package org.bonebalance.ui.explorer;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.events.TileEvt;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;

/**
 * One gauge: a title in the app's font (readable from the back of a room), the TilesFX tile, and a line of
 * words saying what the reading means (so colour never carries the meaning alone). The node id
 * (e.g. #gauge-osteoclast) is on the card so lessons can highlight the whole thing.
 */
public final class GaugeCard extends VBox {
    private final Tile tile;
    private final StableLabel reading;
    private final DialSlot slot = new DialSlot();
    private Subscription attach;
    private boolean attachPending;
    private Subscription spokenSubscription;
    private String explanation = "";

    /**
     * Lines kept under every gauge for its words. Three, the same for every card: the switch's two readings
     * need them, and the row is as tall as its tallest card anyway, so the other cards' longer readings (a
     * fracture risk "from density", Spanish) get the room instead of an ellipsis, at no cost in height.
     */
    public static final int READING_LINES = 3;
    /** The most height a dial takes, px: beyond it, a tall window's extra room goes to the chart. */
    public static final double MAX_DIAL_HEIGHT = 170;

    public GaugeCard(String id, String title, Tile tile) {
        this(id, title, tile, READING_LINES);
    }

    /** @param readingLines lines kept for the words under the gauge (the card never grows or shrinks) */
    public GaugeCard(String id, String title, Tile tile, int readingLines) {
        this.tile = tile;
        this.reading = new StableLabel(readingLines, "gauge-reading");
        setId(id);
        getStyleClass().add("gauge-card");
        Label heading = new Label(title);
        heading.getStyleClass().add("gauge-title");
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        reading.setMaxWidth(Double.MAX_VALUE);
        tile.setMinSize(72, 72);
        tile.setPrefSize(120, 110);
        tile.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        tile.setFocusTraversable(false);
        VBox.setVgrow(slot, Priority.ALWAYS);
        getChildren().addAll(heading, slot, reading);
        setFocusTraversable(false);
        setAccessibleText(title);
        attachWhenShowing();
    }

    /**
     * Puts the tile in its place once the window shows. A TilesFX tile queues one redraw for every property
     * set before its window shows and replays them all when it does: about 25 to 70 full redraws per tile,
     * each of the BMD gauge's building three new tooltips, all inside {@code Stage.show()}. A tile that
     * first joins an already-showing window has nothing queued; its skin, made in the next CSS pass, draws
     * once (one redraw is asked for when the skin arrives). Same frame, same look, about a second sooner.
     */
    private void attachWhenShowing() {
        attach = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty)
                .subscribe(showing -> {
                    if (Boolean.TRUE.equals(showing) && !attachPending) {
                        attachPending = true;
                        // at the start of the next pulse, once the window has finished telling everyone it shows
                        Scene scene = getScene();
                        Runnable[] once = new Runnable[1];
                        once[0] = () -> {
                            scene.removePreLayoutPulseListener(once[0]);
                            attach.unsubscribe();
                            tile.skinProperty().subscribe(skin -> {
                                if (skin != null) tile.fireTileEvt(new TileEvt(tile, TileEvt.REDRAW));
                            });
                            slot.setDial(tile); // under the Why? button
                        };
                        scene.addPreLayoutPulseListener(once[0]);
                    }
                });
    }

    public Tile tile() { return tile; }

    /** The words under the gauge. */
    public Label reading() { return reading.label(); }

    /**
     * Sets the value rounded to {@code step} (the precision the tile shows), and only when that changed: a
     * tile redraws on every set, and a value drifting in the fourth decimal would repaint six tiles every
     * frame for nothing visible.
     */
    public void value(double v, double step) {
        double q = Math.round(v / step) * step;
        if (Double.compare(tile.getValue(), q) != 0) tile.setValue(q);
    }

    public void text(String s) {
        if (!s.equals(reading.getText())) {
            reading.setText(s);
            setAccessibleHelp(explanation.isEmpty() ? s : s + " " + explanation);
        }
    }

    public Node heading() { return getChildren().get(0); }

    /**
     * Gives the gauge its Why? affordance: a small button at the top of the dial ({@code corner}: where the drawing leaves room) (a focus stop: Enter presses
     * it), a click anywhere on the card, and the trace as one spoken sentence (the button's and the card's help
     * for screen readers).
     */
    public Button why(Runnable open, ObservableValue<String> spoken, Pos corner) {
        // a small "?" in the dial's corner: a word there would cover the reading in a longer language; the
        // tooltip and the spoken name say "Why?" in full
        Button b = new Button(Messages.get("explorer.why.button.corner"));
        b.getStyleClass().addAll("why-button", "why-corner");
        b.setId(getId() + "-why");
        String title = getAccessibleText();
        b.setAccessibleText(Messages.get("explorer.why.buttonFor", title));
        b.setTooltip(new Tooltip(Messages.get("explorer.why.hint")));
        b.setOnAction(e -> open.run());
        slot.setButton(b, corner);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) open.run();
        });
        spokenSubscription = spoken.subscribe(words -> {
            b.setAccessibleHelp(words);
            explanation = words;
            setAccessibleHelp(reading.getText() + " " + words);
        });
        return b;
    }

    /** The trace as one sentence, as screen readers get it (empty until {@link #why} is called). */
    public String explanation() { return explanation; }

    public void dispose() {
        if (spokenSubscription != null) spokenSubscription.unsubscribe();
    }

    /**
     * The dial's place: a fixed size for its row (as wide as the card, at most {@link #MAX_DIAL_HEIGHT} tall),
     * with the tile and its Why? button laid out by hand and unmanaged. A tile lays itself out again as its
     * value moves; managed, each of those asked the whole gauge grid for a new layout, and the grid measured
     * every card's wrapped words again, several times a second while playing (docs/performance.md). Now
     * such a relayout stays inside the tile, as {@link StableLabel} keeps a changing reading inside its box.
     */
    static final class DialSlot extends Region {
        private Node dial;
        private Button button;
        private Pos corner = Pos.TOP_RIGHT;

        DialSlot() {
            setMinSize(72, 72);
            setPrefSize(120, 110);
            setMaxHeight(MAX_DIAL_HEIGHT);
        }

        void setDial(Node n) {
            n.setManaged(false);
            dial = n;
            getChildren().add(0, n);
            requestLayout();
        }

        void setButton(Button b, Pos where) {
            b.setManaged(false);
            button = b;
            corner = where;
            getChildren().add(b);
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            double x = snappedLeftInset(), y = snappedTopInset();
            double w = getWidth() - x - snappedRightInset(), h = getHeight() - y - snappedBottomInset();
            if (dial != null) dial.resizeRelocate(x, y, w, h);
            if (button != null) {
                layoutInArea(button, x, y, w, h, 0, null, false, false, corner.getHpos(), corner.getVpos());
            }
        }
    }
}
