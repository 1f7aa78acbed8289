package org.bonebalance;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *   <li>A class-data archive next to the jar ({@code -XX:+AutoCreateSharedArchive}): the VM writes it when
 *       the first window closes (once, about two seconds) and later starts map the classes from it instead
 *       of reading and checking them again; the VM itself rebuilds it when the jars change.</li>
 * </ul>
 * Measured in docs/performance.md. The first VM only waits and passes on the exit status; output, input
 * and the working directory are shared. {@code -Dbonebalance.relaunch=false} keeps the window in the first
 * VM; a VM started with its own compiler, archive, agent or recording options is never relaunched.
 */
public final class DesktopJvm {
    /** Set in the second VM (so it never starts a third). */
    public static final String CHILD = "bonebalance.desktopJvm";
    /** {@code false}: run the window in this VM. */
    public static final String RELAUNCH = "bonebalance.relaunch";
    /** The first VM's start (ms since the epoch): {@code --perf} times the first frame from the user's command. */
    public static final String STARTED_AT = "bonebalance.startedAt";
    /** The archive's file name begins so, next to the jar; a fingerprint of the jars follows. */
    static final String ARCHIVE_PREFIX = "bonebalance-desktop-";
    /** The VM options the window runs with. */
    static final List<String> OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Options that mean the VM was set up on purpose (compiler, archive, debugging, profiling): keep it. */
    private static final List<String> OWN_SETUP = List.of("-XX:TieredStopAtLevel", "-XX:-TieredCompilation",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:AOTCache", "-XX:AOTMode", "-XX:AOTCacheOutput",
            "-XX:StartFlightRecording", "-agentlib", "-agentpath", "-javaagent", "-Xdebug", "-Xrunjdwp");

    private DesktopJvm() {}

    /**
     * Whether to start the window in a second VM: not when turned off, not in the second VM itself, not
     * when this VM's options were chosen by hand, and not when started as a module (no class path to pass on).
     */
    static boolean wanted(List<String> vmOptions, UnaryOperator<String> property) {
        if ("false".equalsIgnoreCase(property.apply(RELAUNCH))) return false;
        if (property.apply(CHILD) != null) return false;
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
     * the archive if there is a place for it, the user's VM options (without the class path, passed as
     * {@code -cp}), then the launcher with the same arguments.
     */
    static List<String> command(String java, List<String> vmOptions, String classPath, Optional<Path> archive,
            long startedAtMillis, String mainClass, String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(OPTIONS);
        archive.ifPresent(file -> {
            cmd.add("-XX:+AutoCreateSharedArchive");
            cmd.add("-XX:SharedArchiveFile=" + file);
            // the VM's notes while it writes the archive (classes it skips) would land on standard output,
            // among --perf's lines
            cmd.add("-Xlog:cds*=off");
            // classes mapped from the archive need no loading ahead (ClassPreloader would only compete for
            // the CPU); while the archive is being made, the preloaded classes go into it too
            if (Files.exists(file)) cmd.add("-Dbonebalance.preload=false");
        });
        for (String option : vmOptions) {
            if (!option.startsWith("-Djava.class.path=")) cmd.add(option);
        }
        cmd.add("-D" + CHILD + "=true");
        cmd.add("-D" + STARTED_AT + "=" + startedAtMillis);
        if (isOneJar(classPath)) {
            // started with -jar: so is the second VM (the jar's manifest names the main class and lets JavaFX
            // load its native libraries, and the archive matches that start)
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

    /** A class path of one jar: how {@code java -jar} starts a VM. */
    static boolean isOneJar(String classPath) {
        return !classPath.contains(java.io.File.pathSeparator) && classPath.endsWith(".jar");
    }

    /**
     * Next to the jar when the class path is one jar in a folder we may write to (the -jar case). The name
     * carries a fingerprint of the jars and the Java version: the VM does not rewrite an archive that no
     * longer matches its jars, so a rebuilt jar gets a new archive (and the old ones are removed).
     */
    static Optional<Path> archiveFor(String classPath) {
        if (!isOneJar(classPath)) return Optional.empty();
        Path jar = Path.of(classPath).toAbsolutePath();
        Path dir = jar.getParent();
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) return Optional.empty();
        try {
            Path archive = dir.resolve(ARCHIVE_PREFIX + fingerprint(jar) + ".jsa");
            if (!Files.exists(archive)) removeOldArchives(dir);
            return Optional.of(archive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Size and time of the jar and of the jars in its lib folder, and the Java version, as 8 hex digits. */
    static String fingerprint(Path jar) throws IOException {
        StringBuilder s = new StringBuilder(System.getProperty("java.vm.version", "")).append('|');
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
        crc.update(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format("%08x", crc.getValue());
    }

    private static void removeOldArchives(Path dir) {
        try (var files = Files.newDirectoryStream(dir, ARCHIVE_PREFIX + "*.jsa")) {
            for (Path old : files) Files.deleteIfExists(old);
        } catch (IOException | RuntimeException e) {
            // best effort: an old archive left behind only takes disk space
        }
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
        List<String> cmd = command(java, vmOptions, classPath, archiveFor(classPath),
                ManagementFactory.getRuntimeMXBean().getStartTime(), Launcher.class.getName(), args);
        if (Boolean.getBoolean("bonebalance.startupTrace")) {
            System.err.println("startup " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
                    + " starting the window's VM");
        }
        return run(cmd);
    }

    /** Runs the command sharing this process's input and output; empty if it cannot start. */
    static Optional<Integer> run(List<String> cmd) {
        Process child;
        try {
            child = new ProcessBuilder(cmd).inheritIO().start();
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

    /** The time the user's command started: the first VM's start when relaunched, else this VM's. */
    public static long startedAtMillis() {
        String s = System.getProperty(STARTED_AT);
        if (s != null) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                // fall through to this VM's start
            }
        }
        return ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
