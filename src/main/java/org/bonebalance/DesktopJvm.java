package org.bonebalance;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Runs the window in a second Java VM started with the options a desktop app wants, because
 * {@code java -jar bonebalance.jar} cannot carry VM options and the defaults suit long-running servers:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick JIT compiler (C1). The optimising compiler (C2)
 *       spends seconds of CPU after start-up; on a two-core machine it takes a core from the window's
 *       thread and the renderer just when the first frame and the first seconds of animation need them. The
 *       app's steady work (a 40-year forecast, a frame's painting) stays well inside a frame with C1.</li>
 *   <li>{@code -XX:+UseSerialGC}: one collector thread, which starts faster; the app's heap is small.</li>
 *   <li>An ahead-of-time cache next to the jar (JEP 483): the classes the window needs, already read,
 *       checked and linked, mapped in at start. The first start after a build records what the app loads;
 *       once its window has closed, the cache is made from the recording (about six seconds, said on
 *       standard error) and every later start uses it. A rebuilt jar gets a new one.</li>
 * </ul>
 * Measured in docs/performance.md. The first VM only waits and passes on the exit status; output, input
 * and the working directory are shared. {@code -Dbonebalance.relaunch=false} keeps the window in the first
 * VM; a VM started with its own compiler, cache, agent or recording options is never relaunched. The
 * installed app (docs/install.md) needs none of this: its launcher passes the same options and a cache made
 * when the installer was built.
 */
public final class DesktopJvm {
    /** Set in the second VM (so it never starts a third). */
    public static final String CHILD = "bonebalance.desktopJvm";
    /** {@code false}: run the window in this VM. */
    public static final String RELAUNCH = "bonebalance.relaunch";
    /** The first VM's process id: the window closes if that process ends without it. */
    public static final String PARENT_PID = org.bonebalance.ui.shell.BoneBalanceApp.PARENT_PID;
    /** Set by the installed app's launcher (jpackage): the path of that launcher. */
    public static final String INSTALLED_APP = "jpackage.app-path";
    /** The first VM's start (ms since the epoch): {@code --perf} times the first frame from the user's command. */
    public static final String STARTED_AT = org.bonebalance.ui.StartupTrace.STARTED_AT;
    /**
     * The VM options the window runs with. The VM's own messages (an error at start, the recording's remark)
     * go to standard error in every case: standard output is the program's (scripts read --perf's lines).
     */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+DisplayVMOutputToStderr");
    /** The collector, unless the user chose one (two collectors stop the VM from starting). */
    static final String COLLECTOR = "-XX:+UseSerialGC";
    /** Where the VM also reads options: the first VM's input arguments include them, so the second gets them once. */
    static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** The cache's file names begin so, next to the jar; a fingerprint of the jars follows. */
    static final String CACHE_PREFIX = "bonebalance-desktop-";
    /** A recording or a cache in the making older than this was left by a VM that died: it is removed. */
    static final long STALE_MILLIS = 10 * 60_000;
    /** The VM's own notes about the cache (classes it skips) would land on standard output, among --perf's lines. */
    static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");
    /** Options that mean the VM was set up on purpose (compiler, cache, debugging, profiling): keep it. */
    private static final List<String> OWN_SETUP = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTCacheOutput",
            "-XX:AOTConfiguration", "-XX:StartFlightRecording", "-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-Xrunjdwp");

    private DesktopJvm() {}

    /** What the second VM does with the cache: use it, record for it, or neither. */
    enum Step { USE, RECORD, NONE }

    /** The cache file (next to the jar) and, when recording, where the recording goes. */
    record CachePlan(Step step, Path cache, Path recording) {
        static final CachePlan NONE = new CachePlan(Step.NONE, null, null);
    }

    /**
     * Whether to start the window in a second VM: not when turned off, not in the second VM itself, not
     * when this VM's options were chosen by hand, and not when started as a module (no class path to pass on).
     */
    static boolean wanted(List<String> vmOptions, UnaryOperator<String> property) {
        if ("false".equalsIgnoreCase(property.apply(RELAUNCH))) return false;
        if (property.apply(CHILD) != null) return false;
        // the installed app: its launcher starts this VM with the desktop options and the cache made at build time
        if (property.apply(INSTALLED_APP) != null) return false;
        if (property.apply("jdk.module.main") != null) return false;
        String classPath = property.apply("java.class.path");
        if (classPath == null || classPath.isBlank()) return false;
        for (String option : vmOptions) {
            for (String own : OWN_SETUP) if (option.startsWith(own)) return false;
        }
        return true;
    }

    /**
     * The second VM's command: the desktop options first (so any of the user's own come after and win),
     * the cache's, the user's VM options (without the class path), then the jar or the launcher with the
     * same arguments.
     */
    static List<String> command(String java, List<String> vmOptions, String classPath, CachePlan plan,
            long startedAtMillis, String mainClass, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(OPTIONS);
        if (vmOptions.stream().noneMatch(DesktopJvm::choosesCollector)) cmd.add(COLLECTOR);
        switch (plan.step()) {
            case USE -> {
                cmd.add("-XX:AOTCache=" + plan.cache());
                cmd.addAll(QUIET);
            }
            case RECORD -> {
                cmd.add("-XX:AOTMode=record");
                cmd.add("-XX:AOTConfiguration=" + plan.recording());
                cmd.addAll(QUIET);
            }
            case NONE -> { }
        }
        for (String option : vmOptions) {
            if (!option.startsWith("-Djava.class.path=")) cmd.add(option);
        }
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-D" + STARTED_AT + "=" + startedAtMillis);
        cmd.add("-D" + PARENT_PID + "=" + ProcessHandle.current().pid());
        if (isOneJar(classPath)) {
            // started with -jar: so is the second VM (the jar's manifest names the main class and lets JavaFX
            // load its native libraries, and the cache matches that start)
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(mainClass);
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    /**
     * The options a cache depends on: all but system properties (heap size, collector, module options all
     * change what can be mapped). The cache is made with them and named for them.
     */
    static List<String> cacheOptions(List<String> vmOptions) {
        List<String> out = new ArrayList<>();
        for (String o : vmOptions) if (!o.startsWith("-D")) out.add(o);
        if (out.stream().noneMatch(DesktopJvm::choosesCollector)) out.add(COLLECTOR);
        return out;
    }

    /** A class path of one jar: how {@code java -jar} starts a VM. */
    static boolean isOneJar(String classPath) {
        return !classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar");
    }

    /**
     * The plan for a class path: use the cache if it is made; else record for it, unless another start is
     * already recording or making it; nothing when the class path is not one jar in a folder we may write
     * to. The names carry a fingerprint of the jars and the Java version, so a rebuilt jar gets a new cache;
     * files for other jars, and recordings left by a VM that died, are removed.
     */
    static CachePlan planFor(String classPath, List<String> vmOptions, long nowMillis, long pid) {
        if (!isOneJar(classPath)) return CachePlan.NONE;
        Path jar = Path.of(classPath).toAbsolutePath();
        Path dir = jar.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) return CachePlan.NONE;
        try {
            String jarName = jar.getFileName().toString();
            String ours = CACHE_PREFIX + jarName.substring(0, jarName.length() - ".jar".length()) + "-";
            String mine = ours + fingerprint(jar, cacheOptions(vmOptions));
            Path cache = dir.resolve(mine + ".aot");
            if (Files.isRegularFile(cache)) return new CachePlan(Step.USE, cache, null);
            boolean busy = false;
            try (var files = Files.newDirectoryStream(dir, ours + "*")) {
                for (Path f : files) {
                    boolean fresh = nowMillis - Files.getLastModifiedTime(f).toMillis() < STALE_MILLIS;
                    // this jar's recording or cache in the making (another start is at it), unless left long ago;
                    // files for this jar's other builds go (best effort: a mapped file may refuse)
                    if (f.getFileName().toString().startsWith(mine) && fresh) busy = true;
                    else deleteQuietly(f);
                }
            }
            return busy ? CachePlan.NONE
                    : new CachePlan(Step.RECORD, cache, dir.resolve(mine + "-" + pid + ".aotconf"));
        } catch (IOException | RuntimeException e) {
            return CachePlan.NONE;
        }
    }

    /** Size and time of the jar and of the jars in its lib folder, the Java version and the options, as 8 hex digits. */
    static String fingerprint(Path jar, List<String> options) throws IOException {
        StringBuilder s = new StringBuilder(System.getProperty("java.vm.version", "")).append('|')
                .append(String.join(" ", options)).append('|');
        List<Path> jars = new ArrayList<>(List.of(jar));
        Path lib = jar.resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (var files = Files.list(lib)) {
                files.filter(f -> f.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        }
        for (Path f : jars) {
            s.append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                    .append(Files.getLastModifiedTime(f).toMillis()).append('|');
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    /**
     * Starts the window in a second VM and returns its exit status once it ends, or empty if it should run
     * in this VM (not wanted, or the second VM could not be started).
     */
    static Optional<Integer> relaunch(String[] args) {
        // the second VM (and a run told to stay) answer here, before the management classes load (~40 ms)
        if (!wanted(List.of(), System::getProperty)) return Optional.empty();
        List<String> vmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (!wanted(vmOptions, System::getProperty)) return Optional.empty();
        String classPath = System.getProperty("java.class.path");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        CachePlan plan = planFor(classPath, vmOptions, System.currentTimeMillis(), ProcessHandle.current().pid());
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        List<String> cmd = command(java, vmOptions, classPath, plan, startedAt, Launcher.class.getName(), args);
        if (Boolean.getBoolean("bonebalance.startupTrace")) {
            System.err.println("startup " + (System.currentTimeMillis() - startedAt)
                    + " starting the window's VM (cache: " + plan.step() + ")");
        }
        Optional<Integer> status = run(cmd);
        if (status.isEmpty()) return status;
        afterWindow(plan, status.get(), () -> makeCache(java, cacheOptions(vmOptions), classPath, plan.recording(), plan.cache()));
        return status;
    }

    /** What makes the cache (a seam for tests). */
    interface CacheStep {
        boolean make() throws InterruptedException;
    }

    /**
     * After the window's VM has ended: a recording from a session that ended normally becomes the cache (once
     * per build; the next start, even a second later, finds it); one from a session that failed or was
     * stopped (a bad option, Ctrl+C during start-up) holds too little and is dropped, so the next start
     * records again. A cache the VM crashed on (status 134: aborted; 139: memory fault) is removed too.
     */
    static void afterWindow(CachePlan plan, int status, CacheStep make) {
        if (plan.step() == Step.USE && (status == 134 || status == 139)) deleteQuietly(plan.cache());
        if (plan.step() != Step.RECORD || !Files.isRegularFile(plan.recording())) return;
        if (status != 0) {
            deleteQuietly(plan.recording());
            return;
        }
        System.err.println(org.bonebalance.content.Messages.get("app.cache.making"));
        try {
            make.make();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the command sharing this process's input and output; empty if it cannot start. */
    static Optional<Integer> run(List<String> cmd) {
        Process child;
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
            pb.environment().keySet().removeAll(OPTION_VARIABLES);
            child = pb.start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // if this VM is asked to stop (Ctrl+C, a terminal closing), the window's VM stops too
        Thread stopChild = new Thread(() -> {
            if (!child.isAlive()) return;
            child.destroy();
            try {
                child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stop-window-vm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                return Optional.of(child.waitFor());
            } catch (InterruptedException e) {
                // keep waiting: the window's VM decides when the app ends
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // removed as stale by a later start
        }
    }

    /**
     * Makes the cache from the recording: the VM's cache step writes a part file, which is then moved under
     * the cache's name (so a start never maps half a cache); the recording is removed either way. True if
     * the cache was made; a failure only means the next start records again.
     */
    static boolean makeCache(String java, List<String> cacheOptions, String classPath, Path recording, Path cache)
            throws InterruptedException {
        Path part = cache.resolveSibling(cache.getFileName() + ".part-" + ProcessHandle.current().pid());
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(OPTIONS); // the cache is made for the VM that will use it: same compiler, collector, options
        cmd.addAll(cacheOptions);
        cmd.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording, "-XX:AOTCache=" + part));
        cmd.addAll(QUIET);
        cmd.addAll(List.of("-cp", classPath));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().keySet().removeAll(OPTION_VARIABLES);
            Process p = pb.start();
            boolean made = p.waitFor() == 0 && Files.isRegularFile(part) && Files.size(part) > 0;
            if (made) Files.move(part, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return made;
        } catch (IOException e) {
            return false;
        } finally {
            deleteQuietly(part);
            deleteQuietly(recording);
        }
    }

    /** The time the user's command started: the first VM's start when relaunched, else this VM's. */
    public static long startedAtMillis() { return org.bonebalance.ui.StartupTrace.startedAtMillis(); }
}
