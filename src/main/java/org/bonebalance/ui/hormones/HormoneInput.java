package org.bonebalance.ui.hormones;

import javafx.beans.property.ReadOnlyObjectProperty;
import org.bonebalance.model.HormoneLevels;

/**
 * What a hormone slider needs from its screen's view model: the levels in force (read-only) and the one
 * intent, set one hormone. The explorer's view model and {@link LevelsViewModel} (the animations) offer it.
 */
public interface HormoneInput {
    ReadOnlyObjectProperty<HormoneLevels> levelsProperty();

    /** Sets one hormone (in its units); the others keep their exact values. */
    void setLevel(HormoneScale hormone, double value);
}
