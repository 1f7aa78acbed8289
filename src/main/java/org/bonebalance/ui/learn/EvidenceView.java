package org.bonebalance.ui.learn;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Depth;
import org.bonebalance.content.EvidenceCard;
import org.bonebalance.content.Library;
import org.bonebalance.content.Messages;

/** Every evidence card, one under another. */
public final class EvidenceView {
    private EvidenceView() {}

    public static Node build(ObservableValue<Depth> depth) {
        VBox box = new VBox(14);
        box.setId("evidence");
        Label h = new Label(Messages.get("content.evidence.heading"));
        h.getStyleClass().add(Styles.HEADING);
        Label intro = new Label(Messages.get("content.evidence.intro"));
        intro.setWrapText(true);
        box.getChildren().addAll(h, intro);
        for (EvidenceCard c : Library.get().cards()) box.getChildren().add(EvidenceCardView.card(c, depth));
        return box;
    }
}
