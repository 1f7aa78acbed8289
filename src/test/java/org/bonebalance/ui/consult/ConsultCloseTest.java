package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window with unsaved changes asks first. */
@ExtendWith(ApplicationExtension.class)
class ConsultCloseTest {
    private Stage stage;
    private ConsultViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(Autosave.home().resolve(Autosave.FILE_NAME));
        this.stage = stage;
        window = BoneBalanceApp.build(AppOptions.none());
        for (var s : window.screens()) if (s instanceof ConsultScreen c) vm = c.viewModel();
        Scene scene = new Scene(window.root(), 1280, 720);
        scene.getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.setScene(scene);
        stage.setOnCloseRequest(null); // the stage is shared by the tests of this run: a new app's stage has no handler
        ConsultFeatures.install(window.context(), () -> window, stage);
        stage.show();
    }

    /** Asks the window to close, then clicks the named button of the question. */
    private void closeAndAnswer(FxRobot robot, String button) {
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        Button b = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(x -> button.equals(x.getText())).findFirst().orElseThrow();
        robot.clickOn(b);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aRebuiltWindowKeepsTheConsultationAndHasTheMenu(FxRobot robot) {
        robot.interact(() -> {
            MainWindow again = BoneBalanceApp.build(window.context());
            ConsultViewModel other = null;
            for (var s : again.screens()) if (s instanceof ConsultScreen c) other = c.viewModel();
            assertSame(vm.session(), other.session(), "e.g. after a language change the consultation in progress stays");
            assertTrue(again.menuBar().getMenus().stream().anyMatch(m -> "menu-consult".equals(m.getId())));
        });
    }

    @Test
    void unsavedChangesAskBeforeClosing(FxRobot robot) throws Exception {
        robot.interact(() -> vm.edit(c -> c.withRisks(15.0, null)));
        robot.interact(vm::autosaveIfChanged);
        Path copy = Autosave.home().resolve(Autosave.FILE_NAME);
        assertTrue(Files.exists(copy));

        closeAndAnswer(robot, "Cancel");
        assertTrue(stage.isShowing(), "Cancel keeps the window open");
        assertTrue(Files.exists(copy), "and keeps the safety copy");

        closeAndAnswer(robot, "Don\u2019t save");
        assertFalse(stage.isShowing(), "Don't save closes");
        assertFalse(Files.exists(copy), "a deliberate close forgets the safety copy");
    }
}
