package org.bonebalance.sim.why;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.BoneModel;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Rk4;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;

/**
 * The trace of the run on screen (the explorer's gauges): why a reading has its value now, after the levels the
 * user set over this run. The run starts at the reference steady state (as {@link Simulation} does); for each of
 * the eight on/off combinations of the three hormones this class keeps a run of its own, stepped alongside the
 * simulation with the same sub-steps, in which each hormone "off" stayed at the reference level all along and
 * each "on" followed its real course. The combination with all three on is the simulation itself (its
 * snapshot); with none on, the reference at the same age. So the attribution asks: how much of today's
 * difference from the reference would each hormone's history have made, exactly (Shapley over the eight runs).
 * <p>Costs seven extra integrations of the simulated days per reference asked for (a few RK4 steps a frame); a
 * jump back in time (a reset, a rewind) replays the levels remembered from the snapshots. Pure Java, not
 * thread-safe: the owner of the simulation feeds it every snapshot ({@link #follow}).
 */
public final class RunTrace {
    private final double startAge;
    private final double baselineBmdGPerCm2;
    private final double startBmdGPerCm2;
    /** The levels of the run so far: each followed step's days and the levels in force during it. */
    private final List<Segment> track = new ArrayList<>();
    private final Map<HormoneLevels, Runs> byReference = new LinkedHashMap<>();
    private double elapsedDays;

    /** A stretch of the run: its days and the levels in force during it. */
    public record Segment(double days, HormoneLevels levels) {}

    public RunTrace(double startAge, double baselineBmdGPerCm2) {
        this.startAge = startAge;
        this.baselineBmdGPerCm2 = baselineBmdGPerCm2;
        this.startBmdGPerCm2 = BmdScale.bmdRel(SteadyState.REFERENCE[BoneModel.MINERAL]) * baselineBmdGPerCm2;
    }

    /** Follows one snapshot of the simulation: its step (if it moved) or a jump back (a reset, a rewind). */
    public void follow(Snapshot s) {
        if (s.elapsedDays() < elapsedDays - 1e-9) rewind(s.elapsedDays());
        double days = s.lastStepDays();
        if (days > 0 && s.elapsedDays() > elapsedDays + 1e-12) {
            // normally the snapshot's own step; a gap (steps not seen) is caught up at the snapshot's levels
            if (Math.abs(elapsedDays + days - s.elapsedDays()) > 1e-6) days = s.elapsedDays() - elapsedDays;
            advance(days, s.readout().levels());
        }
        elapsedDays = s.elapsedDays();
    }

    /** Back to time zero at the reference state. */
    public void reset() {
        track.clear();
        elapsedDays = 0;
        for (Runs r : byReference.values()) r.restart();
    }

    /** Starts again and follows these stretches of a run (after a jump in time that its owner has replayed). */
    public void replay(List<Segment> steps) {
        reset();
        double at = 0;
        for (Segment seg : steps) {
            advance(seg.days(), seg.levels());
            at += seg.days();
        }
        elapsedDays = at;
    }

    private void rewind(double toDays) {
        List<Segment> kept = new ArrayList<>();
        double at = 0;
        for (Segment seg : track) {
            if (at + seg.days() > toDays + 1e-9) {
                if (toDays - at > 1e-9) kept.add(new Segment(toDays - at, seg.levels()));
                break;
            }
            kept.add(seg);
            at += seg.days();
        }
        reset();
        for (Segment seg : kept) advance(seg.days(), seg.levels());
        elapsedDays = toDays;
    }

    private void advance(double days, HormoneLevels levels) {
        track.add(new Segment(days, levels));
        for (Runs r : byReference.values()) r.advance(days, levels);
    }

    /** Simulated days followed since the start. */
    public double elapsedDays() { return elapsedDays; }

    /**
     * The eight moments of the combinations ({@link Attribution} bits; {@code ALL} is {@code now} itself) for
     * this reference: the first call for a reference replays the run so far.
     *
     * @param now the simulation's snapshot this trace has followed last
     */
    public Moment[] moments(HormoneLevels reference, Snapshot now) {
        Runs r = byReference.computeIfAbsent(reference, ref -> {
            Runs made = new Runs(ref);
            for (Segment seg : track) made.advance(seg.days(), seg.levels());
            return made;
        });
        Moment[] m = new Moment[Attribution.COMBINATIONS];
        for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
            Readout readout = mask == Attribution.ALL ? now.readout() : r.readout(mask);
            m[mask] = new Moment(readout, r.ratePctPerYear(mask));
        }
        return m;
    }

    /** The trace of one reading now: its chain, now and at the reference, and its exact attribution. */
    public Trace trace(Reading reading, HormoneLevels reference, Snapshot now) {
        return Trace.of(reading, moments(reference, now));
    }

    /** The eight runs for one reference, stepped together. */
    private final class Runs {
        private final HormoneLevels reference;
        private final double[][] y = new double[Attribution.COMBINATIONS][];
        private final Rk4[] rk4 = new Rk4[Attribution.COMBINATIONS];
        private final HormoneEffects[] effects = new HormoneEffects[Attribution.COMBINATIONS];
        /** Spine BMD (relative) of each run at every history mark, for the rate over the last year. */
        private final double[][] marks = new double[Attribution.COMBINATIONS][];
        private int markCount;
        private double days;
        private double nextMark;

        Runs(HormoneLevels reference) {
            this.reference = reference;
            restart();
        }

        void restart() {
            days = 0;
            nextMark = Simulation.HISTORY_EVERY_DAYS;
            markCount = 0;
            for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                y[mask] = SteadyState.REFERENCE.clone();
                rk4[mask] = new Rk4();
                effects[mask] = null;
                marks[mask] = new double[64];
            }
            mark();
        }

        private double age() { return startAge + days / Forecast.DAYS_PER_YEAR; }

        /** The same sub-steps as {@link Simulation#advanceDays}, so the all-on run is the simulation's own. */
        void advance(double stepDays, HormoneLevels levels) {
            for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                HormoneLevels l = Attribution.combine(levels, reference, mask);
                if (effects[mask] == null || !effects[mask].levels().equals(l)) effects[mask] = HormoneEffects.of(l, age());
            }
            double left = stepDays;
            while (left > 1e-12) {
                double h = Math.min(Rk4.MAX_STEP_DAYS, Math.min(left, nextMark - days));
                for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) rk4[mask].step(y[mask], effects[mask], h);
                days += h;
                if (HormoneEffects.pthAge(age()) != effects[0].pthAgeYears()) {
                    for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                        effects[mask] = HormoneEffects.of(effects[mask].levels(), age());
                    }
                }
                left -= h;
                if (days >= nextMark - 1e-9) {
                    mark();
                    nextMark += Simulation.HISTORY_EVERY_DAYS;
                }
            }
        }

        private void mark() {
            for (int mask = 0; mask < Attribution.COMBINATIONS; mask++) {
                if (markCount == marks[mask].length) marks[mask] = Arrays.copyOf(marks[mask], markCount * 2);
                marks[mask][markCount] = BmdScale.bmdRel(y[mask][BoneModel.MINERAL]);
            }
            markCount++;
        }

        Readout readout(int mask) {
            HormoneEffects h = effects[mask] != null ? effects[mask]
                    : HormoneEffects.of(Attribution.combine(reference, reference, mask), age());
            return Readout.of(age(), y[mask], h, baselineBmdGPerCm2, startBmdGPerCm2);
        }

        /**
         * Spine density change over the last year of the run (or the whole run, if shorter), % a year, as
         * {@link HeldLevels#after} measures it; the BMD a year ago is interpolated between weekly marks.
         */
        double ratePctPerYear(int mask) {
            double span = Math.min(Forecast.DAYS_PER_YEAR, days);
            if (span < 1e-9) return 0;
            double before;
            if (days <= Forecast.DAYS_PER_YEAR) {
                before = marks[mask][0]; // the whole run: from its start
            } else {
                // a year ago lies between two weekly marks already taken (the latest is less than a week old)
                double at = (days - span) / Simulation.HISTORY_EVERY_DAYS;
                int i = (int) Math.floor(at);
                double w = at - i;
                before = marks[mask][i] * (1 - w) + marks[mask][i + 1] * w;
            }
            double now = BmdScale.bmdRel(y[mask][BoneModel.MINERAL]);
            return (now / before - 1) * 100 * Forecast.DAYS_PER_YEAR / span;
        }
    }
}
