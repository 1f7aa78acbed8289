package org.bonebalance.ui.learn;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Glossary;
import org.bonebalance.content.Messages;
import org.controlsfx.control.PopOver;

/** Shows a glossary definition in a ControlsFX PopOver while a term link is hovered or focused. */
final class TermPopover {
    private TermPopover() {}

    static void install(javafx.scene.control.ButtonBase owner, String termId, ObservableValue<Depth> depth) {
        PopOver[] holder = new PopOver[1];
        Runnable show = () -> {
            if (owner.getScene() == null || owner.getScene().getWindow() == null) return;
            if (holder[0] == null) holder[0] = create(owner);
            PopOver p = holder[0];
            VBox box = (VBox) p.getContentNode();
            Depth d = depth.getValue();
            ((Label) box.getChildren().get(0)).setText(Glossary.name(termId));
            ((Label) box.getChildren().get(1)).setText(Glossary.definition(termId, d));
            ((Label) box.getChildren().get(2)).setText(Messages.get("content.glossary.atdepth", Messages.get(d.nameKey())));
            box.getStylesheets().setAll(owner.getScene().getStylesheets());
            box.getStylesheets().add(Styles.stylesheet());
            if (!p.isShowing()) p.show(owner);
        };
        Runnable hide = () -> {
            if (holder[0] != null && holder[0].isShowing() && !owner.isFocused() && !owner.isHover()) holder[0].hide(javafx.util.Duration.ZERO);
        };
        owner.hoverProperty().addListener((o, was, is) -> { if (is) show.run(); else hide.run(); });
        owner.focusedProperty().addListener((o, was, is) -> { if (is) show.run(); else hide.run(); });
        owner.setOnAction(e -> show.run());
    }

    private static PopOver create(Labeled owner) {
        Label title = new Label();
        title.getStyleClass().add(Styles.SUBHEADING);
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxWidth(420);
        text.getStyleClass().add(Styles.BODY);
        Label depth = new Label();
        depth.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(6, title, text, depth);
        box.getStyleClass().addAll("root", Styles.TERM_POPOVER);
        box.setId("term-popover");
        PopOver p = new PopOver(box);
        p.setDetachable(false);
        p.setAnimated(false);
        p.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        p.setAutoHide(true);
        return p;
    }
}
