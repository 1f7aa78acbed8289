package org.bonebalance.ui.learn;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.io.LessonFile;

/** The list of built-in lessons, and the teacher's own (open, save). */
final class LessonsView {
    private LessonsView() {}

    static Node build(LearnFeatures features) {
        VBox box = new VBox(12);
        box.setId("lessons");
        Label h = new Label(Messages.get("content.lessons.heading"));
        h.getStyleClass().add(Styles.HEADING);
        Label intro = new Label(Messages.get("content.lessons.intro"));
        intro.setWrapText(true);
        box.getChildren().addAll(h, AboutView.advice(), intro);
        for (Lesson l : LessonFile.builtIn()) {
            Label t = new Label(l.number() + ". " + l.title().text());
            t.getStyleClass().add(Styles.SUBHEADING);
            t.setWrapText(true);
            Label s = new Label(l.summary().text() + " · " + Messages.get("content.lessons.steps", l.steps().size()));
            s.setWrapText(true);
            s.getStyleClass().add(Styles.MUTED);
            VBox text = new VBox(4, t, s);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button start = new Button(Messages.get("content.lessons.start") + " ▶");
            start.setId("lesson-start-" + l.number());
            start.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            start.setOnAction(e -> features.startLesson(l, 0));
            HBox card = new HBox(12, text, start);
            card.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            card.getStyleClass().add(Styles.CARD);
            box.getChildren().add(card);
        }
        Label own = new Label(Messages.get("content.lessons.own"));
        own.getStyleClass().add(Styles.SUBHEADING);
        Label ownText = new Label(Messages.get("content.lessons.own.text"));
        ownText.setWrapText(true);
        Button open = new Button(Messages.get("content.menu.open"));
        open.setId("lesson-open");
        open.setOnAction(e -> features.chooseAndOpen());
        Button save = new Button(Messages.get("content.menu.save"));
        save.setId("lesson-save");
        save.setOnAction(e -> features.chooseAndSave());
        box.getChildren().addAll(own, ownText, new HBox(8, open, save));
        return box;
    }
}
