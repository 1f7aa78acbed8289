package org.bonebalance.sim.predict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bonebalance.sim.Snapshot;

/**
 * One prediction as it is being played: the value of the reading when the question was asked, the choice made
 * (-1 for none yet), the class's hands per choice, and once the asked years have passed, the value after and so
 * the model's answer. Immutable: every change gives a new round (the app model keeps the latest, so a rebuilt
 * window shows the same round).
 *
 * @param startDays simulated days (since reset) when the question was asked
 * @param before    the reading's value then
 * @param chosen    the learner's choice (from 0), -1 for none
 * @param hands     hands raised per choice (the class tally)
 * @param tallyOpen whether the presenter is counting hands
 * @param after     the reading's value once {@code prediction.years()} had passed; NaN until then
 */
public record Round(Prediction prediction, double startDays, double before, int chosen, List<Integer> hands,
                    boolean tallyOpen, double after) {
    /** Most hands one choice can count (a large lecture hall). */
    public static final int MAX_HANDS = 999;

    public Round {
        hands = List.copyOf(hands);
        if (hands.size() != prediction.choices().size()) throw new IllegalArgumentException("one count per choice");
    }

    /** The question asked now: nothing chosen, no hands counted. */
    public static Round start(Prediction p, Snapshot now) {
        return new Round(p, now.elapsedDays(), Prediction.value(p.reading(), now.readout()), -1,
                Collections.nCopies(p.choices().size(), 0), false, Double.NaN);
    }

    public boolean revealed() { return !Double.isNaN(after); }

    /** The model's answer (from 0) once revealed, else -1. */
    public int answer() { return revealed() ? prediction.answerFor(before, after) : -1; }

    /** The change the model made, in % of before (NaN until revealed). */
    public double changePct() { return Prediction.changePct(before, after); }

    /** Simulated days left to watch at this moment (0 once the years have passed). */
    public double daysLeft(Snapshot now) {
        return Math.max(0, startDays + prediction.days() - now.elapsedDays());
    }

    /** A choice; ignored once the answer is out (an answer is not changed after the fact). */
    public Round choose(int choice) {
        if (revealed() || choice < 0 || choice >= hands.size()) return this;
        return new Round(prediction, startDays, before, choice, hands, tallyOpen, after);
    }

    /** One hand more (delta 1) or fewer (-1) for a choice, between 0 and {@link #MAX_HANDS}; kept after the answer. */
    public Round hand(int choice, int delta) {
        if (choice < 0 || choice >= hands.size()) return this;
        List<Integer> h = new ArrayList<>(hands);
        h.set(choice, Math.max(0, Math.min(MAX_HANDS, h.get(choice) + delta)));
        return new Round(prediction, startDays, before, chosen, h, tallyOpen, after);
    }

    public Round withTallyOpen(boolean open) {
        return new Round(prediction, startDays, before, chosen, hands, open, after);
    }

    public int totalHands() { return hands.stream().mapToInt(Integer::intValue).sum(); }

    /**
     * The round after the model moved to {@code now}: revealed once the asked years have passed (the value read
     * from that moment); asked again from {@code now} when time went back (a reset); else unchanged.
     */
    public Round observe(Snapshot now) {
        if (revealed()) return this;
        if (now.elapsedDays() < startDays - 1e-9) {
            return new Round(prediction, now.elapsedDays(), Prediction.value(prediction.reading(), now.readout()),
                    chosen, hands, tallyOpen, Double.NaN);
        }
        if (daysLeft(now) > 1e-6) return this;
        return new Round(prediction, startDays, before, chosen, hands, tallyOpen,
                Prediction.value(prediction.reading(), now.readout()));
    }
}
