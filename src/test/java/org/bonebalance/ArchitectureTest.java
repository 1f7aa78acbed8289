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
 * without a display and could become a core module. Packages depend one way, model ← sim ← content ← io ←
 * ui and cli ← the entry (the root package), and no two packages need each other, not even inside a layer (ui's
 * screens, the shell, sim's parts). A plain scan of the sources: every {@code org.bonebalance.x.Y} named in
 * code (imports and fully qualified names; comments are skipped).
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

    /** Layers from the bottom: a package may use its own layer's and lower layers' packages only. */
    static final List<String> LAYERS = List.of("model", "sim", "content", "io", "cli|ui", "");
    private static final Pattern REFERENCE = Pattern.compile("org\\.bonebalance((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

    /** Package (relative to the root: "" for the root, "ui.learn") → the packages its code names. */
    static java.util.Map<String, java.util.Set<String>> dependencies(Path root) throws IOException {
        java.util.Map<String, java.util.Set<String>> deps = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = root.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.');
                java.util.Set<String> used = deps.computeIfAbsent(pkg, k -> new java.util.TreeSet<>());
                String code = Files.readString(f).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
                var m = REFERENCE.matcher(code);
                while (m.find()) {
                    String target = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
                    if (!target.equals(pkg)) used.add(target);
                }
            }
        }
        return deps;
    }

    static int layer(String pkg) {
        String top = pkg.contains(".") ? pkg.substring(0, pkg.indexOf('.')) : pkg;
        for (int i = 0; i < LAYERS.size(); i++) if (top.matches(LAYERS.get(i))) return i;
        throw new IllegalArgumentException("package " + pkg + " has no layer: add it to LAYERS");
    }

    /** Uses that point up, or sideways to another top-level package of the same layer (cli and ui). */
    static List<String> upwards(java.util.Map<String, java.util.Set<String>> deps) {
        List<String> found = new ArrayList<>();
        deps.forEach((from, tos) -> {
            for (String to : tos) {
                String fromTop = from.split("\\.")[0], toTop = to.split("\\.")[0];
                if (layer(to) > layer(from) || (layer(to) == layer(from) && !fromTop.equals(toTop)))
                    found.add(name(from) + " -> " + name(to));
            }
        });
        return found;
    }

    /** Groups of packages that need each other (strongly connected, more than one package). */
    static List<List<String>> cycles(java.util.Map<String, java.util.Set<String>> deps) {
        List<List<String>> found = new ArrayList<>();
        for (String start : deps.keySet()) {
            java.util.Set<String> group = new java.util.TreeSet<>();
            for (String other : deps.keySet()) {
                if (!other.equals(start) && reaches(deps, start, other) && reaches(deps, other, start)) group.add(name(other));
            }
            if (!group.isEmpty()) {
                group.add(name(start));
                List<String> g = List.copyOf(group);
                if (!found.contains(g)) found.add(g);
            }
        }
        return found;
    }

    private static boolean reaches(java.util.Map<String, java.util.Set<String>> deps, String from, String to) {
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(from));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (!seen.add(p)) continue;
            for (String q : deps.getOrDefault(p, java.util.Set.of())) {
                if (q.equals(to)) return true;
                todo.push(q);
            }
        }
        return false;
    }

    private static String name(String pkg) { return pkg.isEmpty() ? "(root)" : pkg; }

    @Test
    void packagesDependDownwardsOnly() throws IOException {
        assertEquals(List.of(), upwards(dependencies(Path.of("src", "main", "java", "org", "bonebalance"))));
    }

    @Test
    void noTwoPackagesNeedEachOther() throws IOException {
        assertEquals(List.of(), cycles(dependencies(Path.of("src", "main", "java", "org", "bonebalance"))));
    }

    @Test
    void theDependencyChecksFindUpwardUsesAndCycles(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        write(tmp, "sim/consult/Checks.java", "package org.bonebalance.sim.consult;\nimport org.bonebalance.content.Messages;\nclass Checks {}\n");
        write(tmp, "content/Lesson.java", "package org.bonebalance.content;\nclass Lesson { org.bonebalance.sim.consult.Checks c; }\n");
        write(tmp, "ui/Screen.java", "package org.bonebalance.ui;\n// org.bonebalance.ui.learn.Comment is not a use\nclass Screen { org.bonebalance.ui.learn.X x; }\n");
        write(tmp, "ui/learn/X.java", "package org.bonebalance.ui.learn;\nimport org.bonebalance.ui.Screen;\nclass X {}\n");
        write(tmp, "cli/C.java", "package org.bonebalance.cli;\nimport org.bonebalance.ui.Screen;\nclass C {}\n");
        var deps = dependencies(tmp);
        assertEquals(List.of("cli -> ui", "sim.consult -> content"), upwards(deps));
        assertEquals(List.of(List.of("content", "sim.consult"), List.of("ui", "ui.learn")), cycles(deps));
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path p = root.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
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

    /** A view model's uses of the toolkit beyond properties and bindings (a scene node, a stage, the FX thread). */
    static List<String> toolkitInViewModels(Path root) throws IOException {
        java.util.regex.Pattern toolkit = java.util.regex.Pattern.compile("javafx\\.(scene|stage|application|animation|embed|print)\\.");
        List<String> found = new java.util.ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).sorted().toList()) {
                String code = Files.readAllLines(f).stream().map(l -> l.replaceAll("//.*", ""))
                        .collect(java.util.stream.Collectors.joining("\n")).replaceAll("(?s)/\\*.*?\\*/", "");
                if (toolkit.matcher(code).find()) found.add(root.relativize(f).toString());
            }
        }
        return found;
    }

    @Test
    void viewModelsAreToolkitFree(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path ui = Path.of("src", "main", "java", "org", "bonebalance", "ui");
        try (var files = Files.walk(ui)) {
            assertTrue(files.filter(p -> p.getFileName().toString().endsWith("ViewModel.java")).count() >= 10,
                    "every screen has its view model");
        }
        assertEquals(List.of(), toolkitInViewModels(ui));
        Files.writeString(tmp.resolve("BadViewModel.java"), "package x;\nimport javafx.scene.control.Label;\nclass BadViewModel {}\n");
        Files.writeString(tmp.resolve("FineViewModel.java"), "package x;\n// javafx.scene.Node in a comment\nimport javafx.beans.property.ReadOnlyStringWrapper;\nclass FineViewModel {}\n");
        assertEquals(List.of("BadViewModel.java"), toolkitInViewModels(tmp));
    }

    /**
     * Static fields that change: each is a cache of immutable data (filled once, or remade from what it caches),
     * a sink, or a seam for tests; none owns state of the app. Anything else belongs to the application model.
     */
    static final java.util.Map<String, String> STATIC_CACHES = java.util.Map.of(
            "content/Messages.java loaded", "bundles and formats of the JVM's display locale, remade when it changes",
            "content/Library.java instance", "the built-in library, read once from the jar",
            "io/LessonFile.java builtIn", "the built-in lessons, read once from the jar",
            "ui/learn/TermMarker.java cachedLocale", "the language the aliases below were made for",
            "ui/learn/TermMarker.java cachedAliases", "glossary aliases of that language",
            "ui/ThemePalette.java LOADED", "each theme's colours, read once from its style sheet",
            "cli/BenchCommand.java sink", "keeps the measured work from being optimised away",
            "io/AtomicFiles.java contentWriter", "where tests inject a failing write");
    private static final Pattern STATIC_FIELD = Pattern.compile(
            "^\\s*(?:(?:private|public|protected)\\s+)?static\\s+(?:(?:volatile|transient)\\s+)*(?!final\\b|class\\b|record\\b|interface\\b|enum\\b|void\\b)[\\w<>\\[\\], ?.]+\\s(\\w+)\\s*(?:=|;)"
            + "|^\\s*(?:(?:private|public|protected)\\s+)?static\\s+final\\s+[\\w<>\\[\\], ?.]+\\s(\\w+)\\s*=\\s*new\\s+(?:java\\.util\\.(?:concurrent\\.)?)?(?:Hash|ConcurrentHash|WeakHash|LinkedHash|IdentityHash|Enum|Tree|Array)?(?:Map|Set|List)\\b",
            Pattern.MULTILINE);

    /** Every static field of the sources under root that can change, as "dir/File.java name". */
    static List<String> staticState(Path root) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                var m = STATIC_FIELD.matcher(Files.readString(f));
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    found.add(root.relativize(f).toString().replace('\\', '/') + " " + name);
                }
            }
        }
        return found;
    }

    @Test
    void noStaticStateButCaches(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        List<String> found = staticState(Path.of("src", "main", "java", "org", "bonebalance"));
        assertEquals(List.of(), found.stream().filter(f -> !STATIC_CACHES.containsKey(f)).toList(),
                "static fields that change belong to the application model");
        assertEquals(List.of(), STATIC_CACHES.keySet().stream().filter(k -> !found.contains(k)).sorted().toList(),
                "listed but gone: take them off the list");
        write(tmp, "sim/S.java", "package x;\nclass S {\n    private static int count = 0;\n    static final int MAX = 3;\n"
                + "    static volatile java.util.List<String> seen;\n    static final java.util.Map<String, Integer> BY = new java.util.HashMap<>();\n"
                + "    static final java.util.List<String> FIXED = java.util.List.of(\"a\");\n    static void run() {}\n    static class Inner {}\n}\n");
        assertEquals(List.of("sim/S.java count", "sim/S.java seen", "sim/S.java BY"), staticState(tmp));
    }
}
