package org.bonebalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesktopJvmTest {
    private static final String JAR = "target" + java.io.File.separator + "bonebalance.jar";

    private static boolean wanted(List<String> vmOptions, Map<String, String> props) {
        Map<String, String> all = new HashMap<>(Map.of("java.class.path", JAR));
        all.putAll(props);
        return DesktopJvm.wanted(vmOptions, all::get);
    }

    @Test
    void aPlainJarStartIsRelaunchedWithTheUsersPropertiesKept() {
        assertTrue(wanted(List.of("-Dprism.order=sw", "-Xmx512m"), Map.of()));
    }

    @Test
    void notWhenTurnedOffInTheSecondVmAsAModuleOrWithoutAClassPath() {
        assertFalse(wanted(List.of(), Map.of(DesktopJvm.RELAUNCH, "false")));
        assertFalse(wanted(List.of(), Map.of(DesktopJvm.CHILD, "true")));
        assertFalse(wanted(List.of(), Map.of("jdk.module.main", "org.bonebalance")));
        assertFalse(wanted(List.of(), Map.of("java.class.path", " ")));
        assertTrue(wanted(List.of(), Map.of(DesktopJvm.RELAUNCH, "true")));
    }

    @Test
    void notInTheInstalledAppWhoseLauncherGaveTheOptions() {
        // a jpackage launcher's class path is many jars and its VM options come from the launcher's settings
        Map<String, String> installed = Map.of(DesktopJvm.INSTALLED_APP, "/opt/bonebalance/bin/bonebalance",
                "java.class.path", "/opt/bonebalance/lib/app/bonebalance.jar" + java.io.File.pathSeparator
                        + "/opt/bonebalance/lib/app/lib/tilesfx-21.0.9.jar");
        assertFalse(wanted(List.of("-Dprism.order=sw"), installed));
        assertTrue(wanted(List.of("-Dprism.order=sw"), Map.of("java.class.path", installed.get("java.class.path"))));
    }

    @Test
    void notWhenTheVmWasSetUpByHand() {
        for (String own : List.of("-XX:TieredStopAtLevel=4", "-XX:SharedArchiveFile=x.jsa", "-XX:AOTCache=app.aot",
                "-XX:StartFlightRecording=filename=x.jfr", "-agentlib:jdwp=transport=dt_socket", "-javaagent:a.jar")) {
            assertFalse(wanted(List.of("-Dprism.order=sw", own), Map.of()), own);
        }
    }

    @Test
    void theCommandPutsTheDesktopOptionsFirstAndTheUsersAfter() {
        List<String> cmd = DesktopJvm.command("java", List.of("-Dprism.order=sw", "-Djava.class.path=" + JAR),
                JAR, DesktopJvm.CachePlan.NONE, 1234L, "org.bonebalance.Launcher", new String[] {"--screen", "cycle"});
        assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC",
                "-Dprism.order=sw", "-D" + DesktopJvm.CHILD + "=true", "-D" + DesktopJvm.STARTED_AT + "=1234",
                "-D" + DesktopJvm.PARENT_PID + "=" + ProcessHandle.current().pid(), "-jar", JAR, "--screen", "cycle"), cmd);
    }

    @Test
    void aCollectorTheUserChoseIsKeptAndTheCacheIsNamedForIt(@TempDir Path dir) throws IOException {
        List<String> cmd = DesktopJvm.command("java", List.of("-XX:+UseZGC"), JAR, DesktopJvm.CachePlan.NONE, 1L,
                "M", new String[0]);
        assertFalse(cmd.contains("-XX:+UseSerialGC"), "two collectors would stop the VM from starting");
        assertTrue(cmd.contains("-XX:+UseZGC"));
        Path jar = Files.writeString(dir.resolve("bonebalance.jar"), "jar");
        long now = System.currentTimeMillis();
        Path plain = DesktopJvm.planFor(jar.toString(), List.of("-Dprism.order=sw"), now, 1).cache();
        assertEquals(plain, DesktopJvm.planFor(jar.toString(), List.of("-Dother=1"), now, 1).cache(),
                "system properties do not change what a cache holds");
        assertNotEquals(plain, DesktopJvm.planFor(jar.toString(), List.of("-Xmx64g"), now, 1).cache(),
                "a heap size changes what the VM can map: another cache");
    }

    @Test
    void aClassPathOfFoldersStartsTheMainClassWithoutACache() {
        String cp = String.join(java.io.File.pathSeparator, "target/classes", "lib/a.jar");
        List<String> cmd = DesktopJvm.command("java", List.of(), cp, DesktopJvm.CachePlan.NONE, 1L,
                "org.bonebalance.Launcher", new String[0]);
        assertEquals(List.of("-cp", cp, "org.bonebalance.Launcher"), cmd.subList(cmd.size() - 3, cmd.size()));
        assertEquals(DesktopJvm.Step.NONE, DesktopJvm.planFor(cp, List.of(), 0, 1).step());
    }

    @Test
    void theFirstStartRecordsAndLaterOnesUseTheCache(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("bonebalance.jar"), "jar");
        long now = System.currentTimeMillis();
        DesktopJvm.CachePlan first = DesktopJvm.planFor(jar.toString(), List.of(), now, 77);
        assertEquals(DesktopJvm.Step.RECORD, first.step());
        assertEquals(dir, first.cache().getParent());
        assertTrue(first.cache().getFileName().toString().matches(DesktopJvm.CACHE_PREFIX + "bonebalance-[0-9a-f]{8}\\.aot"),
                first.cache().toString());
        assertTrue(first.recording().getFileName().toString().endsWith("-77.aotconf"));
        List<String> recording = DesktopJvm.command("java", List.of(), jar.toString(), first, 1L, "M", new String[0]);
        assertTrue(recording.containsAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + first.recording())));
        assertTrue(recording.containsAll(DesktopJvm.QUIET));

        Files.writeString(first.recording(), "recorded");
        assertEquals(DesktopJvm.Step.NONE, DesktopJvm.planFor(jar.toString(), List.of(), now, 78).step(),
                "while one start records or makes the cache, another neither records nor uses it");
        assertEquals(DesktopJvm.Step.RECORD,
                DesktopJvm.planFor(jar.toString(), List.of(), now + DesktopJvm.STALE_MILLIS + 1000, 79).step(),
                "a recording left by a VM that died long ago is removed");
        assertFalse(Files.exists(first.recording()));

        Files.writeString(first.cache(), "made");
        DesktopJvm.CachePlan later = DesktopJvm.planFor(jar.toString(), List.of(), now, 80);
        assertEquals(new DesktopJvm.CachePlan(DesktopJvm.Step.USE, first.cache(), null), later);
        List<String> using = DesktopJvm.command("java", List.of(), jar.toString(), later, 1L, "M", new String[0]);
        assertTrue(using.contains("-XX:AOTCache=" + first.cache()));
    }

    @Test
    void aRebuiltJarGetsANewCacheAndTheOldOneGoes(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("bonebalance.jar"), "jar");
        Files.createDirectory(dir.resolve("lib"));
        Path libJar = Files.writeString(dir.resolve("lib").resolve("javafx.jar"), "lib");
        long now = System.currentTimeMillis();
        Path first = DesktopJvm.planFor(jar.toString(), List.of(), now, 1).cache();
        assertEquals(first, DesktopJvm.planFor(jar.toString(), List.of(), now, 2).cache(), "same jars, same cache");
        Files.writeString(first, "made");

        Files.setLastModifiedTime(libJar, FileTime.fromMillis(Files.getLastModifiedTime(libJar).toMillis() - 60_000));
        DesktopJvm.CachePlan second = DesktopJvm.planFor(jar.toString(), List.of(), now, 3);
        assertEquals(DesktopJvm.Step.RECORD, second.step());
        assertNotEquals(first, second.cache(), "a changed library jar needs a new cache");
        assertFalse(Files.exists(first), "the cache for the old jars is removed");
    }

    @Test
    void theSecondVmRecordsTheCacheIsMadeThenUsedAndTheStatusPassesOn(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("exit.jar");
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ExitWith.class.getName());
        String entry = ExitWith.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), mf);
             var in = ExitWith.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        DesktopJvm.CachePlan record = DesktopJvm.planFor(jar.toString(), List.of(), System.currentTimeMillis(), 5);
        assertEquals(DesktopJvm.Step.RECORD, record.step());
        Path log = dir.resolve("out.txt");
        List<String> cmd = DesktopJvm.command(java, List.of("-Dexit.status=3"), jar.toString(), record, 42L,
                ExitWith.class.getName(), new String[] {"--perf"});
        Process p = new ProcessBuilder(cmd).redirectOutput(log.toFile()).start();
        assertEquals(3, p.waitFor(), () -> read(log));
        assertEquals("started 42 args [--perf]", read(log).strip(), "standard output holds only the program's lines");
        assertTrue(Files.size(record.recording()) > 0, "the VM wrote down what it loaded");

        assertTrue(DesktopJvm.makeCache(java, DesktopJvm.cacheOptions(List.of("-Dexit.status=3")), jar.toString(),
                record.recording(), record.cache()));
        assertTrue(Files.size(record.cache()) > 0);
        assertFalse(Files.exists(record.recording()), "the recording is removed once used");

        DesktopJvm.CachePlan use = DesktopJvm.planFor(jar.toString(), List.of(), System.currentTimeMillis(), 6);
        assertEquals(DesktopJvm.Step.USE, use.step());
        // -XX:AOTMode=on would refuse to start without the cache: proves the VM can map the one it made
        cmd = DesktopJvm.command(java, List.of("-Dexit.status=3", "-XX:AOTMode=on"), jar.toString(), use, 43L,
                ExitWith.class.getName(), new String[0]);
        p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(3, p.waitFor(), () -> "the VM refuses the cache it made: " + read(log));
        assertEquals("started 43 args []", read(log).strip());

        // run shares this VM's output: the stand-in stays quiet (surefire wants its channel to itself)
        cmd = DesktopJvm.command(java, List.of("-Dexit.status=3", "-Dexit.quiet=true"), jar.toString(), use, 44L,
                ExitWith.class.getName(), new String[0]);
        assertEquals(Optional.of(3), DesktopJvm.run(cmd), "run passes on the second VM's status");
    }

    @Test
    void onlyARecordingFromASessionThatEndedWellBecomesTheCache(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("bonebalance.jar"), "jar");
        DesktopJvm.CachePlan plan = DesktopJvm.planFor(jar.toString(), List.of(), System.currentTimeMillis(), 9);
        int[] made = {0};
        Files.writeString(plan.recording(), "a few classes");
        DesktopJvm.afterWindow(plan, 2, () -> ++made[0] > 0); // a bad option: no window was ever shown
        assertEquals(0, made[0]);
        assertFalse(Files.exists(plan.recording()), "dropped: the next start records again");

        Files.writeString(plan.recording(), "a whole session");
        DesktopJvm.afterWindow(plan, 0, () -> ++made[0] > 0);
        assertEquals(1, made[0]);
    }

    @Test
    void aCacheTheVmCrashedOnIsRemoved(@TempDir Path dir) throws IOException {
        Path cache = Files.writeString(dir.resolve("c.aot"), "damaged");
        DesktopJvm.CachePlan use = new DesktopJvm.CachePlan(DesktopJvm.Step.USE, cache, null);
        DesktopJvm.afterWindow(use, 1, () -> true);
        assertTrue(Files.exists(cache), "an ordinary failure leaves the cache alone");
        DesktopJvm.afterWindow(use, 134, () -> true);
        assertFalse(Files.exists(cache), "the VM aborted: the next start records a new one");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The second VM's stand-in: prints what it was started with and ends with the status asked for. */
    public static final class ExitWith {
        public static void main(String[] args) {
            if (!Boolean.getBoolean("exit.quiet")) {
                System.out.println("started " + System.getProperty(DesktopJvm.STARTED_AT) + " args " + List.of(args));
            }
            System.exit(Integer.getInteger("exit.status", 0));
        }
    }
}
