package org.bonebalance.ui;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Frame statistics for {@code --perf}: first frame time since JVM start, mean frames per second, the 99th
 * percentile of frame intervals and the frame count. Fed by the clock with pulse timestamps; no toolkit
 * needed, so it is unit-testable.
 * <p>
 * The first frame counts as ready when the first pulse has finished its CSS and layout ({@link #watch}),
 * so work done inside that pulse is included; without a watched scene it is the first pulse's start.
 */
public final class PerfMonitor implements FxClock.FrameListener {
    private final long jvmStartMillis;
    private long firstFrameWallMillis = -1;
    private long firstLayoutWallMillis = -1;
    private long firstNanos = -1;
    private long lastNanos = -1;
    private long[] intervals = new long[4096];
    private int count;
    private int frames;

    public PerfMonitor(long jvmStartMillis) {
        this.jvmStartMillis = jvmStartMillis;
    }

    /** A monitor timing the first frame from this JVM's start. */
    public static PerfMonitor sinceJvmStart() {
        return new PerfMonitor(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Override
    public void frame(long nowNanos) {
        frame(nowNanos, System.currentTimeMillis());
    }

    void frame(long nowNanos, long wallMillis) {
        frames++;
        if (firstNanos < 0) {
            firstNanos = nowNanos;
            firstFrameWallMillis = wallMillis;
        } else {
            if (count == intervals.length) intervals = Arrays.copyOf(intervals, count * 2);
            intervals[count++] = nowNanos - lastNanos;
        }
        lastNanos = nowNanos;
    }

    /** The first pulse's scene graph is laid out and ready to paint (only the first call counts). */
    void firstFrameLaidOut(long wallMillis) {
        if (firstLayoutWallMillis < 0) firstLayoutWallMillis = wallMillis;
    }

    /**
     * Times the first frame to the end of the first pulse's layout in {@code scene}: the first frame's whole
     * scene graph, not just the pulse's start.
     */
    public void watch(javafx.scene.Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            firstFrameLaidOut(System.currentTimeMillis());
            StartupTrace.mark("first frame laid out");
            scene.removePostLayoutPulseListener(once[0]);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    public int frames() { return frames; }

    public long firstFrameMs() {
        long at = firstLayoutWallMillis >= 0 ? firstLayoutWallMillis : firstFrameWallMillis;
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
