package org.bonebalance.ui.learn;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Depth;
import org.bonebalance.content.EvidenceCard;
import org.bonebalance.content.Library;
import org.bonebalance.content.Messages;
import org.controlsfx.control.PopOver;

/**
 * One evidence card: the claim, finding, size, study, a strength note (shown as ●●○ and words, never colour
 * alone) and the full citations. {@link #button} gives any screen a small "Evidence" button opening the card.
 */
public final class EvidenceCardView {
    private EvidenceCardView() {}

    public static Node card(EvidenceCard c, ObservableValue<Depth> depth) {
        VBox box = new VBox(6);
        box.getStyleClass().add(Styles.CARD);
        box.setId("evidence-" + c.id());
        Label claim = new Label(c.claim());
        claim.getStyleClass().add(Styles.SUBHEADING);
        claim.setWrapText(true);
        Label strength = new Label(dots(c) + "  " + c.strengthLabel());
        strength.getStyleClass().addAll(Styles.STRENGTH, "strength-" + c.strength().id());
        strength.setWrapText(true);
        box.getChildren().addAll(claim, strength,
                field("content.evidence.finding", c.finding(), depth),
                field("content.evidence.size", c.size(), depth),
                field("content.evidence.study", c.study(), depth));
        Label sources = new Label(Messages.get("content.evidence.sources"));
        sources.getStyleClass().add(Styles.MUTED);
        box.getChildren().add(sources);
        for (String id : c.referenceIds()) {
            Label ref = new Label("• " + Library.get().reference(id).orElseThrow().citation());
            ref.setWrapText(true);
            ref.getStyleClass().add("evidence-citation");
            box.getChildren().add(ref);
        }
        return box;
    }

    private static Node field(String labelKey, String text, ObservableValue<Depth> depth) {
        Label l = new Label(Messages.get(labelKey));
        l.getStyleClass().add("evidence-field");
        VBox v = new VBox(2, l, TermMarker.flow(text, depth));
        return v;
    }

    /** A small button that opens the card with this id in a PopOver. */
    public static Button button(String cardId, ObservableValue<Depth> depth) {
        EvidenceCard c = Library.get().card(cardId).orElseThrow(() -> new IllegalArgumentException("no evidence card " + cardId));
        Button b = new Button(Messages.get("content.evidence.open") + ": " + c.claim());
        b.setWrapText(true);
        b.getStyleClass().add("evidence-button");
        b.setId("evidence-open-" + cardId);
        b.setOnAction(e -> show(cardId, b, depth));
        return b;
    }

    /** Shows the card with this id in a PopOver beside {@code owner} (which must be in a scene). */
    public static void show(String cardId, Node owner, ObservableValue<Depth> depth) {
        EvidenceCard c = Library.get().card(cardId).orElseThrow(() -> new IllegalArgumentException("no evidence card " + cardId));
        VBox content = new VBox(card(c, depth));
        content.setMaxWidth(560);
        content.setPrefWidth(560);
        content.getStyleClass().addAll("root", Styles.TERM_POPOVER);
        content.getStylesheets().setAll(owner.getScene().getStylesheets());
        content.getStylesheets().add(Styles.stylesheet());
        PopOver p = new PopOver(content);
        p.setDetachable(false);
        p.setAnimated(false);
        p.setAutoHide(true);
        p.setArrowLocation(PopOver.ArrowLocation.RIGHT_TOP);
        p.show(owner);
    }

    /** The strength of a card as dots, never colour alone: "●●○". */
    public static String dots(EvidenceCard c) {
        return "●".repeat(c.strength().dots()) + "○".repeat(3 - c.strength().dots());
    }
}
