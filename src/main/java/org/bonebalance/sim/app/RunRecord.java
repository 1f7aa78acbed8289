package org.bonebalance.sim.app;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;

/**
 * What the run did since the last reset, so any past moment can be rebuilt exactly: every step that moved the
 * model (its simulated days, the speed it ran at, the levels in force) and, every
 * {@link #CHECKPOINT_EVERY_DAYS}, the whole state. A moment is rebuilt from the last checkpoint before it by
 * applying the recorded steps again: the same calls in the same order, so the same numbers.
 */
final class RunRecord {
    /** A whole state is kept once per quarter year of simulated time: rebuilding a moment replays at most that. */
    static final double CHECKPOINT_EVERY_DAYS = 365.25 / 4;

    /** One step: {@code days} > 0 advanced the model; 0 set new levels. {@code endDays}: elapsed days after it. */
    record Entry(double days, Speed speed, HormoneLevels levels, double endDays) {}

    /** The state after the first {@code entries} steps. The site and field are private copies. */
    record Checkpoint(int entries, Simulation.State sim, RemodelingSite site, SwitchField field, SwitchCounts counts) {}

    private final List<Entry> entries = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    /** Forgets everything; the run starts again from this state. */
    void start(Simulation.State sim, RemodelingSite site, SwitchField field, SwitchCounts counts) {
        entries.clear();
        checkpoints.clear();
        checkpoints.add(new Checkpoint(0, sim, site.copy(), field.copy(), counts));
    }

    void add(Entry e) { entries.add(e); }

    /** Keeps a checkpoint when the last one is a quarter year old. */
    void maybeCheckpoint(Simulation.State sim, RemodelingSite site, SwitchField field, SwitchCounts counts) {
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        if (sim.elapsedDays() - last.sim().elapsedDays() >= CHECKPOINT_EVERY_DAYS) {
            checkpoints.add(new Checkpoint(entries.size(), sim, site.copy(), field.copy(), counts));
        }
    }

    int size() { return entries.size(); }

    Entry get(int i) { return entries.get(i); }

    /** The last levels recorded (null before any step). */
    HormoneLevels lastLevels() { return entries.isEmpty() ? null : entries.get(entries.size() - 1).levels(); }

    /** The last checkpoint at or before a simulated day. */
    Checkpoint checkpointAtOrBefore(double days) {
        Checkpoint found = checkpoints.get(0);
        for (Checkpoint c : checkpoints) {
            if (c.sim().elapsedDays() <= days + 1e-9) found = c;
            else break;
        }
        return found;
    }

    /** Forgets every step after the first {@code n} (the run goes on from an earlier moment). */
    void truncate(int n) {
        entries.subList(n, entries.size()).clear();
        checkpoints.removeIf(c -> c.entries() > n);
    }

    /** Checkpoints kept (a cost the docs report). */
    int checkpoints() { return checkpoints.size(); }
}
