package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scroll panes that do not repaint their whole content for each small change. */
public final class ScrollPanes {
    private ScrollPanes() {}

    /**
     * A scroll pane whose viewport is not cached as a bitmap. The default skin caches the viewport, so any
     * change inside (a phase ring turning, a number ticking) re-renders the whole visible content into the
     * cache and then copies it: with the software renderer, 10 to 20 ms a frame for a side panel. Without
     * the cache only the changed region is painted. Scrolling a short panel gains nothing from the cache.
     */
    public static ScrollPane uncached(ScrollPane scroll) {
        scroll.skinProperty().subscribe(skin -> {
            if (skin == null) return;
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) viewport.setCache(false);
        });
        return scroll;
    }
}
