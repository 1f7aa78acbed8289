package org.bonebalance.ui.explorer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.ui.AppContext;

/**
 * A past moment on show, in words: which moment, which levels Play goes on with from there, and that playing
 * from there replaces what came after it. Intents: back to now, the choice of levels. No toolkit needed.
 */
public final class ScrubViewModel {
    private final AppContext context;
    private final ReadOnlyBooleanWrapper scrubbing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heldLegend = new ReadOnlyStringWrapper(Messages.get("explorer.timeline.held"));
    private final ReadOnlyStringWrapper playNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper playNoteShort = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AppModel.PlayLevels> playLevels = new ReadOnlyObjectWrapper<>();
    private final Subscription subscription;

    public ScrubViewModel(AppContext context) {
        this.context = context;
        playLevels.set(context.model().playLevels());
        subscription = context.scrubProperty().subscribe(this::onScrub);
    }

    private void onScrub(AppModel.Scrub sc) {
        if (sc == null) {
            text.set("");
            clockText.set("");
            heldLegend.set(Messages.get("explorer.timeline.held"));
            playNote.set("");
            playNoteShort.set("");
            playLevels.set(context.model().playLevels());
            scrubbing.set(false);
            return;
        }
        boolean today = sc.playLevels() == AppModel.PlayLevels.TODAY;
        playLevels.set(sc.playLevels());
        text.set(Messages.get("explorer.scrub.viewing", Messages.number(sc.momentYears(), 1), Messages.number(sc.momentAge(), 1)));
        clockText.set(Messages.get("explorer.scrub.clock", Messages.number(sc.momentYears(), 1), Messages.number(sc.momentAge(), 1)));
        heldLegend.set(Messages.get(today ? "explorer.timeline.held" : "explorer.timeline.held.then"));
        playNote.set(Messages.get("explorer.scrub.note", Messages.number(sc.momentAge(), 1), Messages.number(sc.liveAge(), 1)));
        playNoteShort.set(Messages.get(today ? "explorer.scrub.short.today" : "explorer.scrub.short.then"));
        scrubbing.set(true);
    }

    /** Back from a past moment to the moment left. */
    public void backToNow() { context.backToNow(); }

    /** Which levels playing from a past moment uses. */
    public void setPlayLevels(AppModel.PlayLevels p) { if (p != null) context.setPlayLevels(p); }

    /** True while a past moment is on show. */
    public ReadOnlyBooleanProperty scrubbingProperty() { return scrubbing.getReadOnlyProperty(); }

    /** "Viewing year 5.5 (age 55.5) — not live". */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    /** The toolbar clock's shorter form: "Year 5.5 (age 55.5) — not live". */
    public ReadOnlyStringProperty clockTextProperty() { return clockText.getReadOnlyProperty(); }

    /** What the dashed curve holds: today's levels, or at a past moment those Play would go on with. */
    public ReadOnlyStringProperty heldLegendProperty() { return heldLegend.getReadOnlyProperty(); }

    /** That playing (stepping, a slider) goes on from here and replaces what came after. */
    public ReadOnlyStringProperty playNoteProperty() { return playNote.getReadOnlyProperty(); }

    /** Which levels Play goes on with, in a few words (the clock's second line). */
    public ReadOnlyStringProperty playNoteShortProperty() { return playNoteShort.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<AppModel.PlayLevels> playLevelsProperty() { return playLevels.getReadOnlyProperty(); }

    public void dispose() { subscription.unsubscribe(); }
}
