package org.bonebalance.ui;

import javafx.scene.Node;

/** One screen of the main window (a tab). Screens observe the shared {@link AppContext}. */
public interface Screen {
    /** Stable id used by --screen: explorer, cycle, switch, consult, learn. */
    String id();

    /** Bundle key of the tab title. */
    String titleKey();

    /** The screen's root node, built once. */
    Node root();

    /**
     * Told when the screen's tab is selected (true) or left (false). Screens that draw every frame skip
     * drawing while hidden and catch up when shown again; their model state keeps advancing.
     */
    default void setShowing(boolean showing) {}

    /** Releases listeners on longer-lived objects. */
    default void dispose() {}
}
