package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The cli bundle: the same keys in English and Spanish, every key used in the code, every used key present. */
class CliBundleTest {
    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CliBundleTest.class.getResourceAsStream("/org/bonebalance/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static String sources() throws IOException {
        StringBuilder all = new StringBuilder();
        // content: TraceWords words the why command's links (shared with the window's Why? panel)
        for (String dir : List.of("cli", "io", "content")) {
            try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "org", "bonebalance", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(keys("cli.properties"), keys("cli_es.properties"));
        assertTrue(keys("cli.properties").stream().allMatch(k -> k.startsWith("cli.")));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> keys = keys("cli.properties");
        String code = sources();
        List<String> unused = new ArrayList<>();
        for (String k : keys) if (!code.contains("\"" + k + "\"")) unused.add(k);
        assertEquals(List.of(), unused);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(cli\\.[A-Za-z0-9.-]+)\"").matcher(code);
        List<String> missing = new ArrayList<>();
        while (m.find()) if (!keys.contains(m.group(1))) missing.add(m.group(1));
        assertEquals(List.of(), missing);
    }
}
