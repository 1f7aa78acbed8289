package org.bonebalance.ui.shell;

import java.io.IOException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.FxClock;
import org.bonebalance.ui.StartupTrace;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.consult.ConsultScreen;
import org.bonebalance.ui.cycle.CycleScreen;
import org.bonebalance.ui.explorer.ExplorerScreen;
import org.bonebalance.ui.explorer.TimeControlsView;
import org.bonebalance.ui.explorer.TimeControlsViewModel;
import org.bonebalance.ui.learn.LearnFeatures;
import org.bonebalance.ui.learn.LearnScreen;
import org.bonebalance.ui.switchview.SwitchScreen;

/** The JavaFX application: builds the context, the shell and the clock. */
public final class BoneBalanceApp extends Application {
    public static final int DEFAULT_WIDTH = 1280;
    public static final int DEFAULT_HEIGHT = 800;
    /** The system property naming the first VM's process id, set by the launcher that started this VM. */
    public static final String PARENT_PID = "bonebalance.parentPid";

    /** The process's exit status once the window has closed: 1 when --snapshot could not be saved. */
    private volatile int exitStatus;
    private FxClock clock;
    private PerfMonitor perf;
    private AppOptions pending = AppOptions.none();
    private AppContext context;
    private WindowHost host;

    /** Called by the Launcher (by reflection) with the raw arguments. */
    public static void launchApp(String[] args) {
        StartupTrace.mark("launchApp entered");
        try {
            AppOptions.parse(args); // a bad option ends here, before any window; start() reads them again
        } catch (IllegalArgumentException e) {
            System.err.println(Messages.get("app.error.line", e.getMessage()));
            System.exit(2);
        }
        Application.launch(BoneBalanceApp.class, args);
        // the window is gone and stop() found nothing wrong (else it ended the process with its status): end
        // the process even if another toolkit's thread lingers (a print dialog left open behind the window
        // keeps AWT's non-daemon threads alive)
        System.exit(0);
    }

    /**
     * In the second VM ({@code org.bonebalance.DesktopJvm}): when the first one ends without it (killed), the
     * window closes as the app's Exit does, so no window is left behind by a command that has gone. Called
     * once the toolkit runs; the first VM is named by its process id (it may already be gone by then).
     */
    private static void closeWithFirstVm() {
        String pid = System.getProperty(PARENT_PID);
        if (pid == null) return;
        java.util.Optional<ProcessHandle> first;
        try {
            first = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return;
        }
        Runnable close = () -> javafx.application.Platform.runLater(javafx.application.Platform::exit);
        if (first.isEmpty()) close.run();
        else first.get().onExit().thenRun(close);
    }

    /** Room the window manager's title bar and borders take around the scene, px (an allowance). */
    static final double DECORATION_ALLOWANCE = 48;

    /**
     * The window's size without --size: {@link #DEFAULT_WIDTH} × {@link #DEFAULT_HEIGHT}, made smaller to fit
     * a smaller screen's usable area (a 1280×720 or 1366×768 laptop), so the title bar and menus stay on it.
     */
    static double[] defaultSize(double screenWidth, double screenHeight) {
        return new double[] {Math.min(DEFAULT_WIDTH, screenWidth),
                Math.min(DEFAULT_HEIGHT, screenHeight - DECORATION_ALLOWANCE)};
    }

    /** The levels the window opens with: --preset, then --e2/--p4/--t on top. */
    public static HormoneLevels startLevels(AppOptions options) {
        HormoneLevels l = options.preset().map(Preset::fromId).map(Preset::levels).orElse(HormoneLevels.PREMENOPAUSAL);
        if (options.e2().isPresent()) l = l.withEstradiol(options.e2().getAsDouble());
        if (options.p4().isPresent()) l = l.withProgesterone(options.p4().getAsDouble());
        if (options.t().isPresent()) l = l.withTestosterone(options.t().getAsDouble());
        return l;
    }

    /**
     * The app's state for the given options (language, levels, speed, theme, screen, play): made once per run;
     * a rebuilt window is built over the same context and loses nothing.
     */
    public static AppContext newContext(AppOptions options) {
        options.lang().ifPresent(l -> Messages.setLocale(java.util.Locale.forLanguageTag(l))); // before any text is read
        Simulation simulation = new Simulation();
        HormoneLevels levels = startLevels(options);
        simulation.setLevels(levels);
        Speed speed = options.speed().map(Speed::fromCode).orElse(Speed.YEAR);
        simulation.setSpeed(speed);
        AppContext context = new AppContext(new AppModel(simulation), options);
        context.setInitialState(levels, speed);
        options.theme().map(Theme::fromId).ifPresent(context.themeProperty()::set);
        options.screen().ifPresent(context.screenProperty()::set);
        if (options.startPlaying()) context.play();
        return context;
    }

    /**
     * Builds the first window for the given options (used by the app and by UI tests): a new context, then
     * what only a start asks for (--lesson, --step, --presenter).
     */
    public static MainWindow build(AppOptions options) {
        MainWindow window = build(newContext(options));
        LearnFeatures.applyStartOptions(window);
        return window;
    }

    /** Builds a window over the given context: views only; the context and its model stay as they are. */
    public static MainWindow build(AppContext context) {
        MainWindow window = new MainWindow(context);
        // the time controls serve every screen: in the toolbar from the start, whichever screen opens first
        TimeControlsViewModel time = new TimeControlsViewModel(context);
        window.addToolbarItem(new TimeControlsView(time));
        window.addStylesheet(ExplorerScreen.CSS); // their styles and the explorer's
        window.onDispose(time::dispose);
        // built when first shown: the first frame waits only for the screen on show
        window.addScreen("explorer", "screen.explorer", () -> new ExplorerScreen(context));
        window.addScreen("cycle", "screen.cycle", () -> new CycleScreen(context));
        window.addScreen("switch", "screen.switch", () -> new SwitchScreen(context));
        window.addScreen("learn", "screen.learn", () -> new LearnScreen(context));
        window.addScreen("consult", "screen.consult", () -> new ConsultScreen(context));
        window.activate();
        LearnFeatures.install(window); // depth switch, Learn menu, the lesson in progress
        org.bonebalance.ui.consult.ConsultFeatures.addMenu(window);
        // F1: the Why? panel for the focused reading (the Help menu lists the key with the others)
        javafx.scene.control.MenuItem why = new javafx.scene.control.MenuItem(Messages.get("explorer.why.menu"));
        why.setId("menu-why");
        why.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F1));
        why.setOnAction(e -> {
            window.show("explorer");
            window.screen("explorer").ifPresent(s -> ((ExplorerScreen) s).explainFocused());
        });
        window.helpMenu().getItems().add(0, why);
        return window;
    }

    @Override
    public void start(Stage stage) {
        pending = AppOptions.parse(getParameters().getRaw().toArray(String[]::new));
        PerfMonitor perf = pending.perf() ? PerfMonitor.sinceJvmStart() : null;
        StartupTrace.mark("start() entered");
        closeWithFirstVm();
        context = newContext(pending);
        MainWindow window = build(context);
        LearnFeatures.applyStartOptions(window);
        StartupTrace.mark("window built");
        double[] size = defaultSize(javafx.stage.Screen.getPrimary().getVisualBounds().getWidth(),
                javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        Scene scene = new Scene(window.root(), pending.width().isPresent() ? pending.width().getAsInt() : size[0],
                pending.height().isPresent() ? pending.height().getAsInt() : size[1]);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().addAll(icons());
        stage.setScene(scene);
        if (perf != null) perf.watch(scene);
        this.perf = perf;
        host = new WindowHost(context, stage, window, this::addExitHooks);
        stage.show();
        StartupTrace.mark("stage shown");
        // once per stage (they follow whichever window is current): autosave and the question before
        // closing with unsaved changes, then the current window's exit hooks
        org.bonebalance.ui.consult.ConsultFeatures.install(context, host::window, stage);
        chainExitHooks(stage);
        pending.file().ifPresent(f -> openFile(window, f)); // once: the lesson or consultation lives in the context
        clock = new FxClock(context, perf);
        clock.start();
        pending.exitAfterSeconds().ifPresent(s -> {
            // Not a model clock: only closes the window after the requested wall time.
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(s));
            p.setOnFinished(e -> host.window().exit());
            p.play();
        });
    }

    /**
     * A file given on the command line, as a double click on a lesson or consultation passes it: a lesson plays
     * in the lesson player, a consultation opens in its screen. One that cannot be read changes nothing and
     * says why as opening it from the menu does (the lesson's dialog, the consultation's message line), and on
     * standard error.
     */
    public static void openFile(MainWindow window, java.nio.file.Path file) {
        java.util.Optional<String> problem = switch (org.bonebalance.io.AppFiles.kindOf(file)) {
            case LESSON -> LearnFeatures.of(window).flatMap(f -> f.openLessonFile(file));
            case CONSULTATION -> {
                window.show("consult");
                org.bonebalance.ui.consult.ConsultViewModel vm = org.bonebalance.ui.consult.ConsultFeatures.viewModel(window);
                yield vm.open(file) ? java.util.Optional.empty() : java.util.Optional.of(vm.messageProperty().get());
            }
        };
        problem.ifPresent(p -> System.err.println(Messages.get("app.error.line", p)));
    }

    /** The app's icon at the sizes window managers ask for (title bar, task switcher). */
    private static java.util.List<javafx.scene.image.Image> icons() {
        java.util.List<javafx.scene.image.Image> out = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128}) {
            try (java.io.InputStream in = BoneBalanceApp.class.getResourceAsStream("/org/bonebalance/icons/app-" + size + ".png")) {
                if (in != null) out.add(new javafx.scene.image.Image(in));
            } catch (IOException e) {
                // a missing size: the window manager scales another
            }
        }
        return out;
    }

    /** The window's exit hooks: --snapshot and --perf (again for a rebuilt window). */
    private void addExitHooks(MainWindow window) {
        pending.snapshot().ifPresent(file -> window.onExit(() -> {
            try {
                window.saveSnapshot(file);
            } catch (IOException e) {
                snapshotFailed(file, org.bonebalance.io.WriteProblems.why(e));
            } catch (RuntimeException e) {
                snapshotFailed(file, String.valueOf(e.getMessage()));
            }
        }));
        if (perf != null) window.onExit(() -> perf.print(System.out));
    }

    /** Says so in plain words, and the process ends with status 1 so a script notices. */
    private void snapshotFailed(java.nio.file.Path file, String why) {
        System.err.println(Messages.get("app.error.line", Messages.get("app.snapshot.failed", file, why)));
        exitStatus = 1;
    }

    /** Runs the window's exit hooks (snapshot, perf) once a close request has not been cancelled. */
    private void chainExitHooks(Stage stage) {
        javafx.event.EventHandler<javafx.stage.WindowEvent> before = stage.getOnCloseRequest();
        stage.setOnCloseRequest(e -> {
            if (before != null) before.handle(e);
            if (!e.isConsumed()) host.window().runExitHooks();
        });
    }

    @Override
    public void stop() {
        if (clock != null) clock.stop();
        if (host != null) {
            host.window().runExitHooks();
            host.window().dispose();
        }
        // a failed exit hook (--snapshot not saved) ends the process with its status, so a script notices
        if (exitStatus != 0) System.exit(exitStatus);
    }
}
