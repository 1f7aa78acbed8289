package org.bonebalance.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Rk4;
import org.bonebalance.sim.Scenario;

/**
 * `bench`: warms up, then times the default 40-year natural-menopause forecast (woman from 45, final period
 * at 51, a row every 30 days) many times, with the reference 1-day RK4 ({@code forecast_40y_*}, the figures
 * this command has always printed) and with the fast scheme the app uses ({@code forecast_40y_fast_*}),
 * alternating, and prints one {@code name=value} a line. Numbers are measured and reported, never asserted;
 * for careful work use the JMH benchmark in src/test/java/org/bonebalance/bench.
 */
final class BenchCommand {
    static final int DEFAULT_RUNS = 400;
    static final int MAX_RUNS = 1_000_000;
    /** Warm-up: at least this many forecasts and this long, so the JIT has compiled the hot loop. */
    private static final int WARMUP_RUNS = 300;
    private static final long WARMUP_NANOS = 2_000_000_000L;

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile double sink;

    int run(String[] args, PrintStream out, PrintStream err) {
        int runs = DEFAULT_RUNS;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(Messages.get("cli.bench.help"));
                return 0;
            }
            String value = null;
            String name = a;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!name.equals("--runs")) {
                err.println(Messages.get("cli.error.unknownOption", a, "bench"));
                return 2;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    err.println(Messages.get("cli.error.missingValue", name));
                    return 2;
                }
                value = args[++i];
            }
            try {
                runs = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                runs = -1;
            }
            if (runs < 1 || runs > MAX_RUNS) {
                err.println(Messages.get("cli.error.intRange", name, value, "1", Integer.toString(MAX_RUNS)));
                return 2;
            }
        }
        Result r = measure(runs);
        r.reference.print(out, "forecast_40y_");
        out.println("forecast_rows=" + r.rows);
        out.println("forecast_days=" + r.days);
        out.println("rk4_step_ns=" + fmt(r.stepNs, 1));
        out.println("steady_state_us=" + fmt(r.steadyStateUs, 2));
        out.println("bmd_rel_end=" + fmt(r.bmdRelEnd, 6));
        r.fast.print(out, "forecast_40y_fast_");
        out.println("speedup=" + fmt(r.reference.medianMs / r.fast.medianMs, 2));
        out.println("speedup_cpu=" + fmt(r.reference.cpuMedianMs / r.fast.cpuMedianMs, 2));
        out.println("forecast_rhs_evaluations=" + r.referenceEvaluations);
        out.println("forecast_fast_rhs_evaluations=" + r.fastEvaluations);
        out.println("bmd_rel_end_fast=" + fmt(r.bmdRelEndFast, 6));
        out.println("fast_max_bmd_diff_points=" + fmt(r.maxBmdDiffPoints, 4));
        out.println("runs=" + runs);
        out.println("java_version=" + System.getProperty("java.version"));
        out.println("processors=" + Runtime.getRuntime().availableProcessors());
        return 0;
    }

    /** Timings of one scheme's forecasts, ms. */
    record Timings(double medianMs, double p10Ms, double p90Ms, double minMs, double meanMs, double cpuMedianMs) {
        /** Prints prefix + ms (the median), p10_ms, p90_ms, min_ms, mean_ms and cpu_ms. */
        void print(PrintStream out, String prefix) {
            double[] values = {medianMs, p10Ms, p90Ms, minMs, meanMs, cpuMedianMs};
            String[] names = {"", "p10_", "p90_", "min_", "mean_", "cpu_"};
            for (int i = 0; i < values.length; i++) out.println(prefix + names[i] + "ms=" + fmt(values[i], 4));
        }

        static Timings of(double[] ms, double[] cpuMs) {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            double[] cpuSorted = cpuMs.clone();
            Arrays.sort(cpuSorted);
            double mean = Arrays.stream(ms).sum() / ms.length;
            return new Timings(percentile(sorted, 0.5), percentile(sorted, 0.1), percentile(sorted, 0.9), sorted[0],
                    mean, percentile(cpuSorted, 0.5));
        }
    }

    /**
     * Timings of the default 40-year natural-menopause forecast with the reference 1-day RK4 (the figures this
     * command has always printed) and with the fast scheme the app uses, and how far their rows part.
     */
    record Result(Timings reference, Timings fast, int rows, long days, double stepNs, double steadyStateUs,
                  double bmdRelEnd, double bmdRelEndFast, double maxBmdDiffPoints, long referenceEvaluations,
                  long fastEvaluations) {}

    static Result measure(int runs) {
        Scenario s = Scenario.defaultFemale();
        long warmStart = System.nanoTime();
        for (int i = 0; i < WARMUP_RUNS || System.nanoTime() - warmStart < WARMUP_NANOS; i++) {
            sink += Forecast.run(s, Forecast.Scheme.DAILY_RK4).getLast().bmdRel();
            sink += Forecast.run(s, Forecast.Scheme.FAST).getLast().bmdRel();
        }
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        double[] fastMs = new double[runs];
        double[] fastCpuMs = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        List<Readout> last = null;
        List<Readout> lastFast = null;
        // the two schemes alternate, so that both see the same load
        for (int i = 0; i < runs; i++) {
            long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            last = Forecast.run(s, Forecast.Scheme.DAILY_RK4);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = cpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
            sink += last.getLast().bmdRel();
            c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
            t0 = System.nanoTime();
            lastFast = Forecast.run(s, Forecast.Scheme.FAST);
            fastMs[i] = (System.nanoTime() - t0) / 1e6;
            fastCpuMs[i] = cpu ? (threads.getCurrentThreadCpuTime() - c0) / 1e6 : Double.NaN;
            sink += lastFast.getLast().bmdRel();
        }
        double maxDiff = 0;
        for (int i = 0; i < last.size(); i++) {
            maxDiff = Math.max(maxDiff, 100 * Math.abs(lastFast.get(i).bmdRel() - last.get(i).bmdRel()));
        }
        long days = Math.round(s.years() * Forecast.DAYS_PER_YEAR);
        return new Result(Timings.of(ms, cpuMs), Timings.of(fastMs, fastCpuMs), last.size(), days, stepNanos(),
                steadyStateMicros(), last.getLast().bmdRel(), lastFast.getLast().bmdRel(), maxDiff,
                Forecast.rightHandSideEvaluations(s, Forecast.Scheme.DAILY_RK4),
                Forecast.rightHandSideEvaluations(s, Forecast.Scheme.FAST));
    }

    /** One RK4 day at postmenopausal levels (constant effects) from the reference state, in ns. */
    private static double stepNanos() {
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        int days = 14_610;
        double[] ns = new double[60];
        for (int r = 0; r < 20 + ns.length; r++) {
            Rk4 rk4 = new Rk4();
            double[] y = SteadyState.REFERENCE.clone();
            long t0 = System.nanoTime();
            for (int i = 0; i < days; i++) rk4.step(y, h, 1.0);
            long t = System.nanoTime() - t0;
            sink += y[0];
            if (r >= 20) ns[r - 20] = (double) t / days;
        }
        Arrays.sort(ns);
        return percentile(ns, 0.5);
    }

    /** One steady-state solve for postmenopausal levels, in µs (median of many). */
    private static double steadyStateMicros() {
        HormoneEffects h = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);
        for (int i = 0; i < 5000; i++) sink += SteadyState.solve(h)[0];
        double[] us = new double[2000];
        for (int i = 0; i < us.length; i++) {
            long t0 = System.nanoTime();
            sink += SteadyState.solve(h)[0];
            us[i] = (System.nanoTime() - t0) / 1e3;
        }
        Arrays.sort(us);
        return percentile(us, 0.5);
    }

    static double percentile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static String fmt(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
