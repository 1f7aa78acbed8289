package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's words stay clear of each other and of the dashed marker lines (band names, marker names on their
 * boxes), and the label field's prompt shows whole and readable: in English and Spanish, at 1280×720 and
 * 1600×1000, in light and dark, for people whose menopause and today lines fall in different places.
 */
@ExtendWith(ApplicationExtension.class)
class ConsultChartLabelsTest {
    private Stage stage;
    private ConsultViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    /**
     * A fresh consultation screen in the given language, theme and window size: in the test window when it fits
     * the headless screen (1280×800), else in a scene of that size laid out off screen.
     */
    private void open(FxRobot robot, String lang, Theme theme, int w, int h) {
        robot.interact(() -> {
            try {
                Messages.setLocale(Locale.forLanguageTag(lang));
                Path home = Path.of(System.getProperty("bonebalance.home", "target/test-home")).resolve("chart-labels");
                Files.createDirectories(home);
                Files.deleteIfExists(home.resolve(Autosave.FILE_NAME));
                vm = new ConsultViewModel(new Autosave(home));
                scene = new Scene(new javafx.scene.layout.StackPane(new ConsultScreen(vm).root()), w, h);
                scene.getStylesheets().addAll(theme.stylesheet(), org.bonebalance.ui.shell.MainWindow.APP_CSS); // as the app does
                if (w <= 1280 && h <= 800) {
                    // resized while hidden: a showing window that grows races the software renderer's buffers
                    stage.hide();
                    stage.setScene(scene);
                    stage.setWidth(w);
                    stage.setHeight(h);
                    stage.show();
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        layout(robot);
    }

    /** CSS and layout done (also for a scene off screen), so every node is where it is drawn. */
    private void layout(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Person person(double age, Scenario.Menopause m, double menoAge, Measurement scan) {
        return new Person("", Scenario.Sex.FEMALE, age, m, menoAge, scan);
    }

    /** People whose marker lines sit close together, on one line, near either end, with and without a scan. */
    private static final List<Person> PEOPLE = List.of(
            Person.example(),
            person(52, Scenario.Menopause.NATURAL, 51, new Measurement(52, Measurement.Kind.BMD, 0.937)),
            person(51, Scenario.Menopause.NATURAL, 51, null),
            person(70, Scenario.Menopause.NATURAL, 51, null),
            person(88, Scenario.Menopause.NATURAL, 46, null),
            person(45, Scenario.Menopause.SURGICAL, 45, null));

    @Test
    void bandNamesMarkerNamesAndDashedLinesNeverOverlap(FxRobot robot) {
        for (String lang : List.of("en", "es")) {
            for (int[] size : new int[][]{{1280, 720}, {1600, 1000}}) {
                open(robot, lang, Theme.DARK, size[0], size[1]);
                for (Person p : PEOPLE) {
                    UnaryOperator<Consultation> change = c -> c.withPerson(p);
                    robot.interact(() -> assertTrue(vm.edit(change), vm.messageProperty().get()));
                    layout(robot);
                    assertEquals(size[0], scene.getWidth(), 0.5);
                    checkChart( lang + " " + size[0] + "×" + size[1] + " " + p);
                }
            }
        }
    }

    private void checkChart(String where) {
        ConsultChart chart = (ConsultChart) scene.lookup("#consult-chart");
        List<Named> words = new ArrayList<>(), lines = new ArrayList<>();
        for (String band : ConsultChart.BANDS) words.add(named(chart, "#consult-band-label-" + band, where));
        for (String marker : List.of("menopause", "today")) {
            words.add(named(chart, "#consult-marker-label-" + marker, where));
            words.add(named(chart, "#consult-marker-box-" + marker, where));
            lines.add(named(chart, "#consult-marker-" + marker, where));
        }
        Bounds plot = chart.localToScene(chart.lookup(".consult-frame").getBoundsInLocal());
        for (int i = 0; i < words.size(); i++) {
            Named a = words.get(i);
            assertTrue(plot.contains(a.bounds), where + ": " + a.id + " " + a.bounds + " outside the plot " + plot);
            for (Named line : lines) {
                assertFalse(a.bounds.intersects(line.bounds), where + ": " + a.id + " " + a.bounds + " crosses " + line.id + " " + line.bounds);
            }
            for (int j = i + 1; j < words.size(); j++) {
                Named b = words.get(j);
                if (a.id.replace("-label-", "-").equals(b.id.replace("-box-", "-"))) continue; // a name on its own box
                assertFalse(a.bounds.intersects(b.bounds), where + ": " + a.id + " " + a.bounds + " overlaps " + b.id + " " + b.bounds);
            }
        }
        // a name sits wholly on its box
        for (String marker : List.of("menopause", "today")) {
            Bounds label = bounds(chart.lookup("#consult-marker-label-" + marker));
            Bounds box = bounds(chart.lookup("#consult-marker-box-" + marker));
            assertTrue(box.contains(label), where + ": " + marker + " name " + label + " off its box " + box);
        }
    }

    private record Named(String id, Bounds bounds) {}

    private static Named named(Node chart, String id, String where) {
        Node n = chart.lookup(id);
        assertNotNull(n, where + ": no " + id);
        assertTrue(n.isVisible(), where + ": " + id + " hidden");
        return new Named(id, bounds(n));
    }

    private static Bounds bounds(Node n) { return n.localToScene(n.getBoundsInLocal()); }

    @Test
    void theLabelPromptShowsWholeAndReadableInBothLanguagesAndThemes(FxRobot robot) {
        for (String lang : List.of("en", "es")) {
            for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
                open(robot, lang, theme, 1280, 720);
                String where = lang + " " + theme;
                TextField field = robot.lookup("#consult-label").queryAs(TextField.class);
                assertEquals("", field.getText(), where);
                String prompt = Messages.get("consult.ui.labelPrompt");
                assertEquals(prompt, field.getPromptText(), where);
                Text shown = null;
                for (Node n : field.lookupAll("*")) if (n instanceof Text t && prompt.equals(t.getText()) && t.isVisible()) shown = t;
                assertNotNull(shown, where + ": the prompt is drawn");
                Bounds text = bounds(shown), box = bounds(field);
                assertTrue(text.getMinX() >= box.getMinX() + field.snappedLeftInset() - 0.5
                                && text.getMaxX() <= box.getMaxX() - field.snappedRightInset() + 0.5,
                        where + ": prompt '" + prompt + "' " + text + " is cut off by the field " + box);
                Color fg = (Color) shown.getFill();
                // the field's background as drawn, beside the prompt's end (the text is shorter than the field)
                javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
                robot.interact(() -> img[0] = field.snapshot(null, null));
                int px = (int) (field.getWidth() - field.snappedRightInset() - 3), py = (int) (field.getHeight() / 2);
                assertTrue(text.getMaxX() < box.getMinX() + px, where + ": the sampled spot is beside the prompt");
                Color bg = img[0].getPixelReader().getColor(px, py);
                assertEquals(1.0, fg.getOpacity(), 1e-9, where + ": prompt colour " + fg);
                double ratio = contrast(fg, bg);
                assertTrue(ratio >= 4.5, where + ": prompt " + fg + " on " + bg + " has contrast " + ratio + " < 4.5");
            }
        }
    }

    /** WCAG contrast ratio of two opaque colours. */
    private static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) { return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
}
