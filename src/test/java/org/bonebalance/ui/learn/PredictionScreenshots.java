package org.bonebalance.ui.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bonebalance.content.Messages;
import org.bonebalance.io.LessonFile;
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

/**
 * Not a test: pictures of a lesson's prediction step at 1280×720 (asked, with hands counted; answered, with the
 * tally) and of the explorer's question, in the light and dark themes, to /tmp/predict-*.png. Run on demand:
 * {@code mvn -o -q test -Dtest=PredictionScreenshots -Dsurefire.failIfNoSpecifiedTests=false} (add
 * {@code -Dlang=es} for Spanish).
 */
@ExtendWith(ApplicationExtension.class)
class PredictionScreenshots {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.forLanguageTag(System.getProperty("lang", "en")));
        this.stage = stage;
        window = BoneBalanceApp.build(AppOptions.parse(new String[0]));
        Scene scene = new Scene(window.root(), 1280, 720);
        stage.setScene(scene);
        LearnFeatures.attach(window, stage, null);
        stage.show();
    }

    @Test
    void pictures(FxRobot robot) throws IOException {
        var context = window.context();
        LearnFeatures f = LearnFeatures.of(window).orElseThrow();
        String lang = Messages.locale().getLanguage();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            robot.interact(() -> {
                context.themeProperty().set(theme);
                f.startLesson(LessonFile.builtIn().get(1), 1);
            });
            // through the intents: at 720 px the tally's buttons may sit below the panel's fold
            robot.interact(() -> {
                var vm = f.lessonPrediction().orElseThrow();
                vm.choose(2);
                vm.setTallyOpen(true);
                for (int i = 0; i < 17; i++) vm.addHand(2);
                for (int i = 0; i < 6; i++) vm.addHand(1);
                for (int i = 0; i < 2; i++) vm.addHand(0);
            });
            save(robot, "/tmp/predict-" + lang + "-" + theme.id() + "-asked.png");
            robot.interact(() -> { context.play(); context.advance(0.4); });
            save(robot, "/tmp/predict-" + lang + "-" + theme.id() + "-watching.png");
            robot.interact(() -> f.lessonPrediction().orElseThrow().showNow());
            save(robot, "/tmp/predict-" + lang + "-" + theme.id() + "-answered.png");
            robot.interact(() -> {
                f.player().exit();
                context.setAskBeforeChanges(true);
                context.setLevels(org.bonebalance.sim.Preset.SURGICAL.levels());
            });
            save(robot, "/tmp/predict-" + lang + "-" + theme.id() + "-explorer.png");
            robot.interact(() -> {
                f.explorerPrediction().choose(2);
                f.explorerPrediction().showNow();
            });
            save(robot, "/tmp/predict-" + lang + "-" + theme.id() + "-explorer-answered.png");
            robot.interact(() -> context.setAskBeforeChanges(false));
        }
    }

    private void save(FxRobot robot, String file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> out[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Files.createDirectories(Path.of(file).getParent());
        ImageIO.write(out[0], "png", Path.of(file).toFile());
    }
}
