package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bonebalance.content.Wording;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ConsultScreenTest {
    private ConsultViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = show(stage, "ui-test");
    }

    /** A new consultation (its autosave in the given test folder) on the consultation screen, 1280 × 720. */
    static ConsultViewModel show(Stage stage, String folder) throws java.io.IOException {
        Path home = Path.of(System.getProperty("bonebalance.home", "target/test-home")).resolve(folder);
        Files.createDirectories(home);
        Files.deleteIfExists(home.resolve(Autosave.FILE_NAME));
        ConsultViewModel vm = new ConsultViewModel(new Autosave(home));
        ConsultScreen screen = new ConsultScreen(vm);
        Scene scene = new Scene(new javafx.scene.layout.StackPane(screen.root()), 1280, 720);
        scene.getStylesheets().add(Theme.LIGHT.stylesheet());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        return vm;
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void type(FxRobot robot, String id, String value) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> {
            f.requestFocus();
            f.clear();
        });
        robot.write(value).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String expectedCell(Consultation c, int scenario, int ageIndex) {
        Readout r = ConsultForecast.run(c).outcomes().get(scenario).table().get(ageIndex);
        return org.bonebalance.content.Messages.get("consult.table.cell1", Wording.tScore(r.tScore()), Wording.band(r.band()));
    }

    @Test
    void editingAStopAgeChangesTheTableToTheModelsNumbers(FxRobot robot) {
        String before = text(robot, "#consult-cell-2-1-t");
        assertEquals(expectedCell(Consultation.example(), 1, 0), before);
        type(robot, "#consult-s2-stop", "55");
        Consultation edited = Consultation.example().withScenario(1, Consultation.example().scenarios().get(1).withAges(52, 55));
        assertEquals(edited, vm.getConsultation());
        String after = text(robot, "#consult-cell-2-1-t");
        assertNotEquals(before, after);
        assertEquals(expectedCell(edited, 1, 0), after);
        assertTrue(vm.isDirty());
        assertTrue(text(robot, "#consult-sentence").contains("52 to 55"), text(robot, "#consult-sentence"));
    }

    @Test
    void enteringARiskShowsIconArraysWithTheTrialEffect(FxRobot robot) {
        assertTrue(robot.lookup("#consult-array-0").tryQuery().isEmpty());
        type(robot, "#consult-risk-major", "20");
        assertEquals(20, robot.lookup("#consult-array-0").query().getUserData());
        assertEquals(16, robot.lookup("#consult-array-1").query().getUserData());
        assertTrue(text(robot, "#consult-array-1-caption").contains("16 of 100"));
    }

    @Test
    void anEditUpdatesTheResultsInPlaceAndRebuildsOnlyWhatChangedShape(FxRobot robot) {
        type(robot, "#consult-risk-major", "20");
        Label cell = robot.lookup("#consult-cell-2-1-t").queryAs(Label.class);
        javafx.scene.Node array = robot.lookup("#consult-array-1").query();
        String before = cell.getText();
        type(robot, "#consult-s2-stop", "55");
        assertSame(cell, robot.lookup("#consult-cell-2-1-t").queryAs(Label.class), "the same cell, new text");
        assertNotEquals(before, cell.getText());
        assertSame(array, robot.lookup("#consult-array-1").query(), "the icon arrays did not change, so they were kept");
        type(robot, "#consult-risk-major", "25");
        assertNotSame(array, robot.lookup("#consult-array-1").query(), "a new probability, new arrays");
        assertEquals(25, robot.lookup("#consult-array-0").query().getUserData());
        // a different number of table ages changes the table's shape: rebuilt, with the model's numbers
        type(robot, "#consult-table-ages", "55 60 70 80");
        assertEquals(expectedCell(vm.getConsultation(), 0, 3), text(robot, "#consult-cell-1-4-t"));
        assertEquals(expectedCell(vm.getConsultation(), 1, 0), text(robot, "#consult-cell-2-1-t"));
        type(robot, "#consult-table-ages", "70");
        assertTrue(robot.lookup("#consult-cell-1-2-t").tryQuery().isEmpty(), "no stale rows");
        assertEquals(expectedCell(vm.getConsultation(), 2, 0), text(robot, "#consult-cell-3-1-t"));
    }

    @Test
    void badInputIsNamedAndChangesNothing(FxRobot robot) {
        Consultation before = vm.getConsultation();
        type(robot, "#consult-age", "abc");
        assertSame(before, vm.getConsultation());
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        assertTrue(m.isVisible());
        assertTrue(m.getText().startsWith("Age today"), m.getText());
        type(robot, "#consult-table-ages", "60 95");
        assertSame(before, vm.getConsultation());
        assertEquals("Table ages (age number 2) must be between 45 and 90 (found 95)", m.getText());
        type(robot, "#consult-menopause-age", "70.5");
        assertSame(before, vm.getConsultation());
        assertEquals("Menopause age must be between 30 and 65 (found 70.5)", m.getText());
        type(robot, "#consult-s2-stop", "50");
        assertTrue(m.getText().startsWith("Scenario B: therapy stop age must be later than the start age"), m.getText());
        assertFalse(m.getText().matches(".*[a-z][A-Z].*|.*\\[.*"), "no field ids: " + m.getText());
    }

    @Test
    void aSuccessfulSaveLooksCalmAndAProblemLooksLikeAProblem(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("bonebalance.home", "target/test-home")).resolve("ui-test");
        Files.createDirectories(dir);
        Path file = dir.resolve("saved.json");
        robot.interact(() -> vm.saveAs(file));
        type(robot, "#consult-s2-stop", "58");
        // the button is below the fold of the scrolling form: fire it as a click would
        robot.interact(() -> robot.lookup("#consult-save").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        assertTrue(m.isVisible());
        assertEquals("Saved to saved.json", m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.DONE_CLASS), m.getStyleClass().toString());
        assertFalse(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS), m.getStyleClass().toString());
        assertTrue(m.getGraphic() instanceof javafx.scene.shape.SVGPath, "a check mark beside the words");
        String check = ((javafx.scene.shape.SVGPath) m.getGraphic()).getContent();
        type(robot, "#consult-age", "abc");
        assertTrue(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS), m.getStyleClass().toString());
        assertFalse(m.getStyleClass().contains(ConsultView.DONE_CLASS), m.getStyleClass().toString());
        assertNotEquals(check, ((javafx.scene.shape.SVGPath) m.getGraphic()).getContent(), "a different sign for a problem");
        // a failed save is a problem too
        robot.interact(() -> vm.saveAs(dir));
        assertTrue(m.getText().startsWith("Could not save"), m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS), m.getStyleClass().toString());
    }

    /** Drives a full consultation and saves what the screen shows to target/screenshots/consult.png. */
    @Test
    void fullConsultationRendersAndIsSavedAsAPicture(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#consult-scan-kind").queryComboBox().getSelectionModel().select(ConsultViewModel.ScanKind.T_SCORE));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#consult-scan-value", "-1.2");
        type(robot, "#consult-risk-major", "12");
        assertEquals(12, robot.lookup("#consult-array-0").query().getUserData());
        Path out = Path.of("target/screenshots/consult.png");
        Files.createDirectories(out.getParent());
        javafx.scene.Scene scene = robot.lookup("#consult-screen").query().getScene();
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = scene.snapshot(null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png", out.toFile());
        javafx.scene.Node page = ((javafx.scene.control.ScrollPane) robot.lookup("#consult-screen").query()).getContent();
        robot.interact(() -> img[0] = page.snapshot(null, null));
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                out.resolveSibling("consult-full.png").toFile());
        assertTrue(img[0].getHeight() > 720, "the whole page is taller than the window and scrolls");
        robot.interact(() -> {
            scene.getStylesheets().setAll(Theme.DARK.stylesheet());
            scene.getRoot().applyCss();
            img[0] = page.snapshot(null, null);
        });
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(img[0], null), "png",
                out.resolveSibling("consult-dark.png").toFile());
        java.awt.image.BufferedImage back = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(1280, back.getWidth());
        assertEquals(720, back.getHeight());
    }

    @Test
    void switchingToAManRemovesTherapiesAndBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#consult-sex").queryComboBox().getSelectionModel().select(org.bonebalance.sim.Scenario.Sex.MALE));
        WaitForAsyncUtils.waitForFxEvents();
        var c = vm.getConsultation();
        assertEquals(org.bonebalance.sim.Scenario.Sex.MALE, c.person().sex());
        assertTrue(c.scenarios().stream().allMatch(s -> s.regimen() == null));
        robot.interact(() -> robot.lookup("#consult-sex").queryComboBox().getSelectionModel().select(org.bonebalance.sim.Scenario.Sex.FEMALE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.bonebalance.sim.Scenario.Menopause.NATURAL, vm.getConsultation().person().menopause());
        assertEquals(51, vm.getConsultation().person().menopauseAge());
    }

    @Test
    void switchingTheScanUnitKeepsTheSameScan(FxRobot robot) {
        robot.interact(() -> robot.lookup("#consult-scan-kind").queryComboBox().getSelectionModel().select(ConsultViewModel.ScanKind.BMD));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#consult-scan-value", "0.85");
        assertEquals(0.85, vm.getConsultation().person().measurement().value(), 1e-9);
        robot.interact(() -> robot.lookup("#consult-scan-kind").queryComboBox().getSelectionModel().select(ConsultViewModel.ScanKind.T_SCORE));
        WaitForAsyncUtils.waitForFxEvents();
        var m = vm.getConsultation().person().measurement();
        assertEquals(org.bonebalance.sim.consult.Measurement.Kind.T_SCORE, m.kind());
        assertEquals(org.bonebalance.model.BmdScale.tScore(0.85), m.value(), 0.05,
                "0.85 g/cm² said as a T-score, not read as T-score +0.85");
    }

    @Test
    void aScanAnchorsTheCurve(FxRobot robot) {
        robot.interact(() -> robot.lookup("#consult-scan-kind").queryComboBox().getSelectionModel().select(ConsultViewModel.ScanKind.T_SCORE));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#consult-scan-value", "-2");
        assertNotNull(vm.getConsultation().person().measurement());
        assertEquals(-2, vm.getConsultation().person().measurement().value());
        Readout at52 = org.bonebalance.sim.Forecast.run(vm.getResult().outcomes().getFirst().scenario())
                .get((int) Math.round((52 - 45) * 365.25));
        assertEquals(-2, at52.tScore(), 1e-9);
    }
}
