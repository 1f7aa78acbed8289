package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The switch screen. Placeholder: replaced by its issue's work. */
public final class SwitchScreen implements Screen {
    private final Label root = new Label("switch");

    public SwitchScreen(AppContext context) {
    }

    @Override public String id() { return "switch"; }

    @Override public String titleKey() { return "screen.switch"; }

    @Override public Node root() { return root; }
}
