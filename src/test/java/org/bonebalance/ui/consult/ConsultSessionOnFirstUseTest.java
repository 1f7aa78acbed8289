package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The consultation is made when first used, not at start-up (the first frame does not wait for it), and a copy
 * left by a crash survives a run in which the Consultation screen was never opened (nothing lost).
 */
@ExtendWith(ApplicationExtension.class)
class ConsultSessionOnFirstUseTest {
    private final Path copy = Autosave.home().resolve(Autosave.FILE_NAME);
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Autosave.inHome().save(Consultation.example()); // left behind by a crash
        this.stage = stage;
        window = BoneBalanceApp.build(AppOptions.none());
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.setOnCloseRequest(null); // the stage is shared by the tests of this run: a new app's stage has no handler
        ConsultFeatures.install(window.context(), () -> window, stage);
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        Files.deleteIfExists(copy);
    }

    @Test
    void startingAndClosingWithoutTheConsultationKeepsTheCrashCopy() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.context().model().existingConsultation().isEmpty(), "start-up makes no consultation");
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "nothing unsaved: the window closes without asking");
        assertTrue(Files.exists(copy), "the crash copy waits to be offered when the consultation is opened");
    }

    @Test
    void openingTheConsultationMakesItAndOffersTheCrashCopy() {
        WaitForAsyncUtils.asyncFx(() -> window.show("consult"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.context().model().existingConsultation().orElseThrow().pendingRestore().isPresent(),
                "the copy from last time is offered");
    }
}
