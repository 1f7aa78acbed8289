package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.predict.Prediction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every built-in prediction's stated answer is what the model does, with room to spare: the same choice when
 * the answer is read a little late (a frame at five years a second is a month) or a little early.
 */
class BuiltInPredictionsTest {
    @BeforeEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void atLeastThreeBuiltInLessonsAskForAPrediction() {
        long asking = LessonFile.builtIn().stream()
                .filter(l -> l.steps().stream().anyMatch(s -> s.question().isPresent())).count();
        assertTrue(asking >= 3, asking + " lessons ask");
    }

    @Test
    void everyStatedAnswerIsWhatTheModelDoes() {
        int checked = 0;
        for (Lesson l : LessonFile.builtIn()) {
            for (int i = 0; i < l.steps().size(); i++) {
                var q = l.steps().get(i).question();
                if (q.isEmpty()) continue;
                String where = l.id() + " step " + (i + 1);
                int stated = q.get().answer().orElseThrow(() -> new AssertionError(where + " states no answer"));
                Lesson.Outcome model = l.modelAnswer(i).orElseThrow(() -> new AssertionError(where + ": no model run"));
                assertEquals(stated, model.choice(), where + ": the model changes the reading by " + model.changePct() + " %");
                // an independent replay, read at 90 % and 110 % of the years: the same choice
                for (double f : new double[] {0.9, 1.1}) {
                    assertEquals(stated, replayed(l, i, f), where + " read at " + f + " of the years");
                }
                checked++;
            }
        }
        assertTrue(checked >= 3, checked + " predictions checked");
    }

    /** The step reached as the player jumps to it (from its reset), then played for a share of the years. */
    private static int replayed(Lesson l, int index, double share) {
        Simulation sim = new Simulation();
        for (int i = l.anchor(index); i <= index; i++) {
            Lesson.Step s = l.steps().get(i);
            if (s.reset()) sim.reset();
            s.preset().ifPresent(p -> sim.setLevels(Preset.fromId(p).levels()));
            s.levels().ifPresent(v -> sim.setLevels(v.applyTo(sim.levels())));
            for (double left = s.advanceDays(); left > 0; left -= Simulation.STEP_DAYS) sim.advanceDays(Simulation.STEP_DAYS);
        }
        Prediction p = l.steps().get(index).question().orElseThrow().prediction();
        double before = Prediction.value(p.reading(), sim.snapshot().readout());
        double after = Prediction.value(p.reading(), sim.advanceDays(p.days() * share).readout());
        return p.answerFor(before, after);
    }
}
