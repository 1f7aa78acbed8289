package org.bonebalance.ui.consult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.io.consult.ConsultFileException;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;

/**
 * The consultation in progress: the current (always valid) consultation, its forecast, the message of the
 * last rejected edit or file, the file it belongs to and whether it has unsaved changes. Plain JavaFX
 * properties, no nodes: testable without a toolkit. Edits that fail validation leave everything untouched.
 */
public final class ConsultViewModel {
    private final ReadOnlyObjectWrapper<Consultation> consultation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConsultForecast.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.PROBLEM);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Consultation> pendingRestore = new ReadOnlyObjectWrapper<>();
    private final Autosave autosave;
    private final ConsultForecast.Cache cache = new ConsultForecast.Cache();
    private long edits, autosavedAt;

    private static ConsultViewModel session;

    /**
     * The consultation of this app session (one per JVM, FX thread only): the screen of every window built
     * in this run shares it, so rebuilding the window keeps the consultation, and the crash copy is offered
     * once.
     */
    public static ConsultViewModel session() {
        if (session == null) session = new ConsultViewModel(Autosave.inHome());
        return session;
    }

    /**
     * The session's consultation if anything has asked for it yet. Until the Consultation screen or menu is
     * used there is nothing to save, and a copy left by a crash stays on disk to be offered then; start-up
     * does not pay for the example consultation's forecasts.
     */
    public static Optional<ConsultViewModel> existingSession() {
        return Optional.ofNullable(session);
    }

    /** Tests only: the next {@link #session()} starts a new consultation, as in a new run of the app. */
    static void forgetSession() {
        session = null;
    }

    public ConsultViewModel(Autosave autosave) {
        this.autosave = autosave;
        set(Consultation.example());
        autosave.pending().ifPresent(pendingRestore::set);
    }

    public ReadOnlyObjectProperty<Consultation> consultationProperty() { return consultation.getReadOnlyProperty(); }

    public Consultation getConsultation() { return consultation.get(); }

    public ReadOnlyObjectProperty<ConsultForecast.Result> resultProperty() { return result.getReadOnlyProperty(); }

    public ConsultForecast.Result getResult() { return result.get(); }

    /** What the message is: a problem to act on, news that something worked, or work still going on. */
    public enum MessageKind { PROBLEM, DONE, BUSY }

    /** The last message (a rejected edit, an unreadable file, a saved file), or empty; see {@link #messageKindProperty}. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** Whether the message is a problem, a success or work in progress (set before the text changes). */
    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() { return messageKind.getReadOnlyProperty(); }

    public MessageKind getMessageKind() { return messageKind.get(); }

    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }

    public boolean isDirty() { return dirty.get(); }

    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }

    /** A session left behind by a crash, offered for restore; null when none. */
    public ReadOnlyObjectProperty<Consultation> pendingRestoreProperty() { return pendingRestore.getReadOnlyProperty(); }

    /**
     * Applies an edit. When the edited consultation is invalid, nothing changes and the message names the
     * field. Returns true when the edit was accepted.
     */
    public boolean edit(UnaryOperator<Consultation> change) {
        Consultation next;
        ConsultForecast.Result r;
        try {
            next = change.apply(consultation.get());
            if (next.equals(consultation.get())) {
                message.set("");
                return true;
            }
            r = ConsultForecast.run(next, cache);
        } catch (IllegalArgumentException e) {
            reject(e.getMessage());
            return false;
        }
        message.set("");
        consultation.set(next);
        result.set(r);
        edits++;
        dirty.set(true);
        return true;
    }

    /** Reports a problem the view found before it could build an edit (e.g. text that is not a number). */
    public void reject(String text) {
        say(MessageKind.PROBLEM, text);
    }

    /** Reports that something worked (e.g. "handout written to ..."): shown calmly, not as a problem. */
    public void done(String text) {
        say(MessageKind.DONE, text);
    }

    /** Reports work in progress (e.g. "printing ..."). */
    public void busy(String text) {
        say(MessageKind.BUSY, text);
    }

    private void say(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    /** Loads a file; on any problem the current consultation stays and the message says why. */
    public boolean open(Path path) {
        Consultation c;
        ConsultForecast.Result r;
        try {
            c = ConsultationJson.read(path);
            r = ConsultForecast.run(c, cache);
        } catch (ConsultFileException | IllegalArgumentException e) {
            reject(Messages.get("consult.ui.openFailed", e.getMessage()));
            return false;
        }
        consultation.set(c);
        result.set(r);
        file.set(path);
        dirty.set(false);
        message.set("");
        autosave.clear();
        return true;
    }

    /** Saves (atomically) to the given file, which becomes the consultation's file. */
    public boolean saveAs(Path path) {
        try {
            ConsultationJson.write(consultation.get(), path);
        } catch (IOException e) {
            reject(Messages.get("consult.ui.saveFailed", path, org.bonebalance.io.WriteProblems.why(e)));
            return false;
        }
        file.set(path);
        dirty.set(false);
        done(Messages.get("consult.ui.saved", path.getFileName()));
        autosave.clear();
        return true;
    }

    /** Saves to the current file; false when there is none yet (the view then asks where). */
    public boolean save() {
        return file.get() != null && saveAs(file.get());
    }

    /** Writes the autosave copy when there are changes since the last one; called every few seconds. */
    public void autosaveIfChanged() {
        if (!dirty.get() || autosavedAt == edits) return;
        try {
            autosave.save(consultation.get());
            autosavedAt = edits;
        } catch (IOException e) {
            reject(Messages.get("consult.ui.autosaveFailed", org.bonebalance.io.WriteProblems.why(e)));
        }
    }

    /** True while the handout is being printed (the print button waits). */
    public ReadOnlyBooleanProperty printingProperty() { return printing.getReadOnlyProperty(); }

    public boolean isPrinting() { return printing.get(); }

    /** Printing has begun (the page is being built, then the print dialog shows). */
    public void printingStarted() {
        printing.set(true);
        busy(Messages.get("consult.ui.printing"));
    }

    /**
     * Printing has ended: sent to the printer, cancelled in the dialog (the status line clears), or failed
     * for the given reason (non-null).
     */
    public void printingFinished(boolean printed, String failure) {
        printing.set(false);
        if (failure != null) reject(Messages.get("consult.ui.printFailed", failure));
        else if (printed) done(Messages.get("consult.ui.printed"));
        else if (getMessageKind() == MessageKind.BUSY) say(MessageKind.DONE, ""); // cancelled: only our own line goes
    }

    /** Accepts the offered session from last time. */
    public void restorePending() {
        Consultation c = pendingRestore.get();
        if (c == null) return;
        pendingRestore.set(null);
        try {
            ConsultForecast.Result r = ConsultForecast.run(c, cache);
            consultation.set(c);
            result.set(r);
            file.set(null);
            edits++;
            dirty.set(true);
        } catch (IllegalArgumentException e) {
            reject(Messages.get("consult.ui.openFailed", e.getMessage()));
        }
    }

    /** Declines the offered session and forgets it. */
    public void discardPending() {
        pendingRestore.set(null);
        autosave.clear();
    }

    /** A clean close: the autosave copy is no longer needed. */
    public void closedCleanly() {
        autosave.clear();
    }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }

    private void set(Consultation c) {
        consultation.set(c);
        result.set(ConsultForecast.run(c, cache));
    }
}
