package org.bonebalance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md convention 1: no JavaFX in model/, sim/, content/, io/ or cli/, so the science and the commands run
 * without a display and could become a core module. A plain scan of the sources.
 */
class ArchitectureTest {
    static final List<String> HEADLESS = List.of("model", "sim", "content", "io", "cli");
    private static final Pattern JAVAFX = Pattern.compile("\\bjavafx\\.|org\\.bonebalance\\.ui\\b");

    static List<String> violations(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : HEADLESS) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("//") || line.startsWith("*")) continue;
                        if (JAVAFX.matcher(line).find()) found.add(root.relativize(f) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void headlessPackagesDoNotUseJavaFx() throws IOException {
        Path root = Path.of("src", "main", "java", "org", "bonebalance");
        assertTrue(Files.isDirectory(root.resolve("model")), "run from the project directory");
        assertEquals(List.of(), violations(root));
    }

    @Test
    void theScanFindsAViolation(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path sim = Files.createDirectories(tmp.resolve("sim"));
        Files.writeString(sim.resolve("Bad.java"), "package x;\nimport javafx.scene.Node;\nclass Bad {}\n");
        Path io = Files.createDirectories(tmp.resolve("io"));
        Files.writeString(io.resolve("AlsoBad.java"), "package x;\nclass AlsoBad { org.bonebalance.ui.AppContext c; }\n");
        assertEquals(2, violations(tmp).size());
    }
}
