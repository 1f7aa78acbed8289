package org.bonebalance.ui.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.io.AppFiles;
import org.bonebalance.io.LessonFile;
import org.bonebalance.io.LessonFileException;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.Shell;
import org.bonebalance.ui.predict.PredictionView;
import org.bonebalance.ui.predict.PredictionViewModel;

/**
 * Wires the learn area into one window: the depth switch, the Learn menu (lessons, glossary, evidence,
 * references, about, presenter mode, language), the lesson player with its narration panel and spotlight, the
 * lesson keys, and the options {@code --lesson}, {@code --step}, {@code --presenter}.
 * <p>{@code BoneBalanceApp} calls {@link #install} after registering the screens (a rebuilt window shows the
 * lesson in progress again), {@link #applyStartOptions} for the first window only, and {@link #attach} once
 * the stage exists.
 */
public final class LearnFeatures {
    private static final String KEY_FILTER = "bonebalance.learn.keys";

    private final Shell window;
    private final LessonPlayer player;
    private final LessonPanel panel;
    private final Presenter presenter;
    private final Pen pen;
    private Lesson lastLesson;
    private Runnable rebuild;
    /** The explorer's "what will happen?" after a change (View menu), in the side panel while no lesson runs. */
    private final PredictionViewModel explorerPrediction;
    private final PredictionView explorerPredictionView;
    private final javafx.scene.layout.VBox explorerPanel;
    private final javafx.scene.control.ScrollPane explorerScroll;
    private javafx.util.Subscription subscriptions = javafx.util.Subscription.EMPTY;

    private LearnFeatures(Shell window) {
        this.window = window;
        this.player = new LessonPlayer(window);
        this.panel = new LessonPanel(player, window.context());
        player.spotlight().keepLit(panel.root());
        this.presenter = new Presenter(window);
        this.pen = new Pen(window.overlayLayer(), (javafx.scene.Parent) window.root().getChildrenUnmodifiable().getFirst(),
                window.context().snapshotProperty());
        explorerPrediction = PredictionViewModel.forExplorer(window.context());
        explorerPredictionView = new PredictionView(explorerPrediction, "explorer-predict",
                Messages.get("content.predict.explorer.heading"), true);
        javafx.scene.control.ScrollPane scroll = org.bonebalance.ui.ScrollPanes.uncached(
                new javafx.scene.control.ScrollPane(explorerPredictionView.root()));
        explorerScroll = scroll;
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        explorerPanel = new javafx.scene.layout.VBox(scroll);
        javafx.scene.layout.VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        explorerPanel.setId("explorer-prediction-panel");
        explorerPanel.getStyleClass().addAll(Styles.LESSON_PANEL, "explorer-prediction-panel");
        explorerPanel.setPrefWidth(320);
        explorerPanel.setMinWidth(260);
        explorerPanel.setMaxWidth(360);
        player.spotlight().keepLit(explorerPanel);
    }

    /** The learn area of this window (kept with its root node, so it goes with the window). */
    public static Optional<LearnFeatures> of(Shell window) {
        return Optional.ofNullable(window.root().getProperties().get(LearnFeatures.class))
                .map(LearnFeatures.class::cast);
    }

    /** Adds the learn area's controls to a freshly built window and shows the lesson in progress, if any. */
    public static LearnFeatures install(Shell window) {
        LearnFeatures f = new LearnFeatures(window);
        window.root().getProperties().put(LearnFeatures.class, f);
        window.addStylesheet(Styles.stylesheet());
        window.addToolbarItem(DepthSwitch.create(window.context().depthProperty()));
        window.addMenu(f.menu()); // before Help, where people look for it
        window.onDispose(f::dispose);
        window.whenBuilt("learn", s -> ((LearnScreen) s).setLessonsView(LessonsView.build(f)));
        f.player.indexProperty().subscribe(i -> f.stepChanged(i.intValue()));
        f.subscriptions = f.explorerPrediction.openProperty().subscribe(open -> f.showSidePanel());
        f.player.resume();
        f.player.lessonProperty().subscribe(l -> { if (l != null) f.lastLesson = l; });
        return f;
    }

    /** What only the first window of a run does: --lesson/--step and --presenter. */
    public static void applyStartOptions(Shell window) {
        LearnFeatures f = of(window).orElseThrow();
        AppOptions o = window.context().options();
        o.lesson().ifPresent(arg -> {
            try {
                f.startLesson(LessonFile.resolve(arg), o.step().orElse(1) - 1);
            } catch (LessonFileException e) {
                System.err.println("--lesson: " + e.getMessage());
            }
        });
        if (o.presenter()) f.presenter.set(true);
    }

    /** Once the stage exists: lesson and presenter keys, full screen, and the rebuild used on a language change. */
    public static void attach(Shell window, Stage stage, Runnable rebuild) {
        LearnFeatures f = of(window).orElse(null);
        if (f == null) return;
        f.rebuild = rebuild;
        f.presenter.setStage(stage);
        Scene scene = stage.getScene();
        if (scene.getProperties().get(KEY_FILTER) instanceof EventHandler<?> old) {
            @SuppressWarnings("unchecked") EventHandler<KeyEvent> h = (EventHandler<KeyEvent>) old;
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, h);
        }
        EventHandler<KeyEvent> keys = f::onKey;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        scene.getProperties().put(KEY_FILTER, keys);
    }

    public LessonPlayer player() { return player; }

    public Presenter presenter() { return presenter; }

    public Pen pen() { return pen; }

    public void startLesson(Lesson lesson, int stepIndex) {
        lastLesson = lesson;
        player.start(lesson, stepIndex);
    }

    /**
     * Opens a lesson file. A broken file changes nothing: its exact problem is returned (and shown in a dialog
     * when the window is on screen).
     */
    public Optional<String> openLessonFile(Path file) {
        Lesson l;
        try {
            l = LessonFile.read(file);
        } catch (LessonFileException e) {
            Window w = window.root().getScene() == null ? null : window.root().getScene().getWindow();
            if (w != null && w.isShowing()) {
                Alert a = new Alert(Alert.AlertType.ERROR);
                a.initOwner(w);
                a.setHeaderText(Messages.get("content.lesson.error.title"));
                a.setContentText(e.getMessage() + "\n\n" + Messages.get("content.lesson.error.unchanged"));
                a.getDialogPane().setId("lesson-error");
                a.show();
            }
            return Optional.of(e.getMessage());
        }
        startLesson(l, 0);
        return Optional.empty();
    }

    /** Saves the running (or last) lesson with its texts spelled out in every language. */
    public Optional<String> saveLesson(Path file) {
        if (lastLesson == null) return Optional.of(Messages.get("content.lesson.none"));
        try {
            LessonFile.write(lastLesson, file);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Messages.get("content.lesson.save.error", org.bonebalance.io.WriteProblems.why(e)));
        }
    }

    void chooseAndOpen() {
        FileChooser c = chooser();
        Path p = Optional.ofNullable(c.showOpenDialog(owner())).map(java.io.File::toPath).orElse(null);
        if (p != null) openLessonFile(p);
    }

    void chooseAndSave() {
        if (lastLesson == null) lastLesson = LessonFile.builtIn().getFirst();
        FileChooser c = chooser();
        c.setInitialFileName(lastLesson.id() + AppFiles.LESSON_EXTENSION);
        Path p = Optional.ofNullable(c.showSaveDialog(owner())).map(java.io.File::toPath)
                .map(f -> AppFiles.withExtension(f, AppFiles.LESSON_EXTENSION)).orElse(null);
        if (p == null) return;
        Optional<String> err = saveLesson(p);
        Alert a = new Alert(err.isPresent() ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION,
                err.orElse(Messages.get("content.lesson.saved", p)));
        a.initOwner(owner());
        a.show();
    }

    private FileChooser chooser() {
        FileChooser c = new FileChooser();
        // the lesson extension first (what saving makes), and the JSON lesson files people already have
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("content.lesson.filter"),
                "*" + AppFiles.LESSON_EXTENSION, "*" + AppFiles.JSON_EXTENSION));
        return c;
    }

    private Window owner() { return window.root().getScene() == null ? null : window.root().getScene().getWindow(); }

    /** Shows a section of the learn screen (lessons, explain, glossary, evidence, references, about). */
    public void showSection(String section) {
        if (LearnViewModel.IDS.contains(section)) window.context().learnSectionProperty().set(section);
        window.show("learn");
    }

    private void stepChanged(int i) {
        pen.clear();
        if (player.isActive() && i >= 0) panel.showStep();
        showSidePanel();
    }

    /** The lesson's narration while a lesson runs; else the explorer's question while one is open; else none. */
    private void showSidePanel() {
        javafx.scene.Node q = explorerPredictionView.root();
        if (player.isActive() && player.indexProperty().get() >= 0) {
            // a lesson that switched asking on: the explorer's question joins the narration
            if (explorerScroll.getContent() == q) explorerScroll.setContent(null);
            panel.holdExplorerQuestion(q);
            window.setSidePanel(panel.root());
        } else {
            panel.holdExplorerQuestion(null);
            if (explorerScroll.getContent() != q) explorerScroll.setContent(q);
            window.setSidePanel(explorerPrediction.openProperty().get() ? explorerPanel : null);
        }
    }

    /** The question of the lesson step on show, if it asks one. */
    public Optional<PredictionViewModel> lessonPrediction() { return panel.prediction(); }

    /** The explorer's question after a change (open only while the View menu's asking is on). */
    public PredictionViewModel explorerPrediction() { return explorerPrediction; }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            presenter.toggle();
            if (!presenter.isOn()) { pen.setOn(false); pen.clear(); }
            e.consume();
            return;
        }
        boolean typing = e.getTarget() instanceof TextInputControl
                || (window.root().getScene() != null && window.root().getScene().getFocusOwner() instanceof TextInputControl);
        if (presenter.isOn() && !typing && (e.getCode() == KeyCode.P || e.getCode() == KeyCode.C)) {
            if (e.getCode() == KeyCode.P) pen.toggle();
            else pen.clear();
            e.consume();
            return;
        }
        if (player.isActive() && !typing) {
            // a focused slider keeps its arrows; Page Up/Down (presentation clickers) always step
            javafx.scene.Node focus = window.root().getScene() == null ? null : window.root().getScene().getFocusOwner();
            // (and a node that says it uses them, as the timeline does for going back in time)
            boolean arrowsTaken = focus instanceof javafx.scene.control.Slider || focus instanceof javafx.scene.control.Spinner<?>
                    || (focus != null && focus.getProperties().containsKey(org.bonebalance.ui.Shell.TAKES_ARROWS));
            switch (e.getCode()) {
                case RIGHT -> { if (!arrowsTaken) { player.next(); e.consume(); } }
                case LEFT -> { if (!arrowsTaken) { player.previous(); e.consume(); } }
                case PAGE_DOWN -> { player.next(); e.consume(); }
                case PAGE_UP -> { player.previous(); e.consume(); }
                // Space (play/pause) is the shell's, everywhere
                case ESCAPE -> { player.exit(); e.consume(); }
                default -> { }
            }
        } else if (e.getCode() == KeyCode.ESCAPE && presenter.isOn()) {
            presenter.set(false);
            e.consume();
        }
    }

    private void addLessonItems(Menu lessons, java.util.List<Lesson> builtIn) {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        for (Lesson l : builtIn) {
            MenuItem i = new MenuItem(Messages.get("content.menu.lesson.item", l.number(), l.title().text()));
            i.setOnAction(e -> startLesson(l, 0));
            items.add(i);
        }
        lessons.getItems().addAll(0, items);
    }

    private Menu menu() {
        Menu m = new Menu(Messages.get("content.menu.learn"));
        m.setId("menu-learn");
        Menu lessons = new Menu(Messages.get("content.menu.lessons"));
        if (window.context().options().lesson().isPresent()) {
            addLessonItems(lessons, LessonFile.builtIn()); // parsed now anyway to open the lesson asked for
        } else {
            // parsing the built-in lessons (and starting the JSON library) takes about half a second: do it
            // off the FX thread once the first frame is out (so it does not compete with it for the CPU),
            // then add the items on the FX thread
            window.afterFirstFrame(() -> java.util.concurrent.CompletableFuture.supplyAsync(LessonFile::builtIn)
                    .thenAcceptAsync(list -> addLessonItems(lessons, list), javafx.application.Platform::runLater)
                    .exceptionally(ex -> {
                        System.err.println("error: " + ex.getMessage());
                        return null;
                    }));
        }
        MenuItem open = new MenuItem(Messages.get("content.menu.open"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem save = new MenuItem(Messages.get("content.menu.save"));
        save.setOnAction(e -> chooseAndSave());
        lessons.getItems().addAll(new SeparatorMenuItem(), open, save);
        MenuItem glossary = new MenuItem(Messages.get("content.menu.glossary"));
        glossary.setOnAction(e -> showSection(LearnViewModel.GLOSSARY));
        MenuItem evidence = new MenuItem(Messages.get("content.menu.evidence"));
        evidence.setOnAction(e -> showSection(LearnViewModel.EVIDENCE));
        MenuItem refs = new MenuItem(Messages.get("content.menu.references"));
        refs.setOnAction(e -> showSection(LearnViewModel.REFERENCES));
        MenuItem about = new MenuItem(Messages.get("content.menu.about"));
        about.setOnAction(e -> showSection(LearnViewModel.ABOUT));
        MenuItem present = new MenuItem(Messages.get("content.menu.presenter"));
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> presenter.toggle());
        Menu language = new Menu(Messages.get("content.menu.language"));
        ToggleGroup g = new ToggleGroup();
        for (Locale l : Messages.LANGUAGES) {
            RadioMenuItem r = new RadioMenuItem(Messages.get(l.getLanguage().equals("es") ? "content.language.es" : "content.language.en"));
            r.setToggleGroup(g);
            r.setSelected(l.getLanguage().equals(Messages.locale().getLanguage()));
            r.setOnAction(e -> setLanguage(l));
            language.getItems().add(r);
        }
        m.getItems().addAll(lessons, glossary, evidence, refs, about, new SeparatorMenuItem(), present, language);
        return m;
    }

    /** Switches language; the window is rebuilt over the same context so every view reads its text again. */
    public void setLanguage(Locale l) {
        Messages.setLocale(l);
        if (rebuild != null) rebuild.run();
    }

    public void dispose() {
        subscriptions.unsubscribe();
        explorerPredictionView.dispose();
        explorerPrediction.dispose();
        player.dispose();
        panel.dispose();
        pen.dispose();
        presenter.dispose();
        window.root().getProperties().remove(LearnFeatures.class);
    }
}
