package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.BoneBalanceApp;
import org.bonebalance.ui.MainWindow;
import org.bonebalance.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A window rebuilt (language change) keeps what the user chose, not what the command line asked at start. */
@ExtendWith(ApplicationExtension.class)
class RebuildCarryOverTest {
    private MainWindow first;

    @Start
    void start(Stage stage) {
        first = BoneBalanceApp.build(AppOptions.parse(new String[] {"--presenter"}));
        stage.setScene(new Scene(first.root(), 1280, 720));
        stage.show();
    }

    @Test
    void themeZoomAndPresenterModeAsTheUserLeftThem(FxRobot robot) {
        robot.interact(() -> {
            LearnFeatures.of(first).orElseThrow().presenter().set(false); // F5: presenter mode off
            first.context().themeProperty().set(Theme.DARK);
            first.context().zoomProperty().set(1.3);
        });
        MainWindow[] again = new MainWindow[1];
        robot.interact(() -> {
            again[0] = BoneBalanceApp.build(first.context().options()); // --presenter applies again here...
            LearnFeatures.carryOver(first, again[0]);
        });
        assertFalse(LearnFeatures.of(again[0]).orElseThrow().presenter().isOn(), "...but the user had switched it off");
        assertEquals(Theme.DARK, again[0].context().themeProperty().get());
        assertEquals(1.3, again[0].context().zoomProperty().get(), 1e-9);
        robot.interact(again[0]::dispose);
    }
}
