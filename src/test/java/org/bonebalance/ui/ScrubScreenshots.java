package org.bonebalance.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: the explorer and the cycle screen showing a past moment at 1280x720 in the light and dark
 * themes, to /tmp/scrub-*.png (for looking). Run on demand:
 * {@code mvn -o -q test -Dtest=ScrubScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class ScrubScreenshots {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = BoneBalanceApp.build(AppOptions.none());
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
    }

    @Test
    void shots(FxRobot robot) throws IOException {
        AppContext c = window.context();
        robot.interact(() -> {
            c.setSpeed(Speed.YEAR);
            c.setLevels(HormoneLevels.POSTMENOPAUSAL);
            c.play();
            for (int i = 0; i < 720; i++) {
                if (i == 360) c.setLevels(Preset.MHT_EP.levels());
                c.advance(1 / 60.0);
            }
            c.pause();
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "/tmp/scrub-live-light.png");
        robot.interact(() -> c.scrubToAge(55.5));
        for (Theme t : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            robot.interact(() -> { c.themeProperty().set(t); window.show("explorer"); });
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, "/tmp/scrub-explorer-" + t.id() + ".png");
            robot.interact(() -> window.show("cycle"));
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, "/tmp/scrub-cycle-" + t.id() + ".png");
        }
    }

    /** The same in Spanish, the longest words, light theme. */
    @Test
    void spanish(FxRobot robot) throws IOException {
        org.bonebalance.content.Messages.setLocale(java.util.Locale.forLanguageTag("es"));
        try {
            robot.interact(() -> {
                window = BoneBalanceApp.build(AppOptions.none());
                stage.setScene(new Scene(window.root(), 1280, 720));
                AppContext c = window.context();
                c.setSpeed(Speed.YEAR);
                c.setLevels(HormoneLevels.POSTMENOPAUSAL);
                c.play();
                for (int i = 0; i < 720; i++) c.advance(1 / 60.0);
                c.pause();
                c.scrubToAge(55.5);
            });
            WaitForAsyncUtils.waitForFxEvents();
            save(robot, "/tmp/scrub-explorer-es.png");
        } finally {
            org.bonebalance.content.Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    private void save(FxRobot robot, String file) throws IOException {
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> out[0] = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        ImageIO.write(out[0], "png", Path.of(file).toFile());
    }
}
