package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Preset;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** --lesson N --step M, --lesson ID, --presenter and --lang, as BoneBalanceApp.build applies them. */
@ExtendWith(ApplicationExtension.class)
class CommandLineTest {
    @Start
    void start(Stage stage) { }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    private static MainWindow build(FxRobot robot, String... args) {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> w[0] = BoneBalanceApp.build(AppOptions.parse(args)));
        return w[0];
    }

    @Test
    void lessonAndStepOpenThatStep(FxRobot robot) {
        MainWindow w = build(robot, "--lesson", "2", "--step", "3");
        LearnFeatures f = LearnFeatures.of(w).orElseThrow();
        assertEquals("menopause", f.player().lessonProperty().get().id());
        assertEquals(2, f.player().indexProperty().get());
        assertEquals("switch", w.currentScreenId());
        assertEquals(Depth.INTERMEDIATE, w.context().depthProperty().get());
        assertEquals(Preset.POSTMENOPAUSE_10Y.levels(), w.context().levels());
    }

    @Test
    void lessonTakesAnIdAndAStepPastTheEndStopsAtTheLast(FxRobot robot) {
        MainWindow w = build(robot, "--lesson", "men", "--step", "99");
        LearnFeatures f = LearnFeatures.of(w).orElseThrow();
        assertEquals("men", f.player().lessonProperty().get().id());
        assertEquals(4, f.player().indexProperty().get());
    }

    @Test
    void aLessonThatCannotBeFoundLeavesTheAppAsItWas(FxRobot robot) {
        MainWindow w = build(robot, "--lesson", "/no/such/lesson.json");
        assertTrue(!LearnFeatures.of(w).orElseThrow().player().isActive());
        assertEquals("explorer", w.currentScreenId());
    }

    @Test
    void presenterAppliesTheProjectorTheme(FxRobot robot) {
        MainWindow w = build(robot, "--presenter", "--lesson", "1");
        assertTrue(LearnFeatures.of(w).orElseThrow().presenter().isOn());
        assertEquals(Theme.PROJECTOR, w.context().themeProperty().get());
        assertTrue(w.root().getStyleClass().contains(Styles.PRESENTER));
    }

    @Test
    void langSpanishTranslatesTheLearnArea(FxRobot robot) {
        MainWindow w = build(robot, "--lang", "es", "--screen", "learn");
        assertEquals("es", Messages.locale().getLanguage());
        javafx.scene.control.ToggleButton b = (javafx.scene.control.ToggleButton) w.screen("learn").orElseThrow().root().lookup("#learn-nav-glossary");
        assertEquals("Glosario", b.getText());
        assertEquals("Aprender", w.menuBar().getMenus().stream().filter(m -> "menu-learn".equals(m.getId())).findFirst().orElseThrow().getText());
        var menus = w.menuBar().getMenus();
        int learn = menus.indexOf(menus.stream().filter(m -> "menu-learn".equals(m.getId())).findFirst().orElseThrow());
        int help = menus.indexOf(menus.stream().filter(m -> Messages.get("menu.help").equals(m.getText())).findFirst().orElseThrow());
        assertTrue(learn < help, "Learn comes before Help: " + menus.stream().map(m -> m.getText()).toList());
    }
}
