package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The cycle screen. Placeholder: replaced by its issue's work. */
public final class CycleScreen implements Screen {
    private final Label root = new Label("cycle");

    public CycleScreen(AppContext context) {
    }

    @Override public String id() { return "cycle"; }

    @Override public String titleKey() { return "screen.cycle"; }

    @Override public Node root() { return root; }
}
