package org.bonebalance.ui.consult;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.ConsultScreen;
import org.bonebalance.ui.MainWindow;

/**
 * Wires the consultation into the window: a Consultation menu, autosave every few seconds, and a question
 * before closing with unsaved changes. Called once from {@code BoneBalanceApp.start}.
 * <p>The autosave timer only writes a file; it never moves the model (STYLE.md: one clock for the model).
 */
public final class ConsultFeatures {
    public static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private ConsultFeatures() {}

    public static void install(MainWindow window, Stage stage) {
        ConsultScreen screen = null;
        for (var s : window.screens()) if (s instanceof ConsultScreen c) screen = c;
        if (screen == null) return;
        ConsultScreen cs = screen;
        ConsultViewModel vm = cs.viewModel();

        Menu menu = new Menu(Messages.get("consult.ui.menu"));
        menu.setId("menu-consult");
        menu.getItems().addAll(
                item("consult.ui.open", () -> { window.show("consult"); cs.open(); }),
                item("consult.ui.save", cs::save),
                item("consult.ui.saveAs", cs::saveAs),
                item("consult.ui.handout", cs::handout),
                item("consult.ui.print", cs::print));
        window.addMenu(menu);

        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.autosaveIfChanged()));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();

        stage.setOnCloseRequest(e -> {
            if (!vm.isDirty()) {
                vm.closedCleanly();
                return;
            }
            ButtonType save = new ButtonType(Messages.get("consult.ui.save"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Messages.get("consult.ui.dontSave"), ButtonBar.ButtonData.NO);
            ButtonType cancel = new ButtonType(Messages.get("consult.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("consult.ui.unsaved"), save, discard, cancel);
            a.initOwner(stage);
            a.setHeaderText(null);
            a.setTitle(Messages.get("consult.ui.menu"));
            ButtonType answer = a.showAndWait().orElse(cancel);
            if (answer == save && cs.save()) {
                vm.closedCleanly();
            } else if (answer == discard) {
                vm.closedCleanly();
            } else {
                e.consume();
                autosave.play();
            }
        });
    }

    private static MenuItem item(String key, Runnable r) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setOnAction(e -> r.run());
        return m;
    }
}
