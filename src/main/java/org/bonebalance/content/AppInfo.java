package org.bonebalance.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The app's name and version as the build wrote them (version.properties, filled in by Maven). */
public final class AppInfo {
    private static final Properties BUILD = load();

    private AppInfo() {}

    public static String name() {
        return BUILD.getProperty("name", "BoneBalance");
    }

    /** The project's version, e.g. 0.1.0-SNAPSHOT; "?" when the build left no record (an IDE's own build). */
    public static String version() {
        String v = BUILD.getProperty("version", "?");
        return v.startsWith("${") ? "?" : v;
    }

    /** "BoneBalance 0.1.0-SNAPSHOT", in the current language's pattern. */
    public static String nameAndVersion() {
        return Messages.get("app.about.version", name(), version());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/bonebalance/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // no record of the build: the defaults above
        }
        return p;
    }
}
