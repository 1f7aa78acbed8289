package org.bonebalance.sim;

import java.util.Arrays;

/**
 * Append-only record of (age, spine BMD g/cm²) sampled during a real-time run. Points below a snapshot's
 * historySize never change, so a snapshot can share this log without copying it.
 */
public final class TrajectoryLog {
    private double[] ages = new double[256];
    private double[] bmd = new double[256];
    private int size;

    void add(double ageYears, double bmdGPerCm2) {
        if (size == ages.length) {
            ages = Arrays.copyOf(ages, size * 2);
            bmd = Arrays.copyOf(bmd, size * 2);
        }
        ages[size] = ageYears;
        bmd[size] = bmdGPerCm2;
        size++;
    }

    /** A new log holding the first n points (a run that goes on from an earlier moment starts one). */
    public TrajectoryLog truncatedCopy(int n) {
        if (n < 0 || n > size) throw new IllegalArgumentException("n must be 0.." + size + ", not " + n);
        TrajectoryLog c = new TrajectoryLog();
        c.ages = Arrays.copyOf(ages, Math.max(256, n));
        c.bmd = Arrays.copyOf(bmd, Math.max(256, n));
        c.size = n;
        return c;
    }

    public int size() { return size; }

    public double ageAt(int i) { return ages[i]; }

    public double bmdAt(int i) { return bmd[i]; }
}
