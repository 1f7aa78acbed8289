package org.bonebalance.ui.animation;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.bonebalance.content.Messages;

/** A legend that wraps across the width: each item a small copy of the shape beside its name. */
public final class Legend {
    private final FlowPane pane = new FlowPane(18, 4);

    public Legend() {
        pane.getStyleClass().add("animation-legend");
        Label title = new Label(Messages.get("animation.legend.title"));
        title.getStyleClass().add("animation-legend-title");
        pane.getChildren().add(title);
    }

    /** Adds an item: the icon is scaled into a 36×26 box. */
    public Legend row(Node icon, String text) {
        Group g = new Group(CellShapes.icon(icon));
        g.getStyleClass().add("legend-icon");
        double w = Math.max(1, icon.getBoundsInLocal().getWidth());
        double h = Math.max(1, icon.getBoundsInLocal().getHeight());
        double s = Math.min(1, Math.min(36 / w, 26 / h));
        g.setScaleX(s);
        g.setScaleY(s);
        StackPane box = new StackPane(new Group(g));
        box.setMinSize(38, 28);
        box.setPrefSize(38, 28);
        Label l = new Label(text);
        l.getStyleClass().add("animation-legend-text");
        HBox item = new HBox(6, box, l);
        item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pane.getChildren().add(item);
        return this;
    }

    public Legend rowKey(Node icon, String key) { return row(icon, Messages.get(key)); }

    public FlowPane root() { return pane; }
}
