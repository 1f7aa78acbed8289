package org.bonebalance.ui.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.Shell;
import org.bonebalance.ui.Theme;

/**
 * Presenter mode (F5 or {@code --presenter}): full screen, the projector theme, larger type, the menu bar and
 * all but the essential toolbar controls hidden, narration in large type (css/learn.css, {@code .presenter}).
 * On or off is the context's ({@link org.bonebalance.ui.AppContext#presenterProperty()}), with the theme to
 * return to, so a rebuilt window comes up in the same mode; this shows it in one window.
 */
public final class Presenter {
    /** Toolbar controls that stay in presenter mode. */
    public static final Set<String> ESSENTIAL = Set.of("play", "step", "reset", "speed", "depth");

    private final Shell window;
    private static final String WINDOWED = "bonebalance.presenter.windowed";
    private final List<Node> hidden = new ArrayList<>();
    private boolean on;
    private Stage stage;
    private javafx.util.Subscription showing = javafx.util.Subscription.EMPTY;
    private final javafx.util.Subscription following;

    Presenter(Shell window) {
        this.window = window;
        following = window.context().presenterProperty().subscribe(this::show);
    }

    void setStage(Stage stage) {
        this.stage = stage;
        showing.unsubscribe();
        if (stage == null) return;
        // full screen only takes effect on a stage that is showing (the stage outlives this window: released in dispose)
        showing = stage.showingProperty().subscribe(s -> { if (s && on) fullScreen(true); });
    }

    void dispose() {
        showing.unsubscribe();
        following.unsubscribe();
    }

    public boolean isOn() { return window.context().presenterProperty().get(); }

    public void toggle() { set(!isOn()); }

    /** Turns presenter mode on or off: the theme changes here, once, and every window shows the mode. */
    public void set(boolean value) {
        var context = window.context();
        if (value == context.presenterProperty().get()) return;
        if (value) {
            context.setThemeBeforePresenter(context.themeProperty().get());
            context.themeProperty().set(Theme.PROJECTOR);
        } else {
            context.themeProperty().set(context.themeBeforePresenter());
        }
        context.presenterProperty().set(value);
    }

    private void show(boolean value) {
        if (value == on) return;
        on = value;
        Parent root = window.root();
        if (on) {
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

    private void fullScreen(boolean value) {
        if (stage == null) return;
        // the stage's bounds before presenter mode live with the stage, which outlives a rebuilt window
        javafx.geometry.Rectangle2D windowed = (javafx.geometry.Rectangle2D) stage.getProperties().get(WINDOWED);
        // Cover the screen even where a window manager ignores full-screen requests.
        if (value && windowed == null && stage.isShowing()) {
            stage.getProperties().put(WINDOWED,
                    new javafx.geometry.Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
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
            stage.getProperties().remove(WINDOWED);
        }
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(Messages.get("content.presenter.hint"));
        stage.setFullScreen(value);
    }
}
