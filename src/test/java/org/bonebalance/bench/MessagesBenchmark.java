package org.bonebalance.bench;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.bonebalance.content.Messages;
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
 * {@code Messages.get} with arguments, as the gauges and the status line call it every frame: through the cache
 * of compiled formats, against the path it replaced (find the pattern, compile a MessageFormat, format). Not part
 * of {@code mvn verify}. Run:
 * <pre>
 * mvn -o -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.bonebalance.bench.MessagesBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Duser.language=en"})
public class MessagesBenchmark {
    private static final String SIMPLE = "explorer.gauge.ratio.reading"; // one {0}
    private static final String CHOICE = "explorer.elapsed";             // two choices and a number
    private final Object[] simpleArgs = {"2.4"};
    private final Object[] choiceArgs = {7, 4, "57.3"};

    @Benchmark
    public String simpleCached() {
        return Messages.get(SIMPLE, simpleArgs);
    }

    @Benchmark
    public String simpleCompiledEachCall() {
        return compileAndFormat(SIMPLE, simpleArgs);
    }

    @Benchmark
    public String choiceCached() {
        return Messages.get(CHOICE, choiceArgs);
    }

    @Benchmark
    public String choiceCompiledEachCall() {
        return compileAndFormat(CHOICE, choiceArgs);
    }

    /** What {@code Messages.get} did before the cache. */
    private static String compileAndFormat(String key, Object[] args) {
        Locale l = Messages.locale();
        return new MessageFormat(Messages.getIn(l, key), l).format(args);
    }

    public static void main(String[] args) throws RunnerException, java.io.IOException {
        ForecastBenchmark.exposeClassPath();
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        new Runner(new OptionsBuilder().include(MessagesBenchmark.class.getSimpleName()).build()).run();
    }
}
