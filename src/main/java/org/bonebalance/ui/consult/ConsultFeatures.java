package org.bonebalance.ui.consult;

import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.sim.consult.ConsultSession;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Shell;

/**
 * Wires the consultation into the app: {@link #addMenu} gives each window a Consultation menu (called from
 * {@code BoneBalanceApp.build}); {@link #install} is called once per stage from {@code BoneBalanceApp.start}:
 * autosave every few seconds and a question before closing with unsaved changes. The consultation itself is
 * the app model's ({@link org.bonebalance.sim.app.AppModel#consultation()}), made on first use.
 * <p>The autosave timer only writes a file; it never moves the model (STYLE.md: one clock for the model).
 */
public final class ConsultFeatures {
    public static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private ConsultFeatures() {}

    /** The window's view of the consultation: its consult screen's (built now if it was not yet). */
    public static ConsultViewModel viewModel(Shell window) {
        return ((ConsultScreen) window.screen("consult").orElseThrow()).viewModel();
    }

    /** The Consultation menu of one window. */
    public static void addMenu(Shell window) {
        java.util.function.Supplier<Window> owner = () -> window.root().getScene() == null ? null : window.root().getScene().getWindow();
        Menu menu = new Menu(Messages.get("consult.ui.menu"));
        menu.setId("menu-consult");
        menu.getItems().addAll(
                item("consult.ui.open", () -> { window.show("consult"); ConsultFiles.open(viewModel(window), owner.get()); }),
                item("consult.ui.save", () -> ConsultFiles.save(viewModel(window), owner.get())),
                item("consult.ui.saveAs", () -> ConsultFiles.saveAs(viewModel(window), owner.get())),
                item("consult.ui.handout", () -> ConsultFiles.handout(viewModel(window), owner.get())),
                item("consult.ui.print", () -> ConsultFiles.print(viewModel(window))));
        window.addMenu(menu);
    }

    /** Autosave and the close question for the stage; any close handler already set runs after ours. */
    public static void install(AppContext context, Supplier<Shell> current, Stage stage) {
        AppModel model = context.model();
        // the session is made when first used (AppModel.existingConsultation): until then nothing to save
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY,
                e -> model.existingConsultation().ifPresent(session -> autosave(session, current.get()))));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
        EventHandler<WindowEvent> before = stage.getOnCloseRequest();
        stage.setOnCloseRequest(e -> {
            ConsultSession session = model.existingConsultation().orElse(null);
            if (session == null || !session.isDirty() || askBeforeClosing(viewModel(current.get()), stage)) {
                if (session != null) Autosave.inHome().clear();
                if (before != null) before.handle(e);
            } else {
                e.consume();
            }
        });
    }

    /** Writes the copy; a problem is shown on the consultation screen (built now to say it). */
    private static void autosave(ConsultSession session, Shell window) {
        ConsultViewModel.autosaveCopy(session, Autosave.inHome())
                .ifPresent(problem -> viewModel(window).reject(problem));
    }

    /** Save / Don't save / Cancel; true when the window may close. */
    private static boolean askBeforeClosing(ConsultViewModel vm, Stage stage) {
        ButtonType save = new ButtonType(Messages.get("consult.ui.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("consult.ui.dontSave"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("consult.ui.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("consult.ui.unsaved"), save, discard, cancel);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.setTitle(Messages.get("consult.ui.menu"));
        ButtonType answer = a.showAndWait().orElse(cancel);
        if (answer == save) return ConsultFiles.save(vm, stage);
        return answer == discard;
    }

    private static MenuItem item(String key, Runnable r) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setOnAction(e -> r.run());
        return m;
    }
}
