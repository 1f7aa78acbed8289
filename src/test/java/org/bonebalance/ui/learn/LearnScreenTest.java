package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Explanations;
import org.bonebalance.content.Glossary;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LearnScreenTest {
    private MainWindow window;
    private LearnFeatures features;

    @Start
    void start(Stage stage) {
        window = LearnHarness.show(stage, "--screen", "learn");
        features = LearnHarness.features(window);
    }

    static String text(TextFlow f) {
        StringBuilder b = new StringBuilder();
        for (Node n : f.getChildren()) {
            if (n instanceof Text t) b.append(t.getText());
            else if (n instanceof Hyperlink h) b.append(h.getText());
        }
        return b.toString();
    }

    @Test
    void theDepthSwitchChangesEveryExplanationAtOnce(FxRobot robot) {
        robot.clickOn("#learn-nav-explain");
        TextFlow sw = robot.lookup("#explain-switch").queryAs(TextFlow.class);
        assertEquals(Explanations.text("switch", Depth.FUNDAMENTALS), text(sw));
        @SuppressWarnings("unchecked") ComboBox<Depth> depth = robot.lookup("#depth").queryAs(ComboBox.class);
        robot.interact(() -> depth.getSelectionModel().select(Depth.ACADEMIC));
        assertEquals(Depth.ACADEMIC, window.context().depthProperty().get());
        assertEquals(Explanations.text("switch", Depth.ACADEMIC), text(robot.lookup("#explain-switch").queryAs(TextFlow.class)));
        assertEquals(Explanations.text("men", Depth.ACADEMIC), text(robot.lookup("#explain-men").queryAs(TextFlow.class)));
        robot.clickOn("#learn-nav-glossary");
        robot.interact(() -> features.showSection(LearnViewModel.GLOSSARY));
        robot.interact(() -> ((LearnScreen) window.screen("learn").orElseThrow()).glossary().select("opg"));
        TextFlow def = robot.lookup("#glossary-definition-text").queryAs(TextFlow.class);
        assertEquals(Glossary.definition("opg", Depth.ACADEMIC), text(def), "the glossary follows the same switch");
    }

    @Test
    void theGlossaryIsSearchable(FxRobot robot) {
        robot.clickOn("#learn-nav-glossary");
        @SuppressWarnings("unchecked") ListView<String> list = robot.lookup("#glossary-list").queryAs(ListView.class);
        assertEquals(Glossary.TERM_IDS.size(), list.getItems().size());
        robot.clickOn("#glossary-search").write("osteo");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list.getItems().containsAll(List.of("osteoclast", "osteoblast", "osteocyte", "osteoporosis")), list.getItems().toString());
        assertFalse(list.getItems().contains("rankl"));
        assertTrue(list.getItems().size() < Glossary.TERM_IDS.size());
    }

    @Test
    void focusingAMarkedTermShowsItsDefinitionInAPopOver(FxRobot robot) {
        robot.clickOn("#learn-nav-explain");
        Hyperlink rankl = robot.lookup("#explain-switch").lookup("#term-rankl").queryAs(Hyperlink.class);
        robot.interact(rankl::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        Window pop = robot.listWindows().stream().filter(w -> w instanceof org.controlsfx.control.PopOver && w.isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("no PopOver showing"));
        List<String> texts = robot.from(pop.getScene().getRoot()).lookup(".label").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(texts.contains(Glossary.definition("rankl", Depth.FUNDAMENTALS)), texts.toString());
        robot.interact(() -> robot.lookup("#learn-nav-explain").query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(pop.isShowing(), "hidden once focus and pointer leave");
    }

    @Test
    void f5SwitchesPresenterModeOnAndOff(FxRobot robot) {
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(features.presenter().isOn());
        assertTrue(window.root().getStyleClass().contains(Styles.PRESENTER));
        assertEquals(Theme.PROJECTOR, window.context().themeProperty().get());
        assertTrue(window.root().getScene().getStylesheets().contains(Theme.PROJECTOR.stylesheet()));
        assertFalse(window.menuBar().isVisible(), "controls reduced to the essentials");
        assertTrue(robot.lookup("#depth").query().isVisible());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(features.presenter().isOn());
        assertEquals(Theme.LIGHT, window.context().themeProperty().get());
        assertTrue(window.root().getScene().getStylesheets().contains(Theme.LIGHT.stylesheet()));
        assertFalse(window.root().getScene().getStylesheets().contains(Theme.PROJECTOR.stylesheet()));
        assertTrue(window.menuBar().isVisible());
    }

    @Test
    void thePresentersPenStaysOnWhatItMarksWhenThatMoves(FxRobot robot) {
        robot.type(KeyCode.F5);
        robot.type(KeyCode.P);
        assertTrue(features.pen().isOn());
        assertFalse(window.overlayLayer().isMouseTransparent(), "the overlay takes the mouse while drawing");
        Node depth = robot.lookup("#depth").query();
        javafx.geometry.Bounds b = depth.localToScene(depth.getBoundsInLocal());
        robot.interact(() -> {
            features.pen().begin(b.getMinX() + 5, b.getCenterY());
            features.pen().extend(b.getMaxX() - 5, b.getCenterY());
        });
        List<Double> before = features.pen().points(0);
        robot.interact(() -> depth.getParent().setTranslateX(150));
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> after = features.pen().points(0);
        assertEquals(before.get(0) + 150, after.get(0), 0.5, "the stroke moved with the depth switch");
        assertEquals(before.get(1), after.get(1), 0.5);
        robot.type(KeyCode.C);
        assertEquals(0, features.pen().strokeCount());
        robot.type(KeyCode.P);
        assertTrue(window.overlayLayer().isMouseTransparent());
    }

    @Test
    void everySectionOpensAndTheAboutPageSaysWhatTheModelLeavesOut(FxRobot robot) {
        for (String s : List.of("lessons", "explain", "glossary", "evidence", "references", "about")) {
            robot.clickOn("#learn-nav-" + s);
            assertEquals(s, ((LearnScreen) window.screen("learn").orElseThrow()).currentSection());
        }
        assertTrue(robot.lookup("#about").tryQuery().isPresent());
        // the app's name and the version this build wrote (the pom's, e.g. 0.1.0-SNAPSHOT)
        String version = robot.lookup("#about-version").queryLabeled().getText();
        assertTrue(version.matches("BoneBalance \\d+\\.\\d+\\.\\d+.*"), version);
        assertTrue(robot.lookup("#medical-advice").tryQuery().isPresent());
        robot.clickOn("#learn-nav-references");
        assertTrue(robot.lookup("#ref-cauley2003").tryQuery().isPresent());
        assertTrue(robot.lookup("#ref-vinogradova2025").tryQuery().isPresent());
        robot.clickOn("#learn-nav-lessons");
        robot.clickOn("#lesson-start-4");
        assertEquals("stopping", features.player().lessonProperty().get().id());
        assertNotEquals("learn", window.currentScreenId(), "the lesson moved to its screen");
    }
}
