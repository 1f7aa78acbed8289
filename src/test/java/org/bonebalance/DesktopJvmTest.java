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
    void notWhenTheVmWasSetUpByHand() {
        for (String own : List.of("-XX:TieredStopAtLevel=4", "-XX:SharedArchiveFile=x.jsa", "-XX:AOTCache=app.aot",
                "-XX:StartFlightRecording=filename=x.jfr", "-agentlib:jdwp=transport=dt_socket", "-javaagent:a.jar")) {
            assertFalse(wanted(List.of("-Dprism.order=sw", own), Map.of()), own);
        }
    }

    @Test
    void theCommandPutsTheDesktopOptionsFirstAndTheUsersAfter() {
        List<String> cmd = DesktopJvm.command("java", List.of("-Dprism.order=sw", "-Djava.class.path=" + JAR),
                JAR, Optional.empty(), 1234L, "org.bonebalance.Launcher", new String[] {"--screen", "cycle"});
        assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dprism.order=sw",
                "-D" + DesktopJvm.CHILD + "=true", "-D" + DesktopJvm.STARTED_AT + "=1234", "-jar", JAR,
                "--screen", "cycle"), cmd);
    }

    @Test
    void aClassPathOfFoldersStartsTheMainClass() {
        String cp = String.join(java.io.File.pathSeparator, "target/classes", "lib/a.jar");
        List<String> cmd = DesktopJvm.command("java", List.of(), cp, Optional.empty(), 1L, "org.bonebalance.Launcher", new String[0]);
        assertEquals(List.of("-cp", cp, "org.bonebalance.Launcher"), cmd.subList(cmd.size() - 3, cmd.size()));
        assertEquals(Optional.empty(), DesktopJvm.archiveFor(cp));
    }

    @Test
    void anArchiveIsMadeOnceAndThenUsedWithoutPreloading(@TempDir Path dir) throws IOException {
        Path archive = dir.resolve("a.jsa");
        List<String> making = DesktopJvm.command("java", List.of(), JAR, Optional.of(archive), 1L, "M", new String[0]);
        assertTrue(making.contains("-XX:+AutoCreateSharedArchive"));
        assertTrue(making.contains("-XX:SharedArchiveFile=" + archive));
        assertTrue(making.contains("-Xlog:cds*=off"));
        assertFalse(making.contains("-Dbonebalance.preload=false"));
        Files.writeString(archive, "made");
        List<String> using = DesktopJvm.command("java", List.of(), JAR, Optional.of(archive), 1L, "M", new String[0]);
        assertTrue(using.contains("-Dbonebalance.preload=false"));
    }

    @Test
    void theArchiveIsNamedForItsJarsAndOldOnesGo(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("bonebalance.jar"), "jar");
        Files.createDirectory(dir.resolve("lib"));
        Path libJar = Files.writeString(dir.resolve("lib").resolve("javafx.jar"), "lib");
        Path first = DesktopJvm.archiveFor(jar.toString()).orElseThrow();
        assertEquals(dir, first.getParent());
        assertTrue(first.getFileName().toString().matches(DesktopJvm.ARCHIVE_PREFIX + "[0-9a-f]{8}\\.jsa"), first.toString());
        assertEquals(first, DesktopJvm.archiveFor(jar.toString()).orElseThrow(), "same jars, same archive");
        Files.writeString(first, "made");

        Files.setLastModifiedTime(libJar, FileTime.fromMillis(Files.getLastModifiedTime(libJar).toMillis() - 60_000));
        Path second = DesktopJvm.archiveFor(jar.toString()).orElseThrow();
        assertNotEquals(first, second, "a changed library jar needs a new archive");
        assertFalse(Files.exists(first), "the archive for the old jars is removed");
    }

    @Test
    void theSecondVmRunsWithTheseOptionsMakesItsArchiveAndPassesOnItsStatus(@TempDir Path dir) throws Exception {
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
        Path archive = DesktopJvm.archiveFor(jar.toString()).orElseThrow();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = DesktopJvm.command(java, List.of("-Dexit.status=3"), jar.toString(), Optional.of(archive),
                42L, ExitWith.class.getName(), new String[] {"--perf"});
        Path log = dir.resolve("out.txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(3, p.waitFor(), () -> read(log));
        assertEquals("started 42 args [--perf]", read(log).strip(), "nothing but the program's own output");
        assertTrue(Files.size(archive) > 0, "the VM wrote its class-data archive at exit");

        assertEquals(Optional.of(3), DesktopJvm.run(cmd), "run passes on the second VM's status");
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
            System.out.println("started " + System.getProperty(DesktopJvm.STARTED_AT) + " args " + List.of(args));
            System.exit(Integer.getInteger("exit.status", 0));
        }
    }
}
