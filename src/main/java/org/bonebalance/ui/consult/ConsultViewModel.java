package org.bonebalance.ui.consult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.io.consult.ConsultFileException;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.model.BmdScale;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Checks;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.ConsultSession;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;

/**
 * The consultation screen's view of the app model's {@link ConsultSession}: the current (always valid)
 * consultation, its forecast, the file it belongs to and whether it has unsaved changes, as read-only
 * properties, plus the message of the last rejected edit or file. One per window: the session outlives it, so
 * a rebuilt window shows the consultation as it was. Plain JavaFX properties, no nodes: testable without a
 * toolkit. Edits that fail validation leave everything untouched.
 */
public final class ConsultViewModel {
    private final ConsultSession session;
    private final ReadOnlyObjectWrapper<Consultation> consultation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConsultForecast.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.PROBLEM);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper printing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Consultation> pendingRestore = new ReadOnlyObjectWrapper<>();
    private final Autosave autosave;

    /** A view of a new session (tests: as in a new run of the app). */
    public ConsultViewModel(Autosave autosave) {
        this(new ConsultSession(), autosave);
    }

    /** A view of the given session; a copy left by a crash is offered the first time the session is shown. */
    public ConsultViewModel(ConsultSession session, Autosave autosave) {
        this.session = session;
        this.autosave = autosave;
        session.offerRestoreOnce(autosave::pending);
        sync();
    }

    /** The session this view shows. */
    public ConsultSession session() { return session; }

    /** Copies the session's state into the properties (after every change). */
    private void sync() {
        consultation.set(session.consultation());
        result.set(session.result());
        file.set(session.file().orElse(null));
        dirty.set(session.isDirty());
        pendingRestore.set(session.pendingRestore().orElse(null));
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
        try {
            session.edit(change);
        } catch (IllegalArgumentException e) {
            reject(Wording.problem(e));
            return false;
        }
        message.set("");
        sync();
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
        try {
            session.opened(ConsultationJson.read(path), path);
        } catch (ConsultFileException | IllegalArgumentException e) {
            reject(Messages.get("consult.ui.openFailed", (e instanceof IllegalArgumentException bad ? Wording.problem(bad) : e.getMessage())));
            return false;
        }
        sync();
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
        session.saved(path);
        sync();
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
        autosaveCopy(session, autosave).ifPresent(this::reject);
    }

    /**
     * Writes the session's autosave copy when it has changes the copy lacks; the problem in plain words when
     * the copy could not be written. For the stage's timer, which runs whether the screen was built or not.
     */
    public static Optional<String> autosaveCopy(ConsultSession session, Autosave autosave) {
        if (!session.needsAutosave()) return Optional.empty();
        try {
            autosave.save(session.consultation());
            session.autosaved();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Messages.get("consult.ui.autosaveFailed", org.bonebalance.io.WriteProblems.why(e)));
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
        try {
            session.restorePending();
        } catch (IllegalArgumentException e) {
            reject(Messages.get("consult.ui.openFailed", Wording.problem(e)));
        }
        sync();
    }

    /** Declines the offered session and forgets it. */
    public void discardPending() {
        session.discardPending();
        sync();
        autosave.clear();
    }

    /** A clean close: the autosave copy is no longer needed. */
    public void closedCleanly() {
        autosave.clear();
    }

    public Optional<Path> file() { return Optional.ofNullable(file.get()); }


    // ---------------------------------------------------------------- intents of the form (each returns
    // whether the change was taken; a rejected one changes nothing and sets the message)

    /** Scan kinds as the form offers them. */
    public enum ScanKind { NONE, BMD, T_SCORE }

    /** A scan value typed when none was there yet: a typical one of the kind (g/cm², T-score). */
    public static final double TYPICAL_BMD_G_PER_CM2 = 0.95, TYPICAL_T_SCORE = -1.0;

    public boolean setLabel(String text) {
        return edit(c -> c.withPerson(new Person(text, c.person().sex(), c.person().ageYears(), c.person().menopause(),
                c.person().menopauseAge(), c.person().measurement())));
    }

    /**
     * A man has no menopause and no hormone therapy among the scenarios; a woman who had "none" gets a natural
     * one at the usual age.
     */
    public boolean setSex(Scenario.Sex v) {
        return edit(c -> {
            Person p = c.person();
            Scenario.Menopause m = v == Scenario.Sex.MALE ? Scenario.Menopause.NONE
                    : p.menopause() == Scenario.Menopause.NONE ? Scenario.Menopause.NATURAL : p.menopause();
            double mAge = p.menopauseAge() >= Person.MIN_MENOPAUSE_AGE ? p.menopauseAge() : Scenario.DEFAULT_FMP_AGE;
            List<ScenarioSpec> list = new ArrayList<>();
            for (ScenarioSpec s : c.scenarios()) list.add(v == Scenario.Sex.MALE ? s.withRegimen(null) : s);
            return new Consultation(new Person(p.label(), v, p.ageYears(), m, mAge, p.measurement()), list,
                    c.tableAges(), c.majorFracturePct(), c.hipFracturePct());
        });
    }

    public boolean setAge(String text) {
        return edit(c -> c.withPerson(new Person(c.person().label(), c.person().sex(), number(text, "person.age"),
                c.person().menopause(), c.person().menopauseAge(), c.person().measurement())));
    }

    public boolean setMenopause(Scenario.Menopause v) {
        return edit(c -> c.withPerson(new Person(c.person().label(), c.person().sex(), c.person().ageYears(), v,
                c.person().menopauseAge(), c.person().measurement())));
    }

    public boolean setMenopauseAge(String text) {
        return edit(c -> c.withPerson(new Person(c.person().label(), c.person().sex(), c.person().ageYears(),
                c.person().menopause(), number(text, "person.menopauseAge"), c.person().measurement())));
    }

    /** The scan that anchors the curve; a blank age means a scan taken today (at the person's age). */
    public boolean setScan(ScanKind kind, String valueText, String ageText) {
        if (kind == ScanKind.NONE) return edit(c -> c.withPerson(c.person().withMeasurement(null)));
        return edit(c -> {
            double v = number(valueText, "person.measurement.value");
            String a = ageText.isBlank() ? Wording.age(c.person().ageYears()) : ageText;
            return c.withPerson(c.person().withMeasurement(new Measurement(number(a, "person.measurement.age"),
                    kind == ScanKind.BMD ? Measurement.Kind.BMD : Measurement.Kind.T_SCORE, v)));
        });
    }

    /**
     * What the value box should say when the scan kind changes to {@code kind}: the same scan said the other way
     * (not the old number read in the new unit), a typical value when the box is empty, else what it says.
     */
    public String scanValueFor(ScanKind kind, String current) {
        if (kind == ScanKind.NONE) return current;
        Measurement m = getConsultation().person().measurement();
        boolean toBmd = kind == ScanKind.BMD;
        if (m != null && (m.kind() == Measurement.Kind.BMD) != toBmd) {
            return toBmd ? Wording.bmd(BmdScale.bmdForTScore(m.value())) : Wording.tScore(BmdScale.tScore(m.value()));
        }
        if (current.isBlank()) return toBmd ? Wording.bmd(TYPICAL_BMD_G_PER_CM2) : Wording.tScore(TYPICAL_T_SCORE);
        return current;
    }

    /** The scan as the form shows it. */
    public ScanKind scanKind() {
        Measurement m = getConsultation().person().measurement();
        return m == null ? ScanKind.NONE : m.kind() == Measurement.Kind.BMD ? ScanKind.BMD : ScanKind.T_SCORE;
    }

    /**
     * Shows scenario {@code i} or not. A new one continues from the one before: the same start (or the
     * person's age, for no therapy), five years longer, combined therapy for a woman, none for a man.
     */
    public boolean setScenarioShown(int i, boolean shown) {
        return edit(c -> {
            List<ScenarioSpec> list = new ArrayList<>(c.scenarios());
            if (shown && i >= list.size()) {
                ScenarioSpec prev = list.getLast();
                double st = prev.regimen() == null ? Math.max(Math.ceil(c.person().ageYears()), c.person().runStartAge()) : prev.startAge();
                while (list.size() <= i) list.add(ScenarioSpec.therapy(c.person().sex() == Scenario.Sex.MALE ? null : Regimen.EP,
                        st, Math.min(st + 5 * list.size(), Consultation.END_AGE)));
            } else if (!shown) {
                while (list.size() > i) list.removeLast();
            }
            return c.withScenarios(list);
        });
    }

    public boolean setRegimen(int i, Regimen r) {
        if (i >= getConsultation().scenarios().size()) return false;
        return edit(c -> c.withScenario(i, Checks.inScenario(i, () -> c.scenarios().get(i).withRegimen(r))));
    }

    public boolean setTherapyStart(int i, String text) {
        return edit(c -> c.withScenario(i, Checks.inScenario(i, () -> c.scenarios().get(i)
                .withAges(number(text, "scenarios[" + (i + 1) + "].startAge"), c.scenarios().get(i).stopAge()))));
    }

    public boolean setTherapyStop(int i, String text) {
        return edit(c -> c.withScenario(i, Checks.inScenario(i, () -> c.scenarios().get(i)
                .withAges(c.scenarios().get(i).startAge(), number(text, "scenarios[" + (i + 1) + "].stopAge")))));
    }

    /** Ages for the table, separated by spaces or semicolons (or a comma and a space). */
    public boolean setTableAges(String text) {
        return edit(c -> {
            List<Double> list = new ArrayList<>();
            for (String part : text.split("[;\\s]+|,\\s+")) if (!part.isBlank()) list.add(number(part, "tableAges"));
            return c.withTableAges(list);
        });
    }

    /** The 10-year major fracture probability the clinician entered (blank: none). */
    public boolean setMajorRisk(String text) {
        return edit(c -> c.withRisks(text.isBlank() ? null : number(text, "majorFracturePct"), c.hipFracturePct()));
    }

    /** The 10-year hip fracture probability the clinician entered (blank: none). */
    public boolean setHipRisk(String text) {
        return edit(c -> c.withRisks(c.majorFracturePct(), text.isBlank() ? null : number(text, "hipFracturePct")));
    }

    /** Reads a number typed into the field with the given id ({@link Wording#label} names it in the message). */
    static double number(String text, String field) {
        String t = text.trim().replace('\u2212', '-');
        try {
            if (Messages.locale().getLanguage().equals("es")) t = t.replace(',', '.');
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Messages.get("consult.ui.notNumber", Wording.label(field), text.trim()));
        }
    }
}
