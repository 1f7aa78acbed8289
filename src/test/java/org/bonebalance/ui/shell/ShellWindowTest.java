package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell: screens by Ctrl+1..5, zoom by Ctrl +/-/0, themes, snapshot, command-line state. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[] {
                "--preset", "surgical", "--t", "40", "--speed", "5y", "--theme", "dark"}));
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void commandLineOptionsOpenTheWindowInThatState() {
        AppContext c = window.context();
        assertEquals(5, c.levels().estradiolPgPerMl(), 1e-9);
        assertEquals(40, c.levels().testosteroneNgPerDl(), 1e-9);
        assertEquals(Speed.FIVE_YEARS, c.speed());
        assertEquals(Theme.DARK, c.themeProperty().get());
        assertTrue(window.root().getScene().getStylesheets().get(0).endsWith("theme-dark.css"));
        assertTrue(window.root().getScene().getStylesheets().contains(ExplorerScreen.CSS));
    }

    @Test
    void ctrlDigitsSelectScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("cycle", window.currentScreenId());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        assertEquals("consult", window.currentScreenId());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertEquals("explorer", window.currentScreenId());
        var current = window.currentScreenProperty();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertEquals("switch", current.get());
    }

    @Test
    void zoomScalesTheRootFont(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 16.5px;", window.root().getStyle());
        double status = robot.lookup("#status-line").queryLabeled().getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 13.5px;", window.root().getStyle());
        assertTrue(robot.lookup("#status-line").queryLabeled().getFont().getSize() < status);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertEquals("-fx-font-size: 15.0px;", window.root().getStyle());
    }

    @Test
    void themeSwitchReplacesTheThemeStylesheet(FxRobot robot) {
        robot.interact(() -> window.context().themeProperty().set(Theme.LIGHT));
        assertTrue(window.root().getScene().getStylesheets().get(0).endsWith("theme-light.css"));
        assertEquals(1, window.root().getScene().getStylesheets().stream().filter(s -> s.contains("theme-")).count());
        robot.interact(() -> window.context().themeProperty().set(Theme.PROJECTOR));
        assertEquals("-fx-font-size: 20.0px;", window.root().getStyle());
    }

    @Test
    void savesAnImageOfTheWholeWindow(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("shot.png");
        robot.interact(() -> {
            try {
                window.saveSnapshot(file);
            } catch (java.io.IOException e) {
                throw new RuntimeException(e);
            }
        });
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }
}
