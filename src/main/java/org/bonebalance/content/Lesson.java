package org.bonebalance.content;

import java.util.List;
import java.util.Optional;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Speed;

/**
 * A guided lesson: a sequence of steps, each setting part of the app's state, pointing at one thing and
 * narrating (format: docs/lessons-format.md). Fields a step leaves out keep their value from the step before.
 *
 * @param number 1–5 for the built-in lessons, 0 for a teacher's own
 */
public record Lesson(String id, int number, LocalText title, LocalText summary, List<Step> steps)
        implements org.bonebalance.sim.app.AppModel.Guide {
    public Lesson {
        steps = List.copyOf(steps);
    }

    @Override
    public int stepCount() { return steps.size(); }

    /** One step. Optional fields left empty keep the state of the step before. */
    public record Step(Optional<String> screen, Optional<String> preset, Optional<Levels> levels, boolean reset,
                       double advanceYears, Optional<Speed> speed, Optional<Boolean> playing, Optional<Depth> depth,
                       Optional<String> highlight, LocalText narration, Optional<Question> question,
                       Optional<String> evidence) {
    }

    /** Hormone levels; a missing value keeps the level in force before the step. */
    public record Levels(Optional<Double> e2PgPerMl, Optional<Double> p4NgPerMl, Optional<Double> tNgPerDl) {
        public HormoneLevels applyTo(HormoneLevels before) {
            return new HormoneLevels(e2PgPerMl.orElse(before.estradiolPgPerMl()),
                    p4NgPerMl.orElse(before.progesteroneNgPerMl()), tNgPerDl.orElse(before.testosteroneNgPerDl()));
        }
    }

    /** A predict-then-observe question; {@code answer} is the index (from 0) of the choice that happens. */
    public record Question(LocalText prompt, List<LocalText> choices, int answer, LocalText explanation) {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    /**
     * What the app shows once step {@code index} is entered by jumping to it: everything set by the steps from
     * the {@link #anchor} to it. Empty fields were never set, so they keep whatever the app had before.
     */
    public record State(Optional<String> screen, Optional<HormoneLevels> levels, Optional<Speed> speed,
                        Optional<Boolean> playing, Optional<Depth> depth, Optional<String> highlight) {
    }

    /** The step to replay from when jumping to {@code index}: the last step at or before it that resets. */
    public int anchor(int index) {
        for (int i = index; i > 0; i--) if (steps.get(i).reset()) return i;
        return 0;
    }

    /**
     * The state step {@code index} promises, folding every step from the start (levels start from
     * {@code start}, the levels in force when the lesson began).
     */
    public State stateAt(int index, HormoneLevels start) {
        Optional<String> screen = Optional.empty(), highlight = Optional.empty();
        Optional<Speed> speed = Optional.empty();
        Optional<Boolean> playing = Optional.empty();
        Optional<Depth> depth = Optional.empty();
        HormoneLevels levels = start;
        boolean levelsSet = false;
        for (int i = 0; i <= index; i++) {
            Step s = steps.get(i);
            if (s.screen().isPresent()) screen = s.screen();
            if (s.preset().isPresent()) { levels = org.bonebalance.sim.Preset.fromId(s.preset().get()).levels(); levelsSet = true; }
            if (s.levels().isPresent()) { levels = s.levels().get().applyTo(levels); levelsSet = true; }
            if (s.speed().isPresent()) speed = s.speed();
            if (s.depth().isPresent()) depth = s.depth();
            playing = s.playing().isPresent() ? s.playing() : Optional.of(false);
            highlight = s.highlight();
        }
        return new State(screen, levelsSet ? Optional.of(levels) : Optional.empty(), speed, playing, depth, highlight);
    }

    public Optional<Step> step(int index) {
        return index >= 0 && index < steps.size() ? Optional.of(steps.get(index)) : Optional.empty();
    }
}
