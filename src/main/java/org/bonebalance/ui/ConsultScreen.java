package org.bonebalance.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;

/** The consult screen. Placeholder: replaced by its issue's work. */
public final class ConsultScreen implements Screen {
    private final Label root = new Label("consult");

    public ConsultScreen(AppContext context) {
    }

    @Override public String id() { return "consult"; }

    @Override public String titleKey() { return "screen.consult"; }

    @Override public Node root() { return root; }
}
