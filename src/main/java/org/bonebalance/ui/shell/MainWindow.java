package org.bonebalance.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.Shell;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.ToolbarFlow;

/**
 * The app shell: menu bar and toolbar on top, screens as tabs in the centre, an optional side panel
 * (e.g. lesson narration) on the right, an overlay layer above everything (spotlight, pen), and the
 * not-medical-advice line at the bottom.
 * <p>Extension points for other areas: {@link #menuBar()}, {@link #addMenu}, {@link #addToolbarItem},
 * {@link #setSidePanel}, {@link #overlayLayer()}, {@link #show}, {@link #addStylesheet}, {@link #onExit}.
 * <p>Keys: Space plays/pauses anywhere except in text fields; Enter activates the focused button;
 * Ctrl+1..5 select screens; Ctrl +/-/0 zoom the whole UI (the root font size).
 */
public final class MainWindow implements Shell {
    public static final String APP_CSS = MainWindow.class.getResource("/org/bonebalance/css/app.css").toExternalForm();

    private final AppContext context;
    private final BorderPane layout = new BorderPane();
    private final StackPane root = new StackPane();
    private final MenuBar menuBar = new MenuBar();
    /**
     * The toolbar's items stand in one row while they fit, and wrap onto more rows when they do not (the
     * projector theme or zoom in a 1280-px window), instead of drawing over each other.
     */
    private final ToolbarFlow toolbar = new ToolbarFlow(10, 4);
    private final TabPane tabs = new TabPane();
    private final Pane overlay = new Pane();
    /** Screens in tab order; each is built the first time it is shown or asked for. */
    private final List<ScreenSlot> screens = new ArrayList<>();

    /** One tab: its screen once built, and what to run when it is. */
    private static final class ScreenSlot {
        final String id;
        final Tab tab;
        final java.util.function.Supplier<Screen> factory;
        final List<java.util.function.Consumer<Screen>> whenBuilt = new ArrayList<>();
        Screen screen;

        ScreenSlot(String id, Tab tab, java.util.function.Supplier<Screen> factory) {
            this.id = id;
            this.tab = tab;
            this.factory = factory;
        }
    }
    private final List<String> extraStylesheets = new ArrayList<>();
    private final List<Runnable> exitHooks = new ArrayList<>();
    private final List<Runnable> disposers = new ArrayList<>();
    private final Menu fileMenu = new Menu(Messages.get("menu.file"));
    private final Menu viewMenu = new Menu(Messages.get("menu.view"));
    private final Menu screensMenu = new Menu(Messages.get("menu.view.screens"));
    private final Menu helpMenu = new Menu(Messages.get("menu.help"));
    private final javafx.event.EventHandler<KeyEvent> keyFilter = this::globalKeys;
    private javafx.util.Subscription contextSubscriptions = javafx.util.Subscription.EMPTY;

    public MainWindow(AppContext context) {
        this.context = context;
        root.getStyleClass().add("app-root");
        toolbar.getStyleClass().add("app-toolbar");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("screens");
        layout.setTop(new VBox(menuBar, toolbar));
        layout.setCenter(tabs);
        Label disclaimer = new Label(Messages.get("app.disclaimer.short"));
        disclaimer.getStyleClass().add("disclaimer");
        disclaimer.setWrapText(true);
        StackPane bottom = new StackPane(disclaimer);
        bottom.getStyleClass().add("status-bar");
        layout.setBottom(bottom);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        overlay.getStyleClass().add("overlay-layer");
        root.getChildren().addAll(layout, overlay);
        buildMenus();
        applyZoom();
        // the context outlives this window (a rebuild makes a new one): every listener on it is released in dispose()
        contextSubscriptions = contextSubscriptions
                .and(context.zoomProperty().subscribe(z -> applyZoom()))
                .and(context.themeProperty().subscribe((a, b) -> { applyStylesheets(root.getScene()); applyZoom(); }));
        root.sceneProperty().addListener((o, oldScene, scene) -> {
            applyStylesheets(scene);
            if (oldScene != null) oldScene.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
                // second spellings of the zoom keys (Ctrl + with shift or on the keypad)
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), context::zoomIn);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), context::zoomIn);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), context::zoomIn);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), context::zoomOut);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), context::zoomReset);
            }
        });
    }

    private void buildMenus() {
        MenuItem save = new MenuItem(Messages.get("menu.file.snapshot"));
        save.setId("menu-snapshot");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(e -> chooseAndSaveSnapshot());
        MenuItem exit = new MenuItem(Messages.get("menu.file.exit"));
        exit.setId("menu-exit");
        exit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        exit.setOnAction(e -> requestClose());
        fileMenu.getItems().addAll(save, new SeparatorMenuItem(), exit);

        Menu themes = new Menu(Messages.get("menu.view.theme"));
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(t.nameKey()));
            item.setId("menu-theme-" + t.id());
            item.setToggleGroup(group);
            item.setSelected(context.themeProperty().get() == t);
            item.setOnAction(e -> context.themeProperty().set(t));
            contextSubscriptions = contextSubscriptions.and(context.themeProperty().subscribe(b -> item.setSelected(b == t)));
            themes.getItems().add(item);
        }
        MenuItem zoomIn = new MenuItem(Messages.get("menu.view.zoomIn"));
        zoomIn.setId("menu-zoom-in");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> context.zoomIn());
        MenuItem zoomOut = new MenuItem(Messages.get("menu.view.zoomOut"));
        zoomOut.setId("menu-zoom-out");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> context.zoomOut());
        MenuItem zoomReset = new MenuItem(Messages.get("menu.view.zoomReset"));
        zoomReset.setId("menu-zoom-reset");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> context.zoomReset());
        // the explorer asks "what will happen?" before a change plays out: a teacher's choice, off by default
        javafx.scene.control.CheckMenuItem predictions = new javafx.scene.control.CheckMenuItem(Messages.get("menu.view.predictions"));
        predictions.setId("menu-predictions");
        predictions.setOnAction(e -> context.setAskBeforeChanges(predictions.isSelected()));
        contextSubscriptions = contextSubscriptions.and(context.askBeforeChangesProperty().subscribe(predictions::setSelected));
        viewMenu.getItems().addAll(screensMenu, themes, new SeparatorMenuItem(), zoomIn, zoomOut, zoomReset,
                new SeparatorMenuItem(), predictions);

        MenuItem about = new MenuItem(Messages.get("menu.help.about"));
        about.setId("menu-about");
        // the app's name and the version the build recorded
        about.setOnAction(e -> inform("menu.help.about", org.bonebalance.content.AppInfo.nameAndVersion(), "app.about.text"));
        MenuItem advice = new MenuItem(Messages.get("menu.help.notAdvice"));
        advice.setId("menu-not-advice");
        advice.setOnAction(e -> inform("menu.help.notAdvice", "app.disclaimer.long"));
        helpMenu.getItems().addAll(about, advice);
        menuBar.getMenus().addAll(fileMenu, viewMenu, helpMenu);
    }

    private void inform(String titleKey, String textKey) {
        inform(titleKey, Messages.get(titleKey), textKey);
    }

    private void inform(String titleKey, String header, String textKey) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(header);
        alert.setContentText(Messages.get(textKey));
        alert.getDialogPane().getStylesheets().addAll(stylesheets());
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.show();
    }

    /** Space: play/pause (except while typing); Enter: press the focused button. */
    private void globalKeys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return;
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl) return;
        if (e.getCode() == KeyCode.SPACE) {
            context.togglePlaying();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && focus instanceof ButtonBase b && !b.isDisabled()) {
            b.fire();
            e.consume();
        }
    }

    private List<String> stylesheets() {
        List<String> all = new ArrayList<>();
        all.add(context.themeProperty().get().stylesheet());
        all.add(APP_CSS);
        all.addAll(extraStylesheets);
        return all;
    }

    private void applyStylesheets(Scene scene) {
        if (scene != null) scene.getStylesheets().setAll(stylesheets());
    }

    /** Adds an area's stylesheet (e.g. css/explorer.css) to the window, after the theme and app.css. */
    public void addStylesheet(String url) {
        if (!extraStylesheets.contains(url)) extraStylesheets.add(url);
        applyStylesheets(root.getScene());
    }

    private void applyZoom() {
        double px = Math.round(context.themeProperty().get().baseFontPx() * context.zoomProperty().get() * 10) / 10.0;
        root.setStyle("-fx-font-size: " + px + "px;");
    }

    /** Adds a screen that is already built. */
    public void addScreen(Screen screen) {
        addScreen(screen.id(), screen.titleKey(), () -> screen);
    }

    /**
     * Adds a screen built only when its tab is first selected (or it is asked for by {@link #screen}), so
     * the window's first frame does not wait for screens nobody has opened yet.
     */
    public void addScreen(String id, String titleKey, java.util.function.Supplier<Screen> factory) {
        Tab tab = new Tab(Messages.get(titleKey), new StackPane());
        tab.setId("tab-" + id);
        ScreenSlot slot = new ScreenSlot(id, tab, factory);
        screens.add(slot);
        tab.selectedProperty().subscribe(selected -> {
            if (selected && active) build(slot);
        });
        tabs.getTabs().add(tab);
        int n = screens.size();
        MenuItem go = new MenuItem(Messages.get(titleKey));
        go.setId("menu-screen-" + id);
        if (n <= 9) go.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(n)), KeyCombination.SHORTCUT_DOWN));
        go.setOnAction(e -> show(id));
        screensMenu.getItems().add(go);
    }

    private boolean active;

    /**
     * Called once the window is assembled (after --screen picked the tab): builds the screen on show. Until
     * then selecting a tab builds nothing, so a window opened on another screen never builds the first one.
     */
    public void activate() {
        active = true;
        String chosen = context.screenProperty().get();
        if (!chosen.isEmpty()) show(chosen);
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (i >= 0) build(screens.get(i));
        // the screen on show is the user's choice, kept in the context: a rebuilt window opens on it
        contextSubscriptions = contextSubscriptions
                .and(tabs.getSelectionModel().selectedIndexProperty().subscribe(n -> context.screenProperty().set(currentScreenId())))
                .and(context.screenProperty().subscribe(this::show));
    }

    private Screen build(ScreenSlot slot) {
        if (slot.screen == null) {
            Screen screen = slot.factory.get();
            slot.screen = screen;
            slot.tab.setContent(screen.root());
            // only the screen on show draws every frame (hidden tabs would still cost render time)
            slot.tab.selectedProperty().subscribe(screen::setShowing);
            slot.whenBuilt.forEach(action -> action.accept(screen));
            slot.whenBuilt.clear();
        }
        return slot.screen;
    }

    /** The screen with this id, built now if it was not yet; empty if there is none. */
    public java.util.Optional<Screen> screen(String id) {
        for (ScreenSlot slot : screens) if (slot.id.equals(id)) return java.util.Optional.of(build(slot));
        return java.util.Optional.empty();
    }

    /**
     * Runs {@code work} once the window's first frame has been laid out (on the FX thread, after that pulse),
     * for start-up work the first frame does not need: it then does not compete with it for the CPU.
     */
    public void afterFirstFrame(Runnable work) {
        root().sceneProperty().subscribe(new java.util.function.Consumer<javafx.scene.Scene>() {
            private boolean done;

            @Override
            public void accept(javafx.scene.Scene scene) {
                if (scene == null || done) return;
                done = true;
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    javafx.application.Platform.runLater(work);
                };
                scene.addPostLayoutPulseListener(once[0]);
            }
        });
    }

    /** Runs action with the screen once it is built (at once if it already is). */
    public void whenBuilt(String id, java.util.function.Consumer<Screen> action) {
        for (ScreenSlot slot : screens) {
            if (!slot.id.equals(id)) continue;
            if (slot.screen != null) action.accept(slot.screen);
            else slot.whenBuilt.add(action);
        }
    }

    /** Selects the screen with this id (explorer, cycle, switch, learn, consult). */
    public void show(String screenId) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id.equals(screenId)) tabs.getSelectionModel().select(i);
        }
    }

    /**
     * The id of the screen on show, as a property: a screen that draws every frame can skip the work while
     * another tab is on show (hidden tabs stay in the scene graph, so their updates still cost frame time).
     */
    public javafx.beans.property.ReadOnlyStringProperty currentScreenProperty() {
        if (currentScreen == null) {
            currentScreen = new javafx.beans.property.ReadOnlyStringWrapper(currentScreenId());
            tabs.getSelectionModel().selectedIndexProperty().subscribe(i -> currentScreen.set(currentScreenId()));
        }
        return currentScreen.getReadOnlyProperty();
    }

    private javafx.beans.property.ReadOnlyStringWrapper currentScreen;

    /** The id of the screen on show. */
    public String currentScreenId() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return i >= 0 ? screens.get(i).id : "";
    }

    public MenuBar menuBar() { return menuBar; }

    public Menu fileMenu() { return fileMenu; }

    public Menu viewMenu() { return viewMenu; }

    public Menu helpMenu() { return helpMenu; }

    public void addMenu(Menu menu) {
        // keep Help last, as users expect
        int help = menuBar.getMenus().indexOf(helpMenu);
        menuBar.getMenus().add(help < 0 ? menuBar.getMenus().size() : help, menu);
    }

    public void addToolbarItem(Node node) { toolbar.getChildren().add(node); }

    public Pane toolbar() { return toolbar; }

    /** A panel on the right of the screens (e.g. lesson narration); null removes it. */
    public void setSidePanel(Node node) { layout.setRight(node); }

    /** A transparent layer above everything, for spotlights and pen strokes (mouse-transparent by default). */
    public Pane overlayLayer() { return overlay; }

    public Parent root() { return root; }

    public AppContext context() { return context; }

    /** Every screen, in tab order (builds those not built yet). */
    public List<Screen> screens() { return screens.stream().map(this::build).toList(); }

    /** Run just before the app exits (e.g. --snapshot, --perf). */
    public void onExit(Runnable hook) { exitHooks.add(hook); }

    /** Saves an image of the whole window (PNG). */
    public void saveSnapshot(Path file) throws IOException {
        WindowSnapshot.save(root.getScene(), file);
    }

    private void chooseAndSaveSnapshot() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("menu.file.snapshot"));
        chooser.setInitialFileName("bonebalance.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f == null) return;
        try {
            saveSnapshot(f.toPath());
        } catch (IOException ex) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("app.snapshot.failed", f, org.bonebalance.io.WriteProblems.why(ex)));
            alert.show();
        }
    }

    /**
     * File > Exit: asks the window to close as its close box does, so whatever guards closing (unsaved
     * consultation) is asked first; exits when nothing cancels it.
     */
    public void requestClose() {
        javafx.stage.Window w = root.getScene() == null ? null : root.getScene().getWindow();
        if (w == null) { exit(); return; }
        // a close request nobody consumes hides the window; one that is cancelled leaves it showing
        w.fireEvent(new javafx.stage.WindowEvent(w, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (!w.isShowing()) exit();
    }

    /** Runs the exit hooks and ends the app at once (--exit-after). */
    public void exit() {
        runExitHooks();
        Platform.exit();
    }

    private boolean exited;

    /** Runs the exit hooks (idempotent). */
    public void runExitHooks() {
        if (exited) return;
        exited = true;
        for (Runnable r : exitHooks) {
            try {
                r.run();
            } catch (RuntimeException ex) {
                System.err.println(Messages.get("app.error.line", ex.getMessage()));
            }
        }
    }

    public void dispose() {
        contextSubscriptions.unsubscribe();
        for (ScreenSlot slot : screens) if (slot.screen != null) slot.screen.dispose();
        disposers.forEach(Runnable::run);
    }

    /** Run when the window is disposed (e.g. rebuilt in another language), for parts that are not screens. */
    public void onDispose(Runnable r) { disposers.add(r); }
}
