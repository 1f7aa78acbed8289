package org.bonebalance.ui.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, on a second thread, the classes the first window will need, while JavaFX starts on the first.
 * About 2 900 classes (JavaFX's controls, TilesFX, ours) are read and defined from their jars before the
 * explorer's first frame; on the start-up thread that is the largest single cost. Loading is not
 * initialising: no static initialiser runs here, so nothing happens out of order; the window's thread then
 * finds the classes defined. Measured in docs/performance.md.
 *
 * <p>The list ({@value #LIST}) is made by {@code tools/startup-classes.sh}. A name that no longer exists is
 * skipped; a stale list only makes start-up slower. {@code -Dbonebalance.preload=false} turns it off.
 */
public final class ClassPreloader {
    static final String LIST = "/org/bonebalance/startup-classes.txt";

    private ClassPreloader() {}

    /** Starts the daemon thread that loads the listed classes, unless turned off. */
    public static void startInBackground() {
        if (!Boolean.parseBoolean(System.getProperty("bonebalance.preload", "true"))) return;
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        Thread t = new Thread(() -> preload(names(), loader), "class-preloader");
        t.setDaemon(true);
        t.start();
    }

    /** The class names in the list on the class path (none if it is missing). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) return names;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) names.add(line);
            }
        } catch (IOException e) {
            // no list: nothing to load ahead
        }
        return names;
    }

    /** Loads (without initialising) each named class; returns how many were found. */
    static int preload(List<String> names, ClassLoader loader) {
        int found = 0;
        for (String name : names) {
            try {
                Class.forName(name, false, loader);
                found++;
            } catch (ClassNotFoundException | LinkageError e) {
                // gone from this version of a library: skipped
            }
        }
        return found;
    }
}
