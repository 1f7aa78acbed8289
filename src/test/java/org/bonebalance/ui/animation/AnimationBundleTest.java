package org.bonebalance.ui.animation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The animation bundle: same keys in English and Spanish, every key used, every used key present. */
class AnimationBundleTest {
    private static final Pattern KEY = Pattern.compile("\"(animation\\.[a-z0-9.\\-]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnimationBundleTest.class.getResourceAsStream("/org/bonebalance/i18n/" + name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> used = new TreeSet<>(AnimationStyles.DYNAMIC_KEYS);
        Path main = Path.of("src/main/java/org/bonebalance");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) if (!m.group(1).endsWith(".")) used.add(m.group(1));   // prefixes of DYNAMIC_KEYS
            }
        }
        return used;
    }

    @Test
    void dynamicKeysCoverEveryId() {
        for (org.bonebalance.sim.bmu.BmuPhase p : org.bonebalance.sim.bmu.BmuPhase.values()) {
            assertTrue(AnimationStyles.DYNAMIC_KEYS.contains("animation.phase." + p.id()));
            assertTrue(AnimationStyles.DYNAMIC_KEYS.contains("animation.phase." + p.id() + ".doing"));
        }
        for (org.bonebalance.sim.bmu.SwitchState s : org.bonebalance.sim.bmu.SwitchState.values()) {
            assertTrue(AnimationStyles.DYNAMIC_KEYS.contains("animation.switch.state." + s.id()));
        }
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("animation.properties").stringPropertyNames()),
                new TreeSet<>(load("animation_es.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = new TreeSet<>(load("animation.properties").stringPropertyNames());
        Set<String> used = usedKeys();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertTrue(unused.isEmpty(), "unused: " + unused);
    }

    @Test
    void spanishIsTranslatedNotCopied() throws IOException {
        Properties en = load("animation.properties"), es = load("animation_es.properties");
        int same = 0;
        for (String k : en.stringPropertyNames()) if (en.getProperty(k).equals(es.getProperty(k))) same++;
        // symbols, units and molecule names may stay the same; sentences may not
        assertTrue(same < 12, same + " strings identical in both languages");
    }
}
