package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The explorer screen. Being built (issue 3). */
public final class ExplorerScreen implements Screen {
    private final Label root = new Label("explorer");

    public ExplorerScreen(AppContext context, MainWindow window) {
    }

    @Override public String id() { return "explorer"; }

    @Override public String titleKey() { return "screen.explorer"; }

    @Override public Node root() { return root; }
}
