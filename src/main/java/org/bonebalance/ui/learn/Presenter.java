package org.bonebalance.ui.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.MainWindow;
import org.bonebalance.ui.Theme;

/**
 * Presenter mode (F5 or {@code --presenter}): full screen, the projector theme, larger type, the menu bar and
 * all but the essential toolbar controls hidden, narration in large type (css/learn.css, {@code .presenter}).
 */
public final class Presenter {
    /** Toolbar controls that stay in presenter mode. */
    public static final Set<String> ESSENTIAL = Set.of("play", "step", "reset", "speed", "depth");

    private final MainWindow window;
    private final List<Node> hidden = new ArrayList<>();
    private boolean on;
    private Theme before = Theme.LIGHT;
    private Stage stage;
    private javafx.util.Subscription showing = javafx.util.Subscription.EMPTY;

    Presenter(MainWindow window) {
        this.window = window;
    }

    void setStage(Stage stage) {
        this.stage = stage;
        showing.unsubscribe();
        if (stage == null) return;
        // full screen only takes effect on a stage that is showing (the stage outlives this window: released in dispose)
        showing = stage.showingProperty().subscribe(s -> { if (s && on) fullScreen(true); });
    }

    /** Takes over from the presenter of the window this one replaces: on or off, and the theme to return to. */
    void continueFrom(Presenter old) {
        if (!old.on) {
            set(false);
            return;
        }
        set(true);
        before = old.before;
        windowed = old.windowed;
    }

    void dispose() { showing.unsubscribe(); }

    public boolean isOn() { return on; }

    public void toggle() { set(!on); }

    public void set(boolean value) {
        if (value == on) return;
        on = value;
        Parent root = window.root();
        if (on) {
            before = window.context().themeProperty().get();
            window.context().themeProperty().set(Theme.PROJECTOR);
            root.getStyleClass().add(Styles.PRESENTER);
            hide(window.menuBar());
            if (window.menuBar().getParent() instanceof Parent top) {
                for (Node bar : top.getChildrenUnmodifiable()) {
                    if (bar == window.menuBar() || !(bar instanceof Parent p)) continue;
                    for (Node item : p.getChildrenUnmodifiable()) {
                        if (!isEssential(item)) hide(item);
                    }
                }
            }
        } else {
            window.context().themeProperty().set(before);
            root.getStyleClass().remove(Styles.PRESENTER);
            for (Node n : hidden) {
                n.setVisible(true);
                n.setManaged(true);
            }
            hidden.clear();
        }
        fullScreen(on);
    }

    private static boolean isEssential(Node item) {
        if (item.getId() != null && ESSENTIAL.contains(item.getId())) return true;
        if (item instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) if (c.getId() != null && ESSENTIAL.contains(c.getId())) return true;
        }
        return false;
    }

    private void hide(Node n) {
        if (!n.isVisible()) return;
        n.setVisible(false);
        n.setManaged(false);
        hidden.add(n);
    }

    private javafx.geometry.Rectangle2D windowed;

    private void fullScreen(boolean value) {
        if (stage == null) return;
        // Cover the screen even where a window manager ignores full-screen requests.
        if (value && windowed == null && stage.isShowing()) {
            windowed = new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
        } else if (!value && windowed != null) {
            stage.setX(windowed.getMinX());
            stage.setY(windowed.getMinY());
            stage.setWidth(windowed.getWidth());
            stage.setHeight(windowed.getHeight());
            windowed = null;
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(Messages.get("content.presenter.hint"));
        stage.setFullScreen(value);
    }
}
