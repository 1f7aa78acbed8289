package org.bonebalance.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.Pane;

/**
 * What an area (learn, consultation) may ask of the window it is installed in: the window itself lives in
 * {@code ui.shell}, which builds the areas, so they depend on this and never on the shell.
 */
public interface Shell {
    /** A node's property key saying it uses the arrow keys itself (window-wide arrow keys leave it alone). */
    String TAKES_ARROWS = "bonebalance.takesArrows";

    AppContext context();

    Parent root();

    MenuBar menuBar();

    /** Adds a menu before Help. */
    void addMenu(Menu menu);

    void addToolbarItem(Node node);

    /** Adds an area's stylesheet to the scene, after the theme and app.css. */
    void addStylesheet(String url);

    /** A panel on the right of the screens; null removes it. */
    void setSidePanel(Node node);

    /** A transparent layer above everything (spotlight, pen). */
    Pane overlayLayer();

    /** Selects the screen with this id. */
    void show(String screenId);

    /** The screen with this id, built now if it was not yet. */
    Optional<Screen> screen(String id);

    /** Runs the action with the screen once it is built. */
    void whenBuilt(String id, Consumer<Screen> action);

    /** Runs work once the first frame has been laid out. */
    void afterFirstFrame(Runnable work);

    /** Runs r when the window is disposed (rebuilt or closed). */
    void onDispose(Runnable r);
}
