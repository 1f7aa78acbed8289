package org.bonebalance.ui.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bonebalance.content.Depth;
import org.bonebalance.ui.shell.MainWindow;
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
            f.showSection(LearnViewModel.GLOSSARY);
        });
        robot.clickOn("#glossary-search").write("osteo");
        robot.interact(() -> ((LearnScreen) window.screen("learn").orElseThrow()).glossary().select("osteoblast"));
        Hyperlink link = robot.lookup("#glossary-definition-text").lookup("#term-rankl").queryAs(Hyperlink.class);
        robot.interact(link::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        save(robot, "glossary.png");
    }

    /** Every section in the dark and projector themes at 1280x720, to /tmp/learn-*.png (for looking, not for docs). */
    @Test
    void sections(FxRobot robot) throws IOException {
        LearnFeatures f = LearnHarness.features(window);
        for (org.bonebalance.ui.Theme theme : List.of(org.bonebalance.ui.Theme.DARK, org.bonebalance.ui.Theme.PROJECTOR)) {
            robot.interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(720);
                window.context().themeProperty().set(theme);
            });
            for (String s : List.of("lessons", "explain", "evidence", "references", "about")) {
                robot.interact(() -> f.showSection(s));
                WaitForAsyncUtils.waitForFxEvents();
                saveTo(robot, Path.of("/tmp/learn-" + theme.id() + "-" + s + ".png"));
            }
        }
        robot.interact(() -> f.startLesson(org.bonebalance.io.LessonFile.builtIn().get(2), 3));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#evidence-open-fracture-reduction");
        WaitForAsyncUtils.waitForFxEvents();
        saveTo(robot, Path.of("/tmp/learn-lesson-evidence.png"));
    }

    private void save(FxRobot robot, String name) throws IOException {
        saveTo(robot, Path.of("docs/screenshots", name));
    }

    /** The main scene, with any showing popup windows (PopOvers) painted on top where they sit. */
    private void saveTo(FxRobot robot, Path file) throws IOException {
        java.awt.image.BufferedImage[] out = new java.awt.image.BufferedImage[1];
        robot.interact(() -> {
            Image main = stage.getScene().snapshot(null);
            java.awt.image.BufferedImage b = SwingFXUtils.fromFXImage(main, null);
            java.awt.Graphics2D g = b.createGraphics();
            for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
                if (w == stage || !w.isShowing() || w.getScene() == null) continue;
                javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
                transparent.setFill(javafx.scene.paint.Color.TRANSPARENT);
                Image pop = w.getScene().getRoot().snapshot(transparent, null);
                g.drawImage(SwingFXUtils.fromFXImage(pop, null),
                        (int) Math.round(w.getX() - stage.getX() - stage.getScene().getX()),
                        (int) Math.round(w.getY() - stage.getY() - stage.getScene().getY()), null);
            }
            g.dispose();
            out[0] = b;
        });
        Files.createDirectories(file.getParent());
        ImageIO.write(out[0], "png", file.toFile());
    }
}
