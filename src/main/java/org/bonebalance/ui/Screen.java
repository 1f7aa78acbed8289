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

    /** Releases listeners on longer-lived objects. */
    default void dispose() {}
}
