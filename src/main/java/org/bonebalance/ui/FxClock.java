package org.bonebalance.ui;

import javafx.animation.AnimationTimer;

/**
 * The one AnimationTimer (STYLE.md convention 4): steps the simulation once per pulse with the real time
 * since the previous pulse. Tests do not start it; they call {@link AppContext#advance} themselves.
 */
public final class FxClock extends AnimationTimer {
    private final AppContext context;
    private final FrameListener listener;
    private long last = -1;

    /** Told of every frame's time, for --perf. */
    public interface FrameListener {
        void frame(long nowNanos);
    }

    public FxClock(AppContext context, FrameListener listener) {
        this.context = context;
        this.listener = listener;
    }

    @Override
    public void handle(long now) {
        double dt = last < 0 ? 0 : (now - last) / 1e9;
        last = now;
        context.advance(dt);
        if (listener != null) listener.frame(now);
    }

    @Override
    public void stop() {
        super.stop();
        last = -1;
    }
}
