package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's process ends with a status a script can test: 0 when the --snapshot was saved, 1 with a plain
 * message when it could not be. Runs the real launcher in a headless VM of its own (the status is the process's).
 */
class ExitStatusTest {
    private static Result run(Path home, Path snapshot) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-Dbonebalance.relaunch=false", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Duser.language=en",
                "-Dbonebalance.home=" + home, "-cp", System.getProperty("java.class.path"),
                "org.bonebalance.Launcher", "--exit-after", "1", "--snapshot", snapshot.toString()));
        Path log = home.resolve("stderr.txt");
        Files.createDirectories(home);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the app did not end: " + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private record Result(int status, String output) {}

    @Test
    void aSavedSnapshotEndsWithZeroAndOneThatCannotBeSavedWithOne(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("shot.png");
        Result ok = run(dir.resolve("home1"), good);
        assertEquals(0, ok.status(), ok.output());
        assertTrue(Files.size(good) > 1000, "a PNG was written");

        // a folder that does not exist (and cannot be made: its parent is a file)
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path bad = blocker.resolve("shot.png");
        Result failed = run(dir.resolve("home2"), bad);
        assertEquals(1, failed.status(), failed.output());
        assertTrue(failed.output().contains(bad.toString()), "the message names the file: " + failed.output());
    }
}
