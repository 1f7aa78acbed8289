package org.bonebalance.ui.explorer;

import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.app.AppModel;

/**
 * The explorer's words while a past moment is on show, in the place of the presets (which would go on from
 * there too): which moment, the choice of levels Play goes on with (the one in force selected), and that
 * going on from there replaces what came after it. Calm: a plain note, not a warning.
 */
final class ScrubBanner extends VBox {
    ScrubBanner(ScrubViewModel vm) {
        getStyleClass().add("scrub-banner");
        setId("scrub-banner");
        Label viewing = new Label();
        viewing.setId("scrub-label");
        viewing.getStyleClass().add("scrub-label");
        viewing.textProperty().bind(vm.textProperty());
        Label note = new Label();
        note.setId("scrub-note");
        note.getStyleClass().add("scrub-note");
        note.setWrapText(true);
        note.setMinHeight(Label.USE_PREF_SIZE);
        note.textProperty().bind(vm.playNoteProperty());
        ToggleGroup group = new ToggleGroup();
        ToggleButton then = new ToggleButton(Messages.get("explorer.scrub.levels.then"));
        ToggleButton today = new ToggleButton(Messages.get("explorer.scrub.levels.today"));
        then.setId("scrub-then");
        today.setId("scrub-today");
        then.setUserData(AppModel.PlayLevels.THEN);
        today.setUserData(AppModel.PlayLevels.TODAY);
        then.setToggleGroup(group);
        today.setToggleGroup(group);
        Label with = new Label(Messages.get("explorer.scrub.levels"));
        with.getStyleClass().add("scrub-with");
        with.setMinWidth(Label.USE_PREF_SIZE);
        HBox choice = new HBox(6, with, then, today);
        choice.getStyleClass().add("scrub-choice");
        choice.setAccessibleText(Messages.get("explorer.scrub.levels"));
        vm.playLevelsProperty().subscribe(p -> {
            Toggle want = p == AppModel.PlayLevels.TODAY ? today : then;
            if (group.getSelectedToggle() != want) group.selectToggle(want);
        });
        // one of the two is always in force: a click on the selected one keeps it
        group.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                group.selectToggle(was);
                return;
            }
            vm.setPlayLevels((AppModel.PlayLevels) is.getUserData());
        });
        getChildren().addAll(viewing, note, choice);
    }
}
