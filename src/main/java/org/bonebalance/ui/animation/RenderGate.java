package org.bonebalance.ui.animation;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.bonebalance.sim.Snapshot;

/**
 * Draws a screen's frames only while its tab is on show, and catches up with the latest snapshot when it is
 * shown again. The app model's parts (site, switch field) keep advancing either way.
 */
public final class RenderGate {
    private final Supplier<Snapshot> latest;
    private final Consumer<Snapshot> render;
    private boolean showing = true;

    public RenderGate(Supplier<Snapshot> latest, Consumer<Snapshot> render) {
        this.latest = latest;
        this.render = render;
    }

    /** A new frame: drawn only while showing. */
    public void frame(Snapshot s) {
        if (showing) render.accept(s);
    }

    public void setShowing(boolean nowShowing) {
        boolean wasHidden = !showing;
        showing = nowShowing;
        if (nowShowing && wasHidden) render.accept(latest.get());
    }
}
