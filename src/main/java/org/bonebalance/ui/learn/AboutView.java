package org.bonebalance.ui.learn;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;

/** "About this model", laid out like NetLogo's Info tab. */
public final class AboutView {
    private AboutView() {}

    public static Node build(ObservableValue<Depth> depth) {
        VBox box = new VBox(10);
        box.setId("about");
        Label h = new Label(Messages.get("content.about.title"));
        h.getStyleClass().add(Styles.HEADING);
        Label version = new Label(org.bonebalance.content.AppInfo.nameAndVersion());
        version.setId("about-version");
        box.getChildren().addAll(h, version);
        section(box, "content.about.what.heading", "content.about.what.text", depth);
        section(box, "content.about.how.heading", "content.about.how.text", depth);
        section(box, "content.about.notice.heading", "content.about.notice.text", depth);
        section(box, "content.about.try.heading", "content.about.try.text", depth);
        section(box, "content.about.leaves.heading", "content.about.leaves.text", depth);
        section(box, "content.about.sources.heading", "content.about.sources.text", depth);
        Label ah = new Label(Messages.get("content.about.advice.heading"));
        ah.getStyleClass().add(Styles.SUBHEADING);
        box.getChildren().addAll(ah, advice());
        return box;
    }

    /** The calm not-medical-advice statement, for anywhere patients look. */
    public static Node advice() {
        Label l = new Label(Messages.get("content.advice"));
        l.setWrapText(true);
        l.getStyleClass().add(Styles.ADVICE);
        l.setId("medical-advice");
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void section(VBox box, String headingKey, String textKey, ObservableValue<Depth> depth) {
        Label h = new Label(Messages.get(headingKey));
        h.getStyleClass().add(Styles.SUBHEADING);
        box.getChildren().addAll(h, TermMarker.flow(Messages.get(textKey), depth));
    }
}
