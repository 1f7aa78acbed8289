package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.junit.jupiter.api.Test;

/** --perf statistics and output format, and the window options, without a toolkit. */
class ShellPerfMonitorTest {
    @Test
    void reportsFirstFrameMeanFpsP99AndFrames() {
        PerfMonitor m = new PerfMonitor(1_000);
        long t = 5_000_000_000L;
        m.frame(t, 1_800);
        for (int i = 0; i < 99; i++) m.frame(t += 16_666_667L, 0);
        m.frame(t += 50_000_000L, 0); // one slow frame in a hundred intervals
        assertEquals(800, m.firstFrameMs());
        assertEquals(101, m.frames());
        assertEquals(100 / ((99 * 16.666667 + 50) / 1000), m.fpsMean(), 0.01);
        assertEquals(16.67, m.frameMsP99(), 0.01, "the 99th of 100 intervals is still a normal one");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(4, lines.length);
        assertEquals("first_frame_ms=800", lines[0]);
        assertTrue(lines[1].matches("fps_mean=\\d+\\.\\d"), lines[1]);
        assertTrue(lines[2].matches("frame_ms_p99=\\d+\\.\\d"), lines[2]);
        assertEquals("frames=101", lines[3]);
    }

    @Test
    void firstFrameIsWhenItHasBeenPaintedWhenWatched() {
        PerfMonitor m = new PerfMonitor(1_000);
        m.frame(5_000_000_000L, 1_800); // the first pulse starts
        m.firstFrameLaidOut(2_250);      // ... its CSS and layout end
        m.firstFrameLaidOut(2_900);      // (later pulses do not count)
        assertEquals(1_250, m.firstFrameMs(), "laid out, not yet painted");
        m.firstFramePainted(2_800);      // ... and the renderer has painted it
        m.firstFramePainted(3_100);
        m.frame(5_016_666_667L, 0);
        assertEquals(1_800, m.firstFrameMs());
    }

    @Test
    void frameRateCountsFromTheFirstFrameOnScreenWhenWatched() {
        PerfMonitor m = new PerfMonitor(1_000);
        m.expectPaint();
        long t = 5_000_000_000L;
        m.frame(t, 1_800);
        m.frame(t += 600_000_000L, 0);   // waiting on the first frame's painting
        m.firstFramePainted(2_500);
        for (int i = 0; i < 60; i++) m.frame(t += 16_666_667L, 0);
        assertEquals(1_500, m.firstFrameMs());
        assertEquals(62, m.frames(), "every pulse is a frame");
        assertEquals(60.0, m.fpsMean(), 0.01, "the rate is the animation's, after start-up");
        assertEquals(16.67, m.frameMsP99(), 0.01);
    }

    @Test
    void framesCountAnywayIfThePaintingIsNeverReported() {
        PerfMonitor m = new PerfMonitor(1_000);
        m.expectPaint();
        long t = 5_000_000_000L;
        for (int i = 0; i < PerfMonitor.PAINT_WAIT_PULSES + 61; i++) m.frame(t += 16_666_667L, 1_500);
        assertEquals(60.0, m.fpsMean(), 0.01, "the statistics start after the wait");
        assertEquals(500, m.firstFrameMs(), "and the first frame falls back to the first pulse");
    }

    @Test
    void playAndPerfStartTimeRunning() {
        assertFalse(AppOptions.none().startPlaying());
        assertTrue(AppOptions.parse(new String[] {"--play"}).startPlaying());
        assertTrue(AppOptions.parse(new String[] {"--perf"}).startPlaying());
    }

    @Test
    void badWindowOptionsAreRefusedInPlainWordsBeforeAnyWindowOpens() {
        IllegalArgumentException preset = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(new String[] {"--preset", "mht"}));
        assertTrue(preset.getMessage().contains("--preset takes one of"), preset.getMessage());
        assertTrue(preset.getMessage().contains("mht-ep"), "names the presets there are: " + preset.getMessage());
        assertTrue(preset.getMessage().contains("not 'mht'"), preset.getMessage());
        assertEquals("mht-ep", AppOptions.parse(new String[] {"--preset", "MHT-EP"}).preset().orElseThrow());
        IllegalArgumentException size = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(new String[] {"--size", "0x720"}));
        assertTrue(size.getMessage().contains("between 320 and 10000"), size.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AppOptions.parse(new String[] {"--size", "1280x99999"}));
        assertEquals(1280, AppOptions.parse(new String[] {"--size", "1280x720"}).width().orElseThrow());
    }

    @Test
    void zoomStaysWithinItsLimits() {
        AppContext c = new AppContext(new org.bonebalance.sim.Simulation(), AppOptions.none());
        for (int i = 0; i < 30; i++) c.zoomIn();
        assertEquals(AppContext.MAX_ZOOM, c.zoomProperty().get(), 1e-9);
        for (int i = 0; i < 30; i++) c.zoomOut();
        assertEquals(AppContext.MIN_ZOOM, c.zoomProperty().get(), 1e-9);
        c.zoomReset();
        assertEquals(1.0, c.zoomProperty().get(), 1e-9);
    }
}
