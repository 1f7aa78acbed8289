package org.bonebalance.ui.explorer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.AppContext;

/**
 * Play/pause, step, reset all and speed, with a clock label that always says how much simulated time
 * passes per real second and how much has passed; while a past moment is on show, the clock says which moment
 * and which levels Play goes on with. No toolkit needed.
 */
public final class TimeControlsViewModel {
    private final AppContext context;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Speed> speed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper();
    private final ScrubViewModel scrub;
    private final Subscription subscription;

    public TimeControlsViewModel(AppContext context) {
        this.context = context;
        scrub = new ScrubViewModel(context);
        subscription = context.snapshotProperty().subscribe(this::onSnapshot)
                .and(scrub.scrubbingProperty().subscribe(b -> { shownMonths = -1; wordClock = true; onSnapshot(context.getSnapshot()); }))
                .and(scrub.playNoteShortProperty().subscribe(t -> { if (scrub.scrubbingProperty().get()) elapsed.set(t); }));
    }

    private void onSnapshot(Snapshot s) {
        if (s == null) return;
        if (scrub.scrubbingProperty().get()) {
            // a past moment: the clock says which, and which levels Play goes on with
            playing.set(s.playing());
            speed.set(s.speed());
            clock.set(scrub.clockTextProperty().get());
            elapsed.set(scrub.playNoteShortProperty().get());
            return;
        }
        // texts are formatted only when what they say changes (not on every frame)
        if (wordClock || s.playing() != playing.get() || s.speed() != speed.get() || clock.get() == null) {
            wordClock = false;
            playing.set(s.playing());
            speed.set(s.speed());
            String rate = Messages.get("explorer.clock." + s.speed().code());
            clock.set(Messages.get(s.playing() ? "explorer.clock.playing" : "explorer.clock.paused", rate));
        }
        long months = Math.round(s.elapsedDays() / (Forecast.DAYS_PER_YEAR / 12));
        int age = (int) Math.floor(s.ageYears());
        if (months != shownMonths || age != shownAge || elapsed.get() == null) {
            shownMonths = months;
            shownAge = age;
            elapsed.set(Messages.get("explorer.elapsed", months / 12, months % 12, age));
        }
    }

    private long shownMonths = -1;
    /** The clock's words are due again (a past moment was left). */
    private boolean wordClock;
    private int shownAge = -1;

    public static String speedName(Speed s) { return Messages.get("explorer.speed." + s.code()); }

    public void togglePlaying() { context.togglePlaying(); }

    public void step() { context.stepOnce(); }

    public void resetAll() { context.resetAll(); }

    /** The past moment on show, in words, with its intents (Back to now). */
    public ScrubViewModel scrub() { return scrub; }

    public void setSpeed(Speed s) { if (s != null && s != context.speed()) context.setSpeed(s); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<Speed> speedProperty() { return speed.getReadOnlyProperty(); }

    /** "1 second = 1 year", with whether time is running. */
    public ReadOnlyStringProperty clockProperty() { return clock.getReadOnlyProperty(); }

    /** Simulated time since the start and the person's age. */
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }

    public void dispose() {
        subscription.unsubscribe();
        scrub.dispose();
    }
}
