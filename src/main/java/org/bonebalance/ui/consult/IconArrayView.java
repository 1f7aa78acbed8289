package org.bonebalance.ui.consult;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.SVGPath;
import javafx.scene.layout.StackPane;

/**
 * 100 small people in a 10 × 10 grid, the first {@code marked} filled, the rest outlined: filled versus
 * outline, not colour, carries the meaning. The caption states the number in words.
 */
public final class IconArrayView extends VBox {
    /** A head and shoulders, 12 × 14 units. */
    private static final String BODY = "M1 14 C1 8 11 8 11 14 Z";

    public IconArrayView(String id, int marked, String caption) {
        super(6);
        setId(id);
        getStyleClass().add("consult-array");
        GridPane grid = new GridPane();
        grid.setHgap(5);
        grid.setVgap(5);
        for (int k = 0; k < 100; k++) {
            boolean on = k < marked;
            Circle head = new Circle(6, 3.5, 3);
            SVGPath body = new SVGPath();
            body.setContent(BODY);
            StackPane person = new StackPane();
            javafx.scene.Group g = new javafx.scene.Group(head, body);
            g.setScaleX(1.25);
            g.setScaleY(1.25);
            person.getChildren().add(g);
            person.getStyleClass().addAll("consult-person", on ? "consult-person-marked" : "consult-person-clear");
            grid.add(person, k % 10, k / 10);
        }
        Label text = new Label(caption);
        text.setWrapText(true);
        text.setMaxWidth(260);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("consult-array-caption");
        text.setId(id + "-caption");
        getChildren().addAll(grid, text);
        setUserData(marked);
    }
}
