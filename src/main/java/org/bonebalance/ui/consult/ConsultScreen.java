package org.bonebalance.ui.consult;

import javafx.scene.Node;
import javafx.stage.Window;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;

/**
 * The consultation screen: one person's timeline, up to three therapy scenarios side by side,
 * honest fracture-risk icon arrays, and a one-page handout. The consultation itself lives in the app model
 * ({@link org.bonebalance.sim.app.AppModel#consultation()}), so rebuilding the window (e.g. after a language change)
 * keeps it.
 * Menu, autosave and the close question: {@link org.bonebalance.ui.consult.ConsultFeatures}.
 */
public final class ConsultScreen implements Screen {
    private final ConsultViewModel viewModel;
    private final ConsultView view;

    public ConsultScreen(AppContext context) {
        this(new ConsultViewModel(context.model().consultation(), org.bonebalance.io.consult.Autosave.inHome()));
    }

    /** With a given view model (tests pass one whose autosave lives in a test folder). */
    public ConsultScreen(ConsultViewModel vm) {
        this.viewModel = vm;
        this.view = new ConsultView(vm, new ConsultView.Actions() {
            @Override public void open() { ConsultFiles.open(vm, window()); }

            @Override public void save() { ConsultFiles.save(vm, window()); }

            @Override public void saveAs() { ConsultFiles.saveAs(vm, window()); }

            @Override public void handout() { ConsultFiles.handout(vm, window()); }

            @Override public void print() { ConsultFiles.print(vm); }
        });
    }

    @Override public String id() { return "consult"; }

    @Override public String titleKey() { return "screen.consult"; }

    @Override public Node root() { return view.root(); }

    public ConsultViewModel viewModel() { return viewModel; }

    @Override
    public void dispose() { view.dispose(); }

    private Window window() {
        return view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }
}
