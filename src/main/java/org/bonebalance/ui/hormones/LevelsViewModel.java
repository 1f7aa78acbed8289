package org.bonebalance.ui.hormones;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Subscription;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.ui.AppContext;

/**
 * The levels in force, following the model's snapshot, and the intent to change one hormone: the view model of
 * the hormone bar under each animation. Toolkit-free (JavaFX properties only).
 */
public final class LevelsViewModel implements HormoneInput {
    private final AppContext context;
    private final ReadOnlyObjectWrapper<HormoneLevels> levels = new ReadOnlyObjectWrapper<>();
    private final Subscription following;

    public LevelsViewModel(AppContext context) {
        this.context = context;
        following = context.snapshotProperty().subscribe(s -> levels.set(s.readout().levels()));
    }

    @Override
    public ReadOnlyObjectProperty<HormoneLevels> levelsProperty() { return levels.getReadOnlyProperty(); }

    @Override
    public void setLevel(HormoneScale hormone, double value) {
        HormoneLevels now = context.levels();
        HormoneLevels next = hormone.with(now, hormone.clamp(value));
        if (!next.equals(now)) context.setLevels(next);
    }

    public void dispose() { following.unsubscribe(); }
}
