package org.bonebalance.sim.bmu;

import java.util.SplittableRandom;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;

/**
 * The moving parts of the RANK/RANKL/OPG switch, advanced in animation seconds taken from each snapshot
 * ({@link #secondsOf}): zero while paused, so a pause freezes everything. Pure and deterministic: positions
 * come from a fixed seed and the accumulated time, state changes from the same sequence of steps.
 * <p>Binding: each precursor's RANK receptors dock RANKL until the number of complexes on screen matches
 * the model ({@link SwitchCounts#engagedTarget}); docked pairs now and then let go and re-bind, so binding
 * and unbinding are both visible. A precursor whose receptors are all engaged for {@link #FUSION_SECONDS}
 * fuses into an active osteoclast when the model calls for more osteoclasts than are on screen; a new
 * precursor then drifts in. Osteoclasts live {@link #OSTEOCLAST_LIFE_SECONDS} times the lifespan factor and
 * die (apoptosis) when the model calls for fewer.
 */
public final class SwitchField {
    public static final long SEED = 20_260_214L;
    public static final double DOCK_SECONDS = 0.6;
    public static final double FUSION_SECONDS = 2.5;
    public static final double ARRIVAL_SECONDS = 1.5;
    public static final double OSTEOCLAST_LIFE_SECONDS = 9;
    public static final double APOPTOSIS_SECONDS = 1.2;
    /** A docked pair lets go for a short while once in every period. */
    public static final double UNBIND_PERIOD_SECONDS = 5;
    public static final double UNBIND_SHARE = 0.12;

    private static final int P = SwitchCounts.PRECURSORS;
    private static final int R = SwitchCounts.RANK_PER_PRECURSOR;
    private static final int OC = SwitchCounts.MAX_OSTEOCLASTS;

    private final double[][] dock = new double[P][R];
    private final double[][] unbindPhase = new double[P][R];
    private final double[] fusion = new double[P];
    private final double[] arrival = new double[P];
    private final boolean[] ocAlive = new boolean[OC];
    private final double[] ocAge = new double[OC];
    private final double[] ocFade = new double[OC];   // 1 while alive, falls to 0 on apoptosis
    private final boolean[] ocDying = new boolean[OC];
    private final double[][] opgDrift;                 // per molecule: cx, cy, ax, ay, wx, wy, phx, phy
    private double time;
    private int fusions;
    private SwitchCounts counts = SwitchCounts.REFERENCE;

    public SwitchField() {
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int p = 0; p < P; p++) for (int r = 0; r < R; r++) unbindPhase[p][r] = rnd.nextDouble();
        int n = SwitchCounts.MAX_OPG + SwitchCounts.MAX_CYTOKINES;
        opgDrift = new double[n][8];
        for (double[] m : opgDrift) {
            m[0] = 0.08 + 0.84 * rnd.nextDouble();
            m[1] = 0.15 + 0.7 * rnd.nextDouble();
            m[2] = 0.03 + 0.06 * rnd.nextDouble();
            m[3] = 0.05 + 0.1 * rnd.nextDouble();
            m[4] = 0.25 + 0.35 * rnd.nextDouble();
            m[5] = 0.2 + 0.3 * rnd.nextDouble();
            m[6] = 2 * Math.PI * rnd.nextDouble();
            m[7] = 2 * Math.PI * rnd.nextDouble();
        }
        reset(SwitchCounts.REFERENCE);
    }

    /** A copy of this field's moving state, to come back to with {@link #copyFrom}. */
    public SwitchField copy() {
        SwitchField c = new SwitchField(this);
        c.copyFrom(this);
        return c;
    }

    /** A copy's shell: the seeded constants (never changed after construction) are shared, not drawn again. */
    private SwitchField(SwitchField constants) {
        for (int p = 0; p < P; p++) unbindPhase[p] = constants.unbindPhase[p];
        opgDrift = constants.opgDrift;
    }

    /** Takes over another field's moving state (an earlier moment). The seeded constants are the same in all. */
    public void copyFrom(SwitchField o) {
        for (int p = 0; p < P; p++) System.arraycopy(o.dock[p], 0, dock[p], 0, R);
        System.arraycopy(o.fusion, 0, fusion, 0, P);
        System.arraycopy(o.arrival, 0, arrival, 0, P);
        System.arraycopy(o.ocAlive, 0, ocAlive, 0, OC);
        System.arraycopy(o.ocAge, 0, ocAge, 0, OC);
        System.arraycopy(o.ocFade, 0, ocFade, 0, OC);
        System.arraycopy(o.ocDying, 0, ocDying, 0, OC);
        time = o.time;
        fusions = o.fusions;
        counts = o.counts;
    }

    /** Real seconds the last step took, as the animation sees them: 0 while paused, at most the sim's clamp. */
    public static double secondsOf(Snapshot s) {
        if (s.lastStepDays() <= 0) return 0;
        return Math.min(Simulation.MAX_DT_SECONDS, s.lastStepDays() / s.speed().daysPerSecond());
    }

    /** A settled picture for the given counts at time zero: no pending docking, the right osteoclasts. */
    public void reset(SwitchCounts c) {
        counts = c;
        time = 0;
        fusions = 0;
        for (int p = 0; p < P; p++) {
            fusion[p] = 0;
            arrival[p] = 1;
            for (int r = 0; r < R; r++) dock[p][r] = r < c.engagedTarget(p) ? 1 : 0;
        }
        for (int i = 0; i < OC; i++) {
            ocAlive[i] = i < c.osteoclasts();
            // stagger ages so they do not all die at once
            ocAge[i] = ocAlive[i] ? OSTEOCLAST_LIFE_SECONDS * (i + 0.5) / Math.max(1, c.osteoclasts()) : 0;
            ocFade[i] = ocAlive[i] ? 1 : 0;
            ocDying[i] = false;
        }
    }

    /**
     * Advances by animation seconds toward the given counts.
     *
     * @param lifespanRel osteoclast lifespan relative to the reference (longer without estrogen)
     */
    public void advance(double dtSeconds, SwitchCounts c, double lifespanRel) {
        counts = c;
        if (!(dtSeconds > 0)) return;
        time += dtSeconds;
        double dockStep = dtSeconds / DOCK_SECONDS;
        for (int p = 0; p < P; p++) {
            if (arrival[p] < 1) {
                arrival[p] = Math.min(1, arrival[p] + dtSeconds / ARRIVAL_SECONDS);
                continue;   // a precursor still drifting in does not bind yet
            }
            int target = c.engagedTarget(p);
            int engaged = 0;
            for (int r = 0; r < R; r++) {
                boolean wanted = r < target && !lettingGo(p, r);
                dock[p][r] = wanted ? Math.min(1, dock[p][r] + dockStep) : Math.max(0, dock[p][r] - dockStep);
                if (dock[p][r] >= 1) engaged++;
            }
            if (engaged == R) fusion[p] = Math.min(1, fusion[p] + dtSeconds / FUSION_SECONDS);
            else if (target < R) fusion[p] = Math.max(0, fusion[p] - dtSeconds / FUSION_SECONDS);
        }
        advanceOsteoclasts(dtSeconds, c.osteoclasts(), lifespanRel);
        // Fusion: a fully engaged precursor becomes an osteoclast where the model wants one more
        for (int p = 0; p < P; p++) {
            if (fusion[p] >= 1 && living() < c.osteoclasts()) {
                int slot = freeSlot();
                if (slot < 0) break;
                ocAlive[slot] = true;
                ocAge[slot] = 0;
                ocFade[slot] = 0;
                ocDying[slot] = false;
                fusions++;
                fusion[p] = 0;
                arrival[p] = 0;
                for (int r = 0; r < R; r++) dock[p][r] = 0;
            }
        }
    }

    private void advanceOsteoclasts(double dt, int target, double lifespanRel) {
        double life = OSTEOCLAST_LIFE_SECONDS * lifespanRel;
        int excess = living() - target;
        for (int i = 0; i < OC; i++) {
            if (!ocAlive[i]) continue;
            if (ocDying[i]) {
                ocFade[i] -= dt / APOPTOSIS_SECONDS;
                if (ocFade[i] <= 0) { ocAlive[i] = false; ocFade[i] = 0; ocDying[i] = false; }
                continue;
            }
            ocAge[i] += dt;
            ocFade[i] = Math.min(1, ocFade[i] + dt / APOPTOSIS_SECONDS);
            if (ocAge[i] >= life) ocDying[i] = true;
        }
        // Too many for the model: the oldest go into apoptosis
        while (excess > 0) {
            int oldest = -1;
            for (int i = 0; i < OC; i++) {
                if (ocAlive[i] && !ocDying[i] && (oldest < 0 || ocAge[i] > ocAge[oldest])) oldest = i;
            }
            if (oldest < 0) break;
            ocDying[oldest] = true;
            excess--;
        }
    }

    private boolean lettingGo(int p, int r) {
        double f = time / UNBIND_PERIOD_SECONDS + unbindPhase[p][r];
        return f - Math.floor(f) < UNBIND_SHARE;
    }

    private int living() {
        int n = 0;
        for (int i = 0; i < OC; i++) if (ocAlive[i] && !ocDying[i]) n++;
        return n;
    }

    private int freeSlot() {
        for (int i = 0; i < OC; i++) if (!ocAlive[i]) return i;
        return -1;
    }

    public double time() { return time; }

    public SwitchCounts counts() { return counts; }

    /** Docking of RANKL onto receptor r of precursor p: 0 free, 1 bound. */
    public double dock(int p, int r) { return dock[p][r]; }

    /** Receptors fully engaged on precursor p. */
    public int engaged(int p) {
        int n = 0;
        for (int r = 0; r < R; r++) if (dock[p][r] >= 1) n++;
        return n;
    }

    /** RANKL–RANK pairs on screen now (fully docked). */
    public int boundPairs() {
        int n = 0;
        for (int p = 0; p < P; p++) n += engaged(p);
        return n;
    }

    /** Fusion progress of precursor p, 0..1. */
    public double fusion(int p) { return fusion[p]; }

    /** Arrival of precursor p from the marrow, 0 (just spawned) .. 1 (in place). */
    public double arrival(int p) { return arrival[p]; }

    public boolean osteoclastVisible(int i) { return ocAlive[i]; }

    /** Osteoclast i's opacity: rises after fusion, falls during apoptosis. */
    public double osteoclastFade(int i) { return ocFade[i]; }

    public boolean osteoclastDying(int i) { return ocDying[i]; }

    /** Osteoclasts alive and not dying. */
    public int osteoclastsAlive() { return living(); }

    /** Fusions since the last reset. */
    public int fusions() { return fusions; }

    /** Position of drifting molecule i in the unit square (x right, y down). */
    public double driftX(int i) {
        double[] m = opgDrift[i];
        return clamp(m[0] + m[2] * Math.sin(m[4] * time + m[6]) + 0.4 * m[2] * Math.sin(1.7 * m[4] * time));
    }

    public double driftY(int i) {
        double[] m = opgDrift[i];
        return clamp(m[1] + m[3] * Math.sin(m[5] * time + m[7]));
    }

    /** Progress 0..1 of cytokine i along its path from the T cell to the osteoblasts. */
    public double cytokineProgress(int i, int n) {
        double f = time / 4.0 + (double) i / Math.max(1, n);
        return f - Math.floor(f);
    }

    private static double clamp(double v) { return Math.max(0, Math.min(1, v)); }
}
