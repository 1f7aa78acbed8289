package org.bonebalance.ui.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bonebalance.content.Depth;
import org.bonebalance.ui.LearnScreen;
import org.bonebalance.ui.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: regenerates docs/screenshots/glossary.png headless. Run on demand:
 * {@code mvn -o -q test -Dtest=DocScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(ApplicationExtension.class)
class DocScreenshots {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = LearnHarness.show(stage, "--screen", "learn");
    }

    @Test
    void glossary(FxRobot robot) throws IOException {
        LearnFeatures f = LearnHarness.features(window);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            window.context().depthProperty().set(Depth.INTERMEDIATE);
            f.showSection(LearnScreen.GLOSSARY);
        });
        robot.clickOn("#glossary-search").write("osteo");
        robot.interact(() -> ((LearnScreen) window.screens().get(3)).glossary().select("osteoblast"));
        Hyperlink link = robot.lookup("#glossary-definition-text").lookup("#term-rankl").queryAs(Hyperlink.class);
        robot.interact(link::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "glossary.png");
    }

    /** The main scene, with any showing popup windows (PopOvers) painted on top where they sit. */
    private void save(FxRobot robot, String name) throws IOException {
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            Image main = stage.getScene().snapshot(null);
            java.awt.image.BufferedImage b = SwingFXUtils.fromFXImage(main, null);
            java.awt.Graphics2D g = b.createGraphics();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w == stage || !w.isShowing() || w.getScene() == null) continue;
                Image pop = w.getScene().snapshot(null);
                g.drawImage(SwingFXUtils.fromFXImage(pop, null),
                        (int) Math.round(w.getX() - stage.getX() - stage.getScene().getX()),
                        (int) Math.round(w.getY() - stage.getY() - stage.getScene().getY()), null);
            }
            g.dispose();
            out[0] = b;
        });
        Path file = Path.of("docs/screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(out[0], "png", file.toFile());
    }
}
