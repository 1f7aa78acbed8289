package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.io.LessonFile;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.ui.consult.ConsultScreen;
import org.bonebalance.ui.learn.LearnFeatures;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.bonebalance.ui.shell.WindowHost;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Changing the language, the theme, the zoom or presenter mode loses nothing the user did: time played on
 * every screen, play state, speed, history, levels, the remodeling site, the switch field, the consultation
 * being edited (unsaved), the lesson and its step, the screen on show. The clock is stepped by hand.
 */
@ExtendWith(ApplicationExtension.class)
class WindowRebuildKeepsStateTest {
    private static final List<String> SCREENS = List.of("explorer", "cycle", "switch", "learn", "consult");
    private Stage stage;
    private AppContext context;
    private WindowHost host;

    @Start
    void start(Stage stage) throws Exception {
        Files.deleteIfExists(Autosave.home().resolve(Autosave.FILE_NAME));
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        MainWindow first = BoneBalanceApp.build(AppOptions.parse(new String[] {"--presenter"}));
        context = first.context();
        stage.setScene(new Scene(first.root(), 1280, 800));
        host = new WindowHost(context, stage, first, w -> { });
        stage.show();
    }

    @AfterEach
    void english() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Files.deleteIfExists(Autosave.home().resolve(Autosave.FILE_NAME));
    }

    /** Everything the user would miss, read from the model and from the window on show. */
    record State(double elapsedDays, boolean playing, Speed speed, int historySize, HormoneLevels levels,
                 BmuPhase phase, double dayInPhase, double dugUm, int cycles, double deficitUm,
                 double fieldSeconds, int fusions, int bound, int osteoclasts,
                 Consultation consultation, boolean unsaved, boolean unsavedShown,
                 String lesson, int step, boolean narrationShown, String screen, Depth depth,
                 boolean presenter, String learnSection) {}

    private State state() {
        MainWindow w = host.window();
        var s = context.getSnapshot();
        var site = context.model().site();
        var field = context.model().switchField();
        var session = context.model().consultation();
        var player = LearnFeatures.of(w).orElseThrow().player();
        Node panel = w.root().lookup("#lesson-panel");
        String screen = w.currentScreenId(); // read before building the consult screen for its view
        boolean shown = ((ConsultScreen) w.screen("consult").orElseThrow()).viewModel().isDirty();
        String section = ((org.bonebalance.ui.learn.LearnScreen) w.screen("learn").orElseThrow()).currentSection();
        return new State(s.elapsedDays(), s.playing(), s.speed(), s.historySize(), s.readout().levels(),
                site.phase(), site.dayInPhase(), site.dugUm(), site.cyclesCompleted(), site.cumulativeDeficitUm(),
                field.time(), field.fusions(), field.boundPairs(), field.osteoclastsAlive(),
                session.consultation(), session.isDirty(), shown,
                player.lessonProperty().get() == null ? null : player.lessonProperty().get().id(),
                player.indexProperty().get(), panel != null && panel.isVisible(), screen,
                context.depthProperty().get(), LearnFeatures.of(w).orElseThrow().presenter().isOn(), section);
    }

    /** What a user does before the switch: a lesson step, play on every screen, an unsaved edit. */
    private State use(FxRobot robot) {
        robot.interact(() -> {
            LearnFeatures learn = LearnFeatures.of(host.window()).orElseThrow();
            learn.presenter().set(false); // started with --presenter; the user turned it off
            learn.startLesson(LessonFile.builtIn().getFirst(), 1);
            learn.showSection(org.bonebalance.ui.learn.LearnViewModel.GLOSSARY); // the section stays the glossary
            context.depthProperty().set(Depth.INTERMEDIATE);
            context.setSpeed(Speed.YEAR);
            context.setLevels(context.levels().withEstradiol(20));
            for (String id : SCREENS) {
                host.window().show(id);
                context.play();
                for (int i = 0; i < 40; i++) context.advance(1 / 60.0);
            }
            ConsultScreen consult = (ConsultScreen) host.window().screen("consult").orElseThrow();
            assertTrue(consult.viewModel().edit(c -> c.withRisks(15.0, null)));
            host.window().show("switch");
        });
        WaitForAsyncUtils.waitForFxEvents();
        State before = stateNow(robot);
        assertTrue(before.playing() && before.unsaved() && before.step() == 1 && before.narrationShown());
        assertEquals(org.bonebalance.ui.learn.LearnViewModel.GLOSSARY, before.learnSection());
        assertTrue(before.elapsedDays() > 5 * 40 * 365.0 / 60 * 0.99, "played on every screen: " + before.elapsedDays());
        assertTrue(before.historySize() > 50, "the timeline's history: " + before.historySize());
        return before;
    }

    private State stateNow(FxRobot robot) {
        State[] s = new State[1];
        robot.interact(() -> s[0] = state());
        return s[0];
    }

    private static MenuItem item(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) return i;
            if (i instanceof Menu m) {
                MenuItem found = item(m, id);
                if (found != null) return found;
            }
        }
        return null;
    }

    private void switchAndCompare(FxRobot robot, Consumer<MainWindow> change, boolean themeChanges) {
        State before = use(robot);
        Theme theme = context.themeProperty().get();
        robot.interact(() -> change.accept(host.window()));
        WaitForAsyncUtils.waitForFxEvents();
        State after = stateNow(robot);
        assertEquals(before, after);
        if (!themeChanges) assertEquals(theme, context.themeProperty().get());
        assertSame(host.window().root(), stage.getScene().getRoot());
        // and the clock still drives what is on show
        robot.interact(() -> context.advance(1 / 60.0));
        assertTrue(stateNow(robot).elapsedDays() > before.elapsedDays());
    }

    @Test
    void language(FxRobot robot) {
        MainWindow was = host.window();
        int[] listeners = new int[1];
        robot.interact(() -> { host.window().screens(); listeners[0] = context.frameListenerCount(); });
        switchAndCompare(robot, w -> LearnFeatures.of(w).orElseThrow().setLanguage(Locale.forLanguageTag("es")), false);
        assertNotSame(was, host.window(), "a new window in Spanish");
        robot.interact(() -> host.window().screens());
        assertEquals(listeners[0], context.frameListenerCount(), "the old window let go of the context");
        assertEquals("Aprender", host.window().root().lookup("#screens") instanceof javafx.scene.control.TabPane t
                ? t.getTabs().get(3).getText() : null);
    }

    /** A past moment on show stays on show, with the choice of levels, and the new window says so in its language. */
    @Test
    void aPastMomentOnShow(FxRobot robot) {
        State live = use(robot);
        robot.interact(() -> {
            host.window().show("explorer");
            context.scrubToAge(context.simulation().startAge() + 0.1);
            context.setPlayLevels(org.bonebalance.sim.app.AppModel.PlayLevels.TODAY);
        });
        WaitForAsyncUtils.waitForFxEvents();
        var scrub = context.scrubProperty().get();
        State before = stateNow(robot);
        assertTrue(before.elapsedDays() < live.elapsedDays(), "a past moment");
        robot.interact(() -> LearnFeatures.of(host.window()).orElseThrow().setLanguage(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrub, context.scrubProperty().get(), "the same moment, the same choice of levels");
        assertEquals(before, stateNow(robot));
        Node label = host.window().root().lookup("#scrub-label");
        assertTrue(label != null && label.isVisible(), "the new window shows the past moment's words");
        assertEquals(Messages.get("explorer.scrub.viewing", Messages.number(scrub.momentYears(), 1),
                Messages.number(scrub.momentAge(), 1)), ((javafx.scene.control.Label) label).getText());
        assertTrue(((javafx.scene.control.Label) label).getText().startsWith("Mirando"), "in Spanish");
        assertTrue(host.window().root().lookup("#scrub-today") instanceof javafx.scene.control.ToggleButton t && t.isSelected());
        // and back to now is the moment left
        robot.interact(() -> context.backToNow());
        assertEquals(live.elapsedDays(), context.getSnapshot().elapsedDays(), 0);
    }

    @Test
    void theme(FxRobot robot) {
        switchAndCompare(robot, w -> item(w.viewMenu(), "menu-theme-dark").fire(), true);
        assertEquals(Theme.DARK, context.themeProperty().get());
    }

    @Test
    void zoom(FxRobot robot) {
        switchAndCompare(robot, w -> item(w.viewMenu(), "menu-zoom-in").fire(), false);
        assertEquals(1.1, context.zoomProperty().get(), 1e-9);
    }

    @Test
    void presenter(FxRobot robot) {
        // presenter mode itself changes (and the theme with it): everything else stays
        State before = use(robot);
        // toggled while the stage is hidden: going full screen resizes the window, and Monocle's headless renderer
        // cannot repaint a shown window into a larger buffer than it first had (nothing to do with the app)
        robot.interact(() -> {
            stage.hide();
            LearnFeatures.of(host.window()).orElseThrow().presenter().toggle();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        State after = stateNow(robot);
        assertTrue(after.presenter());
        assertEquals(new State(before.elapsedDays(), before.playing(), before.speed(), before.historySize(),
                before.levels(), before.phase(), before.dayInPhase(), before.dugUm(), before.cycles(),
                before.deficitUm(), before.fieldSeconds(), before.fusions(), before.bound(), before.osteoclasts(),
                before.consultation(), before.unsaved(), before.unsavedShown(), before.lesson(), before.step(),
                before.narrationShown(), before.screen(), before.depth(), true, before.learnSection()), after);
        assertEquals(Theme.PROJECTOR, context.themeProperty().get());
        // and then a language change keeps presenter mode on
        robot.interact(() -> LearnFeatures.of(host.window()).orElseThrow().setLanguage(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, stateNow(robot));
        assertTrue(host.window().root().getStyleClass().contains("presenter"), "the new window is in presenter mode");
    }

    @Test
    void presenterModeTheUserTurnedOffStaysOffAfterALanguageChange(FxRobot robot) {
        use(robot);
        robot.interact(() -> LearnFeatures.of(host.window()).orElseThrow().setLanguage(Locale.forLanguageTag("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!stateNow(robot).presenter(), "--presenter applies to the first window only");
    }
}
