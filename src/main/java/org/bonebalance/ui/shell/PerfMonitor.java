package org.bonebalance.ui.shell;

import java.io.PrintStream;
import java.util.Arrays;
import org.bonebalance.ui.FxClock;
import org.bonebalance.ui.StartupTrace;

/**
 * Frame statistics for {@code --perf}: first frame time since JVM start, mean frames per second, the 99th
 * percentile of frame intervals and the frame count. Fed by the clock with pulse timestamps; no toolkit
 * needed, so it is unit-testable.
 * <p>
 * The first frame counts when the renderer has finished painting it ({@link #watch}): its CSS, layout and
 * painting are all included, and the frame rate and frame-time percentile count from then on (the pulses
 * before it wait on start-up, which the first frame's time reports). Without a watched scene both count
 * from the first pulse.
 */
public final class PerfMonitor implements FxClock.FrameListener {
    private final long jvmStartMillis;
    private long firstFrameWallMillis = -1;
    private long firstLayoutWallMillis = -1;
    /** Set by the render thread when the first frame has been painted. */
    private volatile long firstPaintWallMillis = -1;
    private boolean watched;
    /** Pulses to wait for the first painting's report before counting frames anyway. */
    static final int PAINT_WAIT_PULSES = 30;
    private long firstNanos = -1;
    private long lastNanos = -1;
    private long[] intervals = new long[4096];
    private int count;
    private int frames;

    public PerfMonitor(long jvmStartMillis) {
        this.jvmStartMillis = jvmStartMillis;
    }

    /**
     * A monitor timing the first frame from the start of the user's command: this JVM's start, or the first
     * JVM's when the window runs in a second one ({@link org.bonebalance.DesktopJvm}).
     */
    public static PerfMonitor sinceJvmStart() {
        return new PerfMonitor(org.bonebalance.ui.StartupTrace.startedAtMillis());
    }

    @Override
    public void frame(long nowNanos) {
        frame(nowNanos, System.currentTimeMillis());
    }

    void frame(long nowNanos, long wallMillis) {
        frames++;
        if (firstFrameWallMillis < 0) firstFrameWallMillis = wallMillis;
        // frame rate counts from the first frame on screen: before it, pulses wait on start-up (first_frame_ms)
        // (if the painting is never reported, from the pulse after PAINT_WAIT_PULSES)
        if (watched && firstPaintWallMillis < 0 && frames <= PAINT_WAIT_PULSES) return;
        if (firstNanos < 0) {
            firstNanos = nowNanos;
        } else {
            if (count == intervals.length) intervals = Arrays.copyOf(intervals, count * 2);
            intervals[count++] = nowNanos - lastNanos;
        }
        lastNanos = nowNanos;
    }

    /** The first frame's painting will be reported: frame statistics start from it. */
    void expectPaint() {
        watched = true;
    }

    /** The first pulse's scene graph is laid out and ready to paint (only the first call counts). */
    void firstFrameLaidOut(long wallMillis) {
        if (firstLayoutWallMillis < 0) firstLayoutWallMillis = wallMillis;
    }

    /** Times the first frame to the moment {@code scene}'s first frame has been painted. */
    public void watch(javafx.scene.Scene scene) {
        expectPaint();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            firstFrameLaidOut(System.currentTimeMillis());
            StartupTrace.mark("first frame laid out");
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
        com.sun.javafx.perf.PerformanceTracker tracker = com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene);
        // JavaFX's own frame tracker (internal API, reachable from the class path) says when the render
        // thread has painted a frame: the first frame is what the user sees, not the end of its layout
        tracker.setOnRenderedFrameTask(() -> {
            if (firstPaintWallMillis < 0) {
                firstFramePainted(System.currentTimeMillis());
                StartupTrace.mark("first frame painted");
                tracker.setOnRenderedFrameTask(null);
                javafx.application.Platform.runLater(() -> com.sun.javafx.perf.PerformanceTracker.releaseSceneTracker(scene));
            }
        });
    }

    /** The first frame is on screen: the renderer has finished painting it (only the first call counts). */
    void firstFramePainted(long wallMillis) {
        if (firstPaintWallMillis < 0) firstPaintWallMillis = wallMillis;
    }

    public int frames() { return frames; }

    /** Painted if known (a watched scene), else laid out, else the first pulse's start. */
    public long firstFrameMs() {
        long at = firstPaintWallMillis >= 0 ? firstPaintWallMillis
                : firstLayoutWallMillis >= 0 ? firstLayoutWallMillis : firstFrameWallMillis;
        return at < 0 ? -1 : at - jvmStartMillis;
    }

    /** Mean frames per second from the first to the last frame. */
    public double fpsMean() {
        return count == 0 ? 0 : count / ((lastNanos - firstNanos) / 1e9);
    }

    /** 99th percentile of frame intervals, ms (nearest rank). */
    public double frameMsP99() {
        if (count == 0) return 0;
        long[] sorted = Arrays.copyOf(intervals, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(0.99 * count) - 1;
        return sorted[Math.max(0, rank)] / 1e6;
    }

    /** Prints the four lines of the {@code --perf} format. */
    public void print(PrintStream out) {
        out.println("first_frame_ms=" + firstFrameMs());
        out.println("fps_mean=" + String.format(java.util.Locale.ROOT, "%.1f", fpsMean()));
        out.println("frame_ms_p99=" + String.format(java.util.Locale.ROOT, "%.1f", frameMsP99()));
        out.println("frames=" + frames);
        out.flush();
    }
}
