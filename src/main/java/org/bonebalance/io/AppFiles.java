package org.bonebalance.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The app's own files: lessons and consultations have their own extensions (the installers associate them
 * with the app), and the JSON files people already have still open. Both are JSON inside.
 */
public final class AppFiles {
    public static final String LESSON_EXTENSION = ".bonelesson";
    public static final String CONSULTATION_EXTENSION = ".boneconsult";
    public static final String JSON_EXTENSION = ".json";
    /** How far into a file its "format" field is looked for. */
    static final int SNIFF_BYTES = 64 * 1024;
    private static final Pattern LESSON_FORMAT = Pattern.compile("\"format\"\\s*:\\s*\"" + Pattern.quote(LessonFile.FORMAT));

    private AppFiles() {}

    public enum Kind { LESSON, CONSULTATION }

    /**
     * What a file given to the app is: by its extension; otherwise (.json, or any other name) a lesson when its
     * format field says so, else a consultation, whose reader then says plainly what is wrong with it.
     */
    public static Kind kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(LESSON_EXTENSION)) return Kind.LESSON;
        if (name.endsWith(CONSULTATION_EXTENSION)) return Kind.CONSULTATION;
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
            return LESSON_FORMAT.matcher(head).find() ? Kind.LESSON : Kind.CONSULTATION;
        } catch (IOException | RuntimeException e) {
            return Kind.CONSULTATION;
        }
    }

    /**
     * The file a save dialog's answer names: as typed when it ends in the app's extension or .json (the user
     * chose), else with the app's extension added.
     */
    public static Path withExtension(Path chosen, String extension) {
        String n = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(extension) || n.endsWith(JSON_EXTENSION) ? chosen : chosen.resolveSibling(chosen.getFileName() + extension);
    }
}
