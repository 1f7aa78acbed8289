package org.bonebalance.bench;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * JMH benchmark of the same work as the {@code bench} command: the default 40-year natural-menopause forecast
 * (target: median at most 2 ms). Not part of {@code mvn verify} (surefire excludes bench/). Run:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.bonebalance.bench.ForecastBenchmark
 * </pre>
 * Extra arguments are passed to JMH's own command line (e.g. {@code -Dexec.args="-f 2 -wi 5"}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ForecastBenchmark {
    private final Scenario scenario = Scenario.defaultFemale();
    private final HormoneEffects post = HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL);

    /** The whole forecast with the reference scheme: steady state, 14 610 one-day steps, 488 readouts. */
    @Benchmark
    public List<Readout> forecast40y() {
        return Forecast.run(scenario, Forecast.Scheme.DAILY_RK4);
    }

    /** The same forecast with the fast scheme the app uses (docs/model.md §8). */
    @Benchmark
    public List<Readout> forecast40yFast() {
        return Forecast.run(scenario, Forecast.Scheme.FAST);
    }

    /** Integration only (BMD each day, no readouts), reference scheme. */
    @Benchmark
    public double[] bmdByDay40y() {
        return Forecast.bmdRelByDay(SteadyState.REFERENCE, scenario.startAge(), scenario.years(), scenario.schedule(),
                Forecast.Scheme.DAILY_RK4);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double[] steadyStatePostmenopausal() {
        return SteadyState.solve(post);
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        exposeClassPath();
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        new Runner(new OptionsBuilder().include(ForecastBenchmark.class.getSimpleName()).build()).run();
    }

    /**
     * Under exec:java the test classes live in a child class loader, not on java.class.path, and JMH's forked
     * JVM would not find them: publish the loader's URLs as the class path.
     */
    static void exposeClassPath() {
        if (ForecastBenchmark.class.getClassLoader() instanceof URLClassLoader loader) {
            StringBuilder cp = new StringBuilder();
            for (URL u : loader.getURLs()) {
                if (!"file".equals(u.getProtocol())) continue;
                if (!cp.isEmpty()) cp.append(File.pathSeparatorChar);
                cp.append(new File(u.getPath()).getAbsolutePath());
            }
            if (!cp.isEmpty()) System.setProperty("java.class.path", cp.toString());
        }
    }
}
