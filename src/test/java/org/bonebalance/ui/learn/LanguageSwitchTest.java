package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Language menu rebuilds the running app's window in the chosen language, keeping the hormone levels. */
class LanguageSwitchTest {
    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void launch() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(BoneBalanceApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.hideStage();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void choosingEspanolRebuildsTheWindowInSpanish() {
        FxRobot robot = new FxRobot();
        Parent before = stage.getScene().getRoot();
        robot.interact(stage::requestFocus);
        robot.clickOn("#menu-learn");
        robot.clickOn(Messages.get("content.menu.language"));
        robot.clickOn("Español");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("es", Messages.locale().getLanguage());
        assertNotSame(before, stage.getScene().getRoot(), "a new window");
        TabPane tabs = (TabPane) stage.getScene().getRoot().lookup("#screens");
        assertEquals(Messages.get("screen.learn"), tabs.getTabs().get(3).getText());
        assertEquals("Aprender", tabs.getTabs().get(3).getText());
        assertTrue(stage.getTitle().equals(Messages.get("app.title")));
    }
}
