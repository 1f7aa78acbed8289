package org.bonebalance.sim.consult;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The consultation being edited, kept by the app model for the whole run: the current (always valid)
 * consultation and its forecast, the file it belongs to, whether it has unsaved changes, and a copy left by a
 * crash that is offered for restore. Reading and writing files is the caller's (io); this keeps the state, so
 * a rebuilt window finds it as it was. Changes that fail validation leave everything untouched.
 */
public final class ConsultSession {
    private final ConsultForecast.Cache cache = new ConsultForecast.Cache();
    private Consultation consultation;
    private ConsultForecast.Result result;
    private Path file;
    private boolean dirty;
    private long edits, autosavedAt;
    private Consultation pendingRestore;
    private boolean restoreOffered;

    public ConsultSession() {
        consultation = Consultation.example();
        result = ConsultForecast.run(consultation, cache);
    }

    public Consultation consultation() { return consultation; }

    public ConsultForecast.Result result() { return result; }

    public Optional<Path> file() { return Optional.ofNullable(file); }

    public boolean isDirty() { return dirty; }

    /** A consultation left behind by a crash, not yet restored or declined. */
    public Optional<Consultation> pendingRestore() { return Optional.ofNullable(pendingRestore); }

    /**
     * Applies an edit; an invalid result throws {@link IllegalArgumentException} (naming the field) and
     * changes nothing. Returns false when the edit changed nothing.
     */
    public boolean edit(UnaryOperator<Consultation> change) {
        Consultation next = change.apply(consultation);
        if (next.equals(consultation)) return false;
        ConsultForecast.Result r = ConsultForecast.run(next, cache);
        consultation = next;
        result = r;
        edits++;
        dirty = true;
        return true;
    }

    /** A consultation read from a file becomes the one edited, saved as it is. */
    public void opened(Consultation c, Path from) {
        ConsultForecast.Result r = ConsultForecast.run(c, cache);
        consultation = c;
        result = r;
        file = from;
        dirty = false;
    }

    /** Written to the given file, which becomes the consultation's file. */
    public void saved(Path to) {
        file = to;
        dirty = false;
    }

    /** True when there are changes the autosave copy does not have yet. */
    public boolean needsAutosave() { return dirty && autosavedAt != edits; }

    /** The autosave copy now has every change. */
    public void autosaved() { autosavedAt = edits; }

    /** Offers a crash copy once per run (the first view asks; later ones find it offered or settled). */
    public void offerRestoreOnce(java.util.function.Supplier<Optional<Consultation>> leftBehind) {
        if (restoreOffered) return;
        restoreOffered = true;
        pendingRestore = leftBehind.get().orElse(null);
    }

    /** Takes the offered copy as the consultation (unsaved, no file); invalid: throws, nothing changes. */
    public void restorePending() {
        if (pendingRestore == null) return;
        Consultation c = pendingRestore;
        pendingRestore = null;
        ConsultForecast.Result r = ConsultForecast.run(c, cache);
        consultation = c;
        result = r;
        file = null;
        edits++;
        dirty = true;
    }

    public void discardPending() { pendingRestore = null; }
}
