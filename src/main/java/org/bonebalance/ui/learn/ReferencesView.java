package org.bonebalance.ui.learn;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Library;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Reference;

/** Full citations of every reference, grouped by where they come from. */
public final class ReferencesView {
    private ReferencesView() {}

    public static Node build() {
        VBox box = new VBox(10);
        box.setId("references");
        Label h = new Label(Messages.get("content.references.heading"));
        h.getStyleClass().add(Styles.HEADING);
        Label intro = new Label(Messages.get("content.references.intro"));
        intro.setWrapText(true);
        box.getChildren().addAll(h, intro);
        group(box, "seed", "content.references.seed");
        group(box, "model", "content.references.model");
        return box;
    }

    private static void group(VBox box, String origin, String headingKey) {
        Label h = new Label(Messages.get(headingKey));
        h.getStyleClass().add(Styles.SUBHEADING);
        box.getChildren().add(h);
        for (Reference r : Library.get().references()) {
            if (!r.origin().equals(origin)) continue;
            VBox entry = new VBox(2);
            entry.setId("ref-" + r.id());
            entry.getStyleClass().add("reference-entry");
            Label c = new Label(r.citation());
            c.setWrapText(true);
            entry.getChildren().add(c);
            r.url().ifPresent(u -> {
                Label url = new Label(u);
                url.getStyleClass().add(Styles.MUTED);
                url.setWrapText(true);
                entry.getChildren().add(url);
            });
            r.noteKey().ifPresent(k -> {
                Label note = new Label(Messages.get(k));
                note.getStyleClass().add(Styles.MUTED);
                note.setWrapText(true);
                entry.getChildren().add(note);
            });
            box.getChildren().add(entry);
        }
    }
}
