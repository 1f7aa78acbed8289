package org.bonebalance.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;

/**
 * The app shell: menu bar and toolbar on top, screens as tabs in the centre, an optional side panel
 * (e.g. lesson narration) on the right, an overlay layer above everything (spotlight, pen), and the
 * not-medical-advice line at the bottom.
 * <p>Extension points for other areas: {@link #menuBar()}, {@link #addMenu}, {@link #addToolbarItem},
 * {@link #setSidePanel}, {@link #overlayLayer()}, {@link #show}.
 */
public final class MainWindow {
    private final AppContext context;
    private final BorderPane layout = new BorderPane();
    private final StackPane root = new StackPane();
    private final MenuBar menuBar = new MenuBar();
    private final HBox toolbar = new HBox(8);
    private final TabPane tabs = new TabPane();
    private final Pane overlay = new Pane();
    private final List<Screen> screens = new ArrayList<>();

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
    }

    public void addScreen(Screen screen) {
        screens.add(screen);
        Tab tab = new Tab(Messages.get(screen.titleKey()), screen.root());
        tab.setId("tab-" + screen.id());
        tabs.getTabs().add(tab);
    }

    /** Selects the screen with this id (explorer, cycle, switch, learn, consult). */
    public void show(String screenId) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(screenId)) tabs.getSelectionModel().select(i);
        }
    }

    /** The id of the screen on show. */
    public String currentScreenId() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return i >= 0 ? screens.get(i).id() : "";
    }

    public TabPane tabs() { return tabs; }

    public MenuBar menuBar() { return menuBar; }

    public void addMenu(Menu menu) { menuBar.getMenus().add(menu); }

    public void addToolbarItem(Node node) { toolbar.getChildren().add(node); }

    /** A panel on the right of the screens (e.g. lesson narration); null removes it. */
    public void setSidePanel(Node node) { layout.setRight(node); }

    /** A transparent layer above everything, for spotlights and pen strokes (mouse-transparent by default). */
    public Pane overlayLayer() { return overlay; }

    public Parent root() { return root; }

    public AppContext context() { return context; }

    public List<Screen> screens() { return List.copyOf(screens); }

    public void dispose() {
        screens.forEach(Screen::dispose);
    }
}
