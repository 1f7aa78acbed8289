package org.bonebalance.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {
    /** Set by {@link Marked}'s static initialiser: the preloader must load it without running it. */
    static boolean markedInitialised;

    static final class Marked {
        static {
            markedInitialised = true;
        }
    }

    @Test
    void loadsWithoutInitialisingAndSkipsNamesThatAreGone() {
        int found = ClassPreloader.preload(List.of(Marked.class.getName(), "org.bonebalance.NoSuchClass",
                "java.util.StringTokenizer"), getClass().getClassLoader());
        assertEquals(2, found);
        assertFalse(markedInitialised, "a preloaded class's static initialiser ran");
    }

    @Test
    void theShippedListIsCurrent() {
        List<String> names = ClassPreloader.names();
        assertTrue(names.size() > 1000, "the start-up class list is missing or nearly empty: " + names.size());
        assertTrue(names.stream().anyMatch(n -> n.startsWith("org.bonebalance.ui.")), "our window's classes");
        assertTrue(names.stream().anyMatch(n -> n.startsWith("eu.hansolo.tilesfx.")), "the gauges' classes");
        // JavaFX's platform classes differ between Linux, macOS and Windows (and the tests use Monocle):
        // allow those, but a list made for other versions of the libraries has to be made again
        long found = ClassPreloader.preload(names, getClass().getClassLoader());
        assertTrue(found >= 0.95 * names.size(), "only " + found + " of " + names.size()
                + " start-up classes exist: run tools/startup-classes.sh");
    }
}
