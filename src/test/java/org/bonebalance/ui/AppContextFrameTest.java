package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.junit.jupiter.api.Test;

/** Without a toolkit: the context is plain properties. */
class AppContextFrameTest {
    private static final HormoneLevels LOW = new HormoneLevels(5, 0.3, 20);

    private static List<Snapshot> published(AppContext c) {
        List<Snapshot> seen = new ArrayList<>();
        c.snapshotProperty().subscribe((a, b) -> seen.add(b));
        return seen;
    }

    @Test
    void aFrameListenerThatMovesTheLevelsStillGivesOneSnapshotPerFrame() {
        for (boolean playing : new boolean[] {true, false}) {
            AppContext c = new AppContext(new Simulation(), AppOptions.none());
            if (playing) c.play();
            c.onFrame(dt -> c.setLevels(LOW));
            List<Snapshot> seen = published(c);
            c.advance(1 / 60.0);
            assertEquals(1, seen.size(), "snapshots published in one frame (playing: " + playing + ")");
            assertEquals(LOW, seen.get(0).readout().levels(), "the frame's snapshot carries the new levels");
        }
    }

    @Test
    void levelsSetOutsideAFrameArePublishedAtOnce() {
        AppContext c = new AppContext(new Simulation(), AppOptions.none());
        List<Snapshot> seen = published(c);
        c.setLevels(LOW);
        assertEquals(1, seen.size());
        assertEquals(LOW, c.getSnapshot().readout().levels());
    }
}
