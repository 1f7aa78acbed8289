package org.bonebalance.ui.shell;

import java.util.function.Consumer;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.learn.LearnFeatures;

/**
 * The stage's window, one at a time, over the one context. {@link #rebuild} (a language change) swaps the
 * views only: the context, its model, the clock and everything the user chose carry on untouched.
 */
public final class WindowHost {
    private final AppContext context;
    private final Stage stage;
    private final Consumer<MainWindow> eachWindow;
    private MainWindow window;

    /**
     * @param first      the window already on the stage's scene
     * @param eachWindow run for the first window and every rebuilt one (e.g. exit hooks)
     */
    public WindowHost(AppContext context, Stage stage, MainWindow first, Consumer<MainWindow> eachWindow) {
        this.context = context;
        this.stage = stage;
        this.eachWindow = eachWindow;
        this.window = first;
        attach();
    }

    /** The window on show now. */
    public MainWindow window() { return window; }

    /** New views over the same context, in the current language, on the same scene. */
    public void rebuild() {
        MainWindow old = window;
        window = BoneBalanceApp.build(context);
        stage.getScene().setRoot(window.root());
        stage.setTitle(Messages.get("app.title"));
        old.dispose();
        attach();
    }

    private void attach() {
        eachWindow.accept(window);
        LearnFeatures.attach(window, stage, this::rebuild); // lesson keys, F5, full screen, the Language menu
    }
}
