package org.bonebalance.sim.bmu;

import java.util.Objects;

/**
 * One remodeling site (a BMU) on a trabecular surface, advanced in simulated days (docs/model.md). Pure and
 * deterministic: the same sequence of {@link #advance} calls gives the same state.
 * <p>Phase boundaries are never jumped over: one call may cover many phases (a frame at 5 years per second
 * advances about 30 days), so {@link #advance} sub-steps exactly to each boundary, applies each phase's
 * digging or filling for its own share of the step and reports every phase it enters, in order.
 * <p>Depths are in µm below the surface the run started from. The reference pit depth is the textbook
 * erosion depth of a trabecular BMU, about 50 µm (Eriksen 1994, Endocr Rev 15:275).
 */
public final class RemodelingSite {
    /** Pit depth at the reference, µm. */
    public static final double REFERENCE_DEPTH_UM = 50;
    /** Osteoclasts dig at this fixed rate; a longer life digs deeper. µm/day. */
    public static final double DIG_RATE_UM_PER_DAY = REFERENCE_DEPTH_UM / BmuPhase.RESORPTION.referenceDays();
    /** Osteoid matures about 17 days after it is laid (docs/model.md §6 τ_lag), days. */
    public static final double OSTEOID_LAG_DAYS = org.bonebalance.model.CoreParameters.TAU_LAG_DAYS;

    private static final double EPS = 1e-9;
    private static final int MAX_TRANSITIONS_PER_CALL = 100_000;

    /** Told of every phase entered, in order, with the simulated day it began. */
    public interface PhaseListener {
        void entered(BmuPhase phase, double atDay);
    }

    private BmuPhase phase;
    private double dayInPhase;
    private double elapsedDays;
    private double dugUm;
    private double refilledUm;
    private double osteoidUm;
    private double cumulativeDeficitUm;
    private double lastCycleDugUm;
    private double lastCycleRefilledUm;
    private int cyclesCompleted;
    /** Simulated day the current cycle's activation began. */
    private double cycleStartDay;
    private SiteDrivers drivers = SiteDrivers.REFERENCE;
    private PhaseListener listener;

    public RemodelingSite() {
        reset();
    }

    /** Back to the start: a resting surface at the starting level, just before an activation. */
    public void reset() {
        phase = BmuPhase.ACTIVATION;
        dayInPhase = 0;
        elapsedDays = 0;
        dugUm = refilledUm = osteoidUm = 0;
        cumulativeDeficitUm = 0;
        lastCycleDugUm = lastCycleRefilledUm = 0;
        cyclesCompleted = 0;
        cycleStartDay = 0;
    }

    public void setListener(PhaseListener l) { listener = l; }

    /** A copy of this site's state (not its listener), to come back to with {@link #copyFrom}. */
    public RemodelingSite copy() {
        RemodelingSite c = new RemodelingSite();
        c.copyFrom(this);
        return c;
    }

    /** Takes over another site's state (an earlier moment); keeps this site's listener. */
    public void copyFrom(RemodelingSite o) {
        phase = o.phase;
        dayInPhase = o.dayInPhase;
        elapsedDays = o.elapsedDays;
        dugUm = o.dugUm;
        refilledUm = o.refilledUm;
        osteoidUm = o.osteoidUm;
        cumulativeDeficitUm = o.cumulativeDeficitUm;
        lastCycleDugUm = o.lastCycleDugUm;
        lastCycleRefilledUm = o.lastCycleRefilledUm;
        cyclesCompleted = o.cyclesCompleted;
        cycleStartDay = o.cycleStartDay;
        drivers = o.drivers;
    }

    /** Advances by simulated days under the given drivers; returns the number of phases entered. */
    public int advance(double days, SiteDrivers d) {
        drivers = Objects.requireNonNull(d);
        if (!(days >= 0)) throw new IllegalArgumentException("days must be >= 0, not " + days);
        double left = days;
        int entered = 0;
        while (entered < MAX_TRANSITIONS_PER_CALL) {
            double remaining = expectedDays() - dayInPhase;
            if (remaining <= EPS) {
                enterNext();
                entered++;
                continue;
            }
            if (left <= EPS) break;
            double h = Math.min(left, remaining);
            apply(h);
            dayInPhase += h;
            elapsedDays += h;
            left -= h;
        }
        return entered;
    }

    /** How long the current phase lasts under the current drivers, days. */
    public double expectedDays() {
        return expectedDays(phase, drivers);
    }

    /** How long a phase lasts under the given drivers, days. */
    public static double expectedDays(BmuPhase p, SiteDrivers d) {
        return switch (p) {
            case RESORPTION -> p.referenceDays() * d.depthRel();
            case REST -> p.referenceDays() / d.activationRel();
            default -> p.referenceDays();
        };
    }

    /** Length of a whole cycle under the given drivers, days. */
    public static double cycleDays(SiteDrivers d) {
        double sum = 0;
        for (BmuPhase p : BmuPhase.values()) sum += expectedDays(p, d);
        return sum;
    }

    private void apply(double h) {
        switch (phase) {
            case RESORPTION -> dugUm += DIG_RATE_UM_PER_DAY * h;
            case FORMATION -> {
                // Osteoblasts refill what was dug times F/R over the formation phase; osteoid matures
                // with a first-order lag, integrated exactly so the result does not depend on the step
                double rate = dugUm * drivers.refill() / BmuPhase.FORMATION.referenceDays();
                double decay = Math.exp(-h / OSTEOID_LAG_DAYS);
                refilledUm += rate * h;
                osteoidUm = osteoidUm * decay + rate * OSTEOID_LAG_DAYS * (1 - decay);
            }
            case MINERALISATION -> {
                // The last seam mineralises evenly by the end of the phase
                double remaining = expectedDays() - dayInPhase;
                osteoidUm -= osteoidUm * Math.min(1, h / remaining);
            }
            default -> { }
        }
    }

    private void enterNext() {
        if (phase == BmuPhase.MINERALISATION) {
            // A cycle ends: whatever was not refilled stays missing from this site
            lastCycleDugUm = dugUm;
            lastCycleRefilledUm = refilledUm;
            cumulativeDeficitUm += dugUm - refilledUm;
            cyclesCompleted++;
            dugUm = refilledUm = osteoidUm = 0;
        }
        phase = phase.next();
        dayInPhase = 0;
        if (phase == BmuPhase.ACTIVATION) cycleStartDay = elapsedDays;
        if (listener != null) listener.entered(phase, elapsedDays);
    }

    public BmuPhase phase() { return phase; }

    /** Days since the current phase began. */
    public double dayInPhase() { return dayInPhase; }

    /** Share of the current phase done, 0..1. */
    public double phaseProgress() {
        return Math.min(1, dayInPhase / expectedDays());
    }

    public double elapsedDays() { return elapsedDays; }

    /** The site's own clock: simulated days since its current cycle's activation began. */
    public double dayInCycle() { return elapsedDays - cycleStartDay; }

    /** Depth dug in the current cycle, µm. */
    public double dugUm() { return dugUm; }

    /** New bone (osteoid and mineral) laid in the current cycle, µm. */
    public double refilledUm() { return refilledUm; }

    /** Unmineralised osteoid in the current cycle, µm. */
    public double osteoidUm() { return osteoidUm; }

    /** Mineralised new bone in the current cycle, µm. */
    public double mineralisedUm() { return refilledUm - osteoidUm; }

    /** How far earlier cycles left the site below where it started, µm (negative: above). */
    public double cumulativeDeficitUm() { return cumulativeDeficitUm; }

    public double lastCycleDugUm() { return lastCycleDugUm; }

    public double lastCycleRefilledUm() { return lastCycleRefilledUm; }

    public int cyclesCompleted() { return cyclesCompleted; }

    /** The drivers used in the last advance. */
    public SiteDrivers drivers() { return drivers; }
}
