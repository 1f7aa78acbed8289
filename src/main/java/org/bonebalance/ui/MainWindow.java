package org.bonebalance.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.bonebalance.content.Messages;

/** The app shell: screens as tabs. Screens are added by {@link #addScreen}. */
public final class MainWindow {
    private final AppContext context;
    private final BorderPane root = new BorderPane();
    private final TabPane tabs = new TabPane();
    private final List<Screen> screens = new ArrayList<>();

    public MainWindow(AppContext context) {
        this.context = context;
        root.getStyleClass().add("app-root");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        Label disclaimer = new Label(Messages.get("app.disclaimer.short"));
        disclaimer.getStyleClass().add("disclaimer");
        StackPane bottom = new StackPane(disclaimer);
        bottom.getStyleClass().add("status-bar");
        root.setBottom(bottom);
    }

    public void addScreen(Screen screen) {
        screens.add(screen);
        Tab tab = new Tab(Messages.get(screen.titleKey()), screen.root());
        tab.setId("tab-" + screen.id());
        tabs.getTabs().add(tab);
    }

    public void show(String screenId) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(screenId)) tabs.getSelectionModel().select(i);
        }
    }

    public Parent root() { return root; }

    public AppContext context() { return context; }

    public void dispose() {
        screens.forEach(Screen::dispose);
    }
}
