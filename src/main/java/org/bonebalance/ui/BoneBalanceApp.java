package org.bonebalance.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Simulation;

/** The JavaFX application: builds the context, the shell and the clock. */
public final class BoneBalanceApp extends Application {
    private static AppOptions pending = AppOptions.none();
    private FxClock clock;
    private MainWindow window;

    /** Called by the Launcher (by reflection) with the raw arguments. */
    public static void launchApp(String[] args) {
        try {
            pending = AppOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(BoneBalanceApp.class, args);
    }

    /** Builds the whole window for the given options (used by the app and by UI tests). */
    public static MainWindow build(AppOptions options) {
        AppContext context = new AppContext(new Simulation(), options);
        MainWindow window = new MainWindow(context);
        window.addScreen(new ExplorerScreen(context));
        window.addScreen(new CycleScreen(context));
        window.addScreen(new SwitchScreen(context));
        window.addScreen(new LearnScreen(context));
        window.addScreen(new ConsultScreen(context));
        options.screen().ifPresent(window::show);
        return window;
    }

    @Override
    public void start(Stage stage) {
        window = build(pending);
        Scene scene = new Scene(window.root(), pending.width().orElse(1280), pending.height().orElse(800));
        scene.getStylesheets().add(window.context().themeProperty().get().stylesheet());
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(scene);
        stage.show();
        // consultation: menu, autosave, ask before closing with unsaved changes (issue 6)
        org.bonebalance.ui.consult.ConsultFeatures.install(window, stage);
        clock = new FxClock(window.context(), null);
        clock.start();
        pending.exitAfterSeconds().ifPresent(s -> {
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(s));
            p.setOnFinished(e -> Platform.exit());
            p.play();
        });
    }

    @Override
    public void stop() {
        if (clock != null) clock.stop();
        if (window != null) window.dispose();
    }
}
