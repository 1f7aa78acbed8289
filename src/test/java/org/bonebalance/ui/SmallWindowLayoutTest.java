package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.bonebalance.ui.explorer.TimelineView;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The longest language in a small window (Spanish, narrower than 1280×720): the toolbar's controls keep
 * their words, and the bone-mass chart keeps a readable height, reachable by scrolling rather than hidden
 * under the footer.
 */
@ExtendWith(ApplicationExtension.class)
class SmallWindowLayoutTest {
    private MainWindow window;

    /** Narrower than 1280 so the test does not hang on this machine's font metrics: room is short for sure. */
    static final int WIDTH = 1100, HEIGHT = 720;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.parse(new String[] {"--lang", "es", "--preset", "older-man-low-t"}));
        stage.setScene(new Scene(window.root(), WIDTH, HEIGHT));
        stage.show();
    }

    @AfterEach
    void english() {
        Messages.setLocale(java.util.Locale.ENGLISH);
    }

    private static boolean fullWidth(Node n) {
        double pref = n instanceof Labeled l ? l.prefWidth(-1) : ((javafx.scene.layout.Region) n).prefWidth(-1);
        return n.getLayoutBounds().getWidth() >= pref - 0.5;
    }

    @Test
    void toolbarControlsAreNotCutShort(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#play", "#step", "#reset"}) {
            Button b = robot.lookup(id).queryAs(Button.class);
            assertTrue(fullWidth(b), id + " '" + b.getText() + "' is " + b.getWidth() + " px, needs " + b.prefWidth(-1));
        }
        ComboBox<?> speed = robot.lookup("#speed").queryAs(ComboBox.class);
        assertTrue(fullWidth(speed), "speed box " + speed.getWidth() + " of " + speed.prefWidth(-1));
        ComboBox<?> depth = robot.lookup("#depth").queryAs(ComboBox.class);
        assertTrue(fullWidth(depth), "depth box " + depth.getWidth() + " of " + depth.prefWidth(-1));
    }

    @Test
    void theChartKeepsAReadableHeightAndCanBeScrolledTo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertTrue(timeline.getHeight() >= ExplorerScreen.TIMELINE_MIN_HEIGHT - 0.5, "chart height " + timeline.getHeight());
        Node n = timeline;
        while (n != null && !(n instanceof ScrollPane)) n = n.getParent();
        assertTrue(n instanceof ScrollPane, "the chart's column scrolls when the window is short");
    }
}
