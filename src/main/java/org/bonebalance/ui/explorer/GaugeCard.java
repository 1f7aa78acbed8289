package org.bonebalance.ui.explorer;

import eu.hansolo.tilesfx.Tile;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One gauge: a title in the app's font (readable from the back of a room), the TilesFX tile, and a line of
 * words saying what the reading means (so colour never carries the meaning alone). The node id
 * (e.g. #gauge-osteoclast) is on the card so lessons can highlight the whole thing.
 */
public final class GaugeCard extends VBox {
    private final Tile tile;
    private final StableLabel reading;

    public GaugeCard(String id, String title, Tile tile) {
        this(id, title, tile, 2);
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
        VBox.setVgrow(tile, Priority.ALWAYS);
        getChildren().addAll(heading, tile, reading);
        setFocusTraversable(false);
        setAccessibleText(title);
    }

    public Tile tile() { return tile; }

    /** The words under the gauge. */
    public Label reading() { return reading.label(); }

    /**
     * Sets the value rounded to {@code step}, and only when that changed: a tile redraws on every set, and
     * a value drifting in the fourth decimal would repaint six tiles every frame for nothing visible.
     */
    public void value(double v, double step) {
        double q = Math.round(v / step) * step;
        if (Double.compare(tile.getValue(), q) != 0) tile.setValue(q);
    }

    public void text(String s) {
        if (!s.equals(reading.getText())) {
            reading.setText(s);
            setAccessibleHelp(s);
        }
    }

    public Node heading() { return getChildren().get(0); }
}
