package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The learn screen. Placeholder: replaced by its issue's work. */
public final class LearnScreen implements Screen {
    private final Label root = new Label("learn");

    public LearnScreen(AppContext context) {
    }

    @Override public String id() { return "learn"; }

    @Override public String titleKey() { return "screen.learn"; }

    @Override public Node root() { return root; }
}
