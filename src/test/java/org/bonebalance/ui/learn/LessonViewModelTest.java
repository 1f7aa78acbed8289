package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.io.LessonFile;
import org.bonebalance.sim.Simulation;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lesson's view model without a window: its words, its intents, and where it stands in the app model. */
class LessonViewModelTest {
    private AppContext context;
    private final List<String> screens = new ArrayList<>();
    private LessonViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        context = new AppContext(new Simulation(), AppOptions.none());
        vm = new LessonViewModel(context, screens::add);
    }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void eachStepSaysWhereItIsAndDoesWhatItPromises() {
        for (Lesson lesson : LessonFile.builtIn()) {
            vm.start(lesson);
            var start = vm.startLevels();
            int n = lesson.steps().size();
            for (int i = 0; i < n; i++) {
                Lesson.Step step = lesson.steps().get(i);
                String what = lesson.id() + " step " + (i + 1);
                assertEquals(i, vm.indexProperty().get(), what);
                assertEquals(lesson.title().text(), vm.titleProperty().get(), what);
                assertEquals("Step " + (i + 1) + " of " + n, vm.counterProperty().get(), what);
                assertEquals(step.narration().text(), vm.narrationProperty().get(), what);
                assertEquals(i == n - 1 ? "Finish ✓" : "Next ▶", vm.forwardProperty().get(), what);
                assertEquals(i == 0, vm.atFirstProperty().get(), what);
                assertEquals(step.highlight().orElse(null), vm.highlightProperty().get(), what);
                assertEquals(step.evidence().orElse(null), vm.evidenceProperty().get(), what);
                Lesson.State promised = lesson.stateAt(i, start);
                promised.levels().ifPresent(l -> assertEquals(l, context.levels(), what + " levels"));
                promised.playing().ifPresent(p -> assertEquals(p, context.getSnapshot().playing(), what + " playing"));
                step.screen().ifPresent(s -> assertEquals(s, screens.getLast(), what + " screen asked for"));
                assertEquals(i, context.model().lesson().orElseThrow().step(), what + ": the app model knows the step");
                vm.next();
            }
            assertFalse(vm.isActive(), lesson.id() + ": past the last step the lesson ends");
            assertEquals(-1, vm.indexProperty().get());
            assertTrue(context.model().lesson().isEmpty(), "the app model forgets it");
            assertEquals("", vm.titleProperty().get());
            assertNull(vm.highlightProperty().get(), "nothing is pointed at any more");
            assertFalse(context.getSnapshot().playing(), "leaving pauses");
        }
    }

    @Test
    void aSecondViewModelOverTheSameContextCarriesOnWithoutApplyingTheStepAgain() {
        Lesson therapy = LessonFile.builtIn().get(2);
        vm.start(therapy, 2);
        // what the learner did since entering the step stays
        context.setLevels(context.levels().withEstradiol(11));
        context.advanceDays(400);
        double elapsed = context.getSnapshot().elapsedDays();
        screens.clear();
        LessonViewModel rebuilt = new LessonViewModel(context, screens::add);
        rebuilt.resume();
        assertEquals(2, rebuilt.indexProperty().get());
        assertEquals(therapy, rebuilt.lessonProperty().get());
        assertEquals(vm.startLevels(), rebuilt.startLevels());
        assertEquals(vm.counterProperty().get(), rebuilt.counterProperty().get());
        assertEquals(11, context.levels().estradiolPgPerMl(), 1e-12, "the learner's levels stay");
        assertEquals(elapsed, context.getSnapshot().elapsedDays(), 1e-9, "no step applied again");
        assertTrue(screens.isEmpty(), "no screen asked for again: " + screens);
    }

    @Test
    void previousReplaysFromTheAnchorAndStopsAtTheFirstStep() {
        Lesson menopause = LessonFile.builtIn().get(1);
        vm.start(menopause);
        vm.next();
        vm.next();
        var levels = context.levels();
        double bmd = context.getSnapshot().readout().bmdRel();
        vm.next();
        vm.previous();
        assertEquals(2, vm.indexProperty().get());
        assertEquals(levels, context.levels());
        assertEquals(bmd, context.getSnapshot().readout().bmdRel(), 1e-12);
        vm.goTo(0);
        vm.previous();
        assertEquals(0, vm.indexProperty().get(), "nothing before the first step");
        vm.goTo(99);
        assertEquals(0, vm.indexProperty().get(), "a step that does not exist changes nothing");
    }

    @Test
    void aStartStepOutOfRangeIsClampedAndTheWordsFollowTheLanguage() {
        Lesson first = LessonFile.builtIn().getFirst();
        vm.start(first, 50);
        assertEquals(first.steps().size() - 1, vm.indexProperty().get());
        Messages.setLocale(Locale.forLanguageTag("es"));
        vm.start(first, -3);
        assertEquals(0, vm.indexProperty().get());
        assertEquals("Paso 1 de " + first.steps().size(), vm.counterProperty().get());
    }
}
