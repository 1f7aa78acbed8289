package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.ui.AppOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellSmokeTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void windowShowsDisclaimer(FxRobot robot) {
        assertNotNull(robot.lookup(".disclaimer").query());
    }
}
