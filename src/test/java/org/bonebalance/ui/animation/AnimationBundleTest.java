package org.bonebalance.ui.animation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The animation bundle: same keys in English and Spanish, words for every phase, switch state and hormone, translated. */
class AnimationBundleTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = AnimationBundleTest.class.getResourceAsStream("/org/bonebalance/i18n/" + name)) {
            assertNotNull(in, name);
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyPhaseAndSwitchStateHasItsWords() throws IOException {
        // built from ids at run time (the bundle test counts them as used by their prefix)
        Properties en = load("animation.properties");
        for (org.bonebalance.sim.bmu.BmuPhase p : org.bonebalance.sim.bmu.BmuPhase.values()) {
            assertNotNull(en.getProperty("animation.phase." + p.id()), p.id());
            assertNotNull(en.getProperty("animation.phase." + p.id() + ".doing"), p.id());
        }
        for (org.bonebalance.sim.bmu.SwitchState s : org.bonebalance.sim.bmu.SwitchState.values()) {
            assertNotNull(en.getProperty("animation.switch.state." + s.id()), s.id());
        }
        for (org.bonebalance.ui.hormones.HormoneScale h : org.bonebalance.ui.hormones.HormoneScale.values()) {
            assertNotNull(en.getProperty("animation.slider." + h.id()), h.id());
        }
    }

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("animation.properties").stringPropertyNames()),
                new TreeSet<>(load("animation_es.properties").stringPropertyNames()));
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
