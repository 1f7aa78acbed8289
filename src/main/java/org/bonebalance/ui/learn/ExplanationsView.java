package org.bonebalance.ui.learn;

import javafx.beans.property.ObjectProperty;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Explanations;
import org.bonebalance.content.Messages;

/** The science told at the chosen depth; rebuilt when the depth switch changes. */
public final class ExplanationsView {
    private final VBox root = new VBox(10);
    private final Subscription subscription;

    public ExplanationsView(ObjectProperty<Depth> depth) {
        root.setId("explanations");
        subscription = depth.subscribe(d -> {
            root.getChildren().clear();
            Label h = new Label(Messages.get("content.explain.heading"));
            h.getStyleClass().add(Styles.HEADING);
            Label intro = new Label(Messages.get("content.explain.intro") + " (" + Messages.get(d.nameKey()) + ")");
            intro.getStyleClass().add(Styles.MUTED);
            root.getChildren().addAll(h, intro);
            for (String topic : Explanations.TOPICS) {
                Label t = new Label(Explanations.title(topic));
                t.getStyleClass().add(Styles.SUBHEADING);
                var text = TermMarker.flow(Explanations.text(topic, d), depth);
                text.setId("explain-" + topic);
                javafx.scene.layout.FlowPane cards = new javafx.scene.layout.FlowPane(8, 6);
                cards.getStyleClass().add("explain-evidence");
                for (String id : Explanations.EVIDENCE.getOrDefault(topic, List.of())) {
                    cards.getChildren().add(EvidenceCardView.button(id, depth));
                }
                root.getChildren().addAll(t, text, cards);
            }
        });
    }

    public Node root() { return root; }

    public void dispose() { subscription.unsubscribe(); }
}
