package org.bonebalance.io.consult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bonebalance.sim.consult.Consultation;

/**
 * Keeps the consultation in progress safe: {@code ${bonebalance.home}/autosave.json} (system property
 * {@code bonebalance.home}, default {@code ~/.bonebalance}). The screen writes it every few seconds while
 * there are unsaved changes and deletes it after a save or a clean close; when the file is there on the next
 * start, the previous session ended without either (a crash or power cut), and the app offers to restore it.
 */
public final class Autosave {
    public static final String FILE_NAME = "autosave.json";
    private final Path file;

    public Autosave(Path home) {
        this.file = home.resolve(FILE_NAME);
    }

    /** The store in the app's home folder. */
    public static Autosave inHome() {
        return new Autosave(home());
    }

    public static Path home() {
        String h = System.getProperty("bonebalance.home");
        if (h == null || h.isBlank()) return Path.of(System.getProperty("user.home"), ".bonebalance");
        return Path.of(h);
    }

    public Path file() { return file; }

    /** Writes the session atomically (so a crash during the write leaves the previous copy). */
    public void save(Consultation c) throws IOException {
        ConsultationJson.write(c, file);
    }

    /** A session left behind by a previous run, if any and readable. */
    public Optional<Consultation> pending() {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(ConsultationJson.read(file));
        } catch (ConsultFileException e) {
            return Optional.empty();
        }
    }

    /** Forgets the session (after a save, a clean close, or when the user declines to restore). */
    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to act on: the next start offers the copy again
        }
    }
}
