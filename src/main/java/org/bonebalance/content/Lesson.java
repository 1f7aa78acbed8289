package org.bonebalance.content;

import java.util.List;
import java.util.Optional;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.predict.Prediction;

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

    /**
     * One step. Optional fields left empty keep the state of the step before.
     *
     * @param explorerPredictions switches the explorer's "predict before a change plays" on or off
     */
    public record Step(Optional<String> screen, Optional<String> preset, Optional<Levels> levels, boolean reset,
                       double advanceYears, Optional<Speed> speed, Optional<Boolean> playing, Optional<Depth> depth,
                       Optional<String> highlight, LocalText narration, Optional<Question> question,
                       Optional<String> evidence, Optional<Boolean> explorerPredictions) {
        public Step(Optional<String> screen, Optional<String> preset, Optional<Levels> levels, boolean reset,
                    double advanceYears, Optional<Speed> speed, Optional<Boolean> playing, Optional<Depth> depth,
                    Optional<String> highlight, LocalText narration, Optional<Question> question,
                    Optional<String> evidence) {
            this(screen, preset, levels, reset, advanceYears, speed, playing, depth, highlight, narration, question,
                    evidence, Optional.empty());
        }

        /**
         * The simulated days {@code advanceYears} stands for: whole months, as the Step button takes them (the
         * player and the check of a prediction's stated answer advance the same).
         */
        public double advanceDays() {
            int months = (int) Math.round(advanceYears * org.bonebalance.sim.Forecast.DAYS_PER_YEAR
                    / org.bonebalance.sim.Simulation.STEP_DAYS);
            return months * org.bonebalance.sim.Simulation.STEP_DAYS;
        }
    }

    /** Hormone levels; a missing value keeps the level in force before the step. */
    public record Levels(Optional<Double> e2PgPerMl, Optional<Double> p4NgPerMl, Optional<Double> tNgPerDl) {
        public HormoneLevels applyTo(HormoneLevels before) {
            return new HormoneLevels(e2PgPerMl.orElse(before.estradiolPgPerMl()),
                    p4NgPerMl.orElse(before.progesteroneNgPerMl()), tNgPerDl.orElse(before.testosteroneNgPerDl()));
        }
    }

    /**
     * A predict-then-observe question: its words, and the {@link Prediction} they stand for (the reading, the
     * years to play, the change each choice means). The model's run decides which choice is right; {@code
     * answer} is the choice (from 0) the author expects, checked against the model by the tests of the built-in
     * lessons.
     *
     * @param explanation words after the answer (why), if any
     */
    public record Question(LocalText prompt, List<LocalText> choices, Prediction prediction,
                           Optional<Integer> answer, Optional<LocalText> explanation) {
        public Question {
            choices = List.copyOf(choices);
            if (choices.size() != prediction.choices().size()) throw new IllegalArgumentException("one range per choice");
        }
    }

    /**
     * The choice the model gives for the question of step {@code index} when the step is reached by jumping to
     * it (the steps from its {@link #anchor} replayed on a fresh simulation, then its levels held for the
     * question's years); empty when the step asks nothing or its starting state depends on the app (no step up
     * to it resets, or none sets levels).
     */
    public Optional<Outcome> modelAnswer(int index) {
        Optional<Question> q = step(index).flatMap(Step::question);
        int from = anchor(index);
        if (q.isEmpty() || !steps.get(from).reset()) return Optional.empty();
        org.bonebalance.sim.Simulation sim = new org.bonebalance.sim.Simulation();
        boolean levelsSet = false;
        for (int i = 0; i <= index; i++) {
            // before the anchor only the levels count (a reset keeps them); from it on, the whole step
            Step s = steps.get(i);
            if (i >= from && s.reset()) sim.reset();
            s.preset().ifPresent(p -> sim.setLevels(org.bonebalance.sim.Preset.fromId(p).levels()));
            s.levels().ifPresent(v -> sim.setLevels(v.applyTo(sim.levels())));
            levelsSet |= s.preset().isPresent() || s.levels().isPresent();
            if (i >= from && s.advanceYears() > 0) sim.advanceDays(s.advanceDays());
        }
        if (!levelsSet) return Optional.empty();
        Prediction p = q.get().prediction();
        double before = Prediction.value(p.reading(), sim.snapshot().readout());
        double after = Prediction.value(p.reading(), sim.advanceDays(p.days()).readout());
        return Optional.of(new Outcome(p.answerFor(before, after), before, after));
    }

    /** What the model did for a question: the right choice (from 0), and the reading before and after. */
    public record Outcome(int choice, double before, double after) {
        public double changePct() { return Prediction.changePct(before, after); }
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
