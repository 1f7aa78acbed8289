package org.bonebalance.ui.learn;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;

/** The one depth switch (toolbar, id {@code #depth}): sets the depth of every explanation in the app. */
public final class DepthSwitch {
    private DepthSwitch() {}

    public static Node create(ObjectProperty<Depth> depth) {
        ComboBox<Depth> box = new ComboBox<>();
        box.getItems().setAll(Depth.values());
        box.setId("depth");
        box.setConverter(new StringConverter<>() {
            @Override public String toString(Depth d) { return d == null ? "" : Messages.get(d.nameKey()); }

            @Override public Depth fromString(String s) { return null; }
        });
        box.valueProperty().bindBidirectional(depth);
        box.setTooltip(new Tooltip(Messages.get("content.depth.tooltip")));
        box.setAccessibleText(Messages.get("content.depth.tooltip"));
        Label label = new Label(Messages.get("content.depth.label"));
        label.setLabelFor(box);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox h = new HBox(14, label, box);
        h.getStyleClass().add("depth-switch");
        h.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return h;
    }
}
