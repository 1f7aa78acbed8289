package org.bonebalance.ui.learn;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;

/** Shared by the spotlight and the pen: what is on show, and running something after every layout pulse. */
final class OverlaySupport {
    private OverlaySupport() {}

    /** True when the node and all its parents are visible (a node in a hidden tab is not on show). */
    static boolean onShow(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    /** Runs {@code r} after every layout pulse of the overlay's scene, following scene changes. */
    static final class PulseFollower {
        private final Runnable r;
        private Scene scene;

        PulseFollower(Pane overlay, Runnable r) {
            this.r = r;
            overlay.sceneProperty().subscribe(this::attach);
        }

        private void attach(Scene s) {
            if (scene != null) scene.removePostLayoutPulseListener(r);
            scene = s;
            if (scene != null) scene.addPostLayoutPulseListener(r);
        }

        void dispose() { attach(null); }
    }
}
