package org.bonebalance.ui.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explorer's prediction without a toolkit: what a change asks, the intents, the answer's words. */
class PredictionViewModelTest {
    private AppContext context;
    private PredictionViewModel vm;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        context = new AppContext(new Simulation(), AppOptions.parse(new String[0]));
        vm = PredictionViewModel.forExplorer(context);
    }

    @Test
    void aChangeAsksOnlyWhileTheTeacherHasSwitchedItOn() {
        context.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertFalse(vm.openProperty().get(), "off by default");
        context.setAskBeforeChanges(true);
        context.setLevels(HormoneLevels.PREMENOPAUSAL);
        assertTrue(vm.openProperty().get());
        assertEquals(Messages.get("content.predict.explorer.prompt", 5.0), vm.prompt());
        assertEquals("A  " + Messages.get("content.predict.explorer.rise"), vm.choiceTextProperty(0).get());
        vm.dismiss();
        assertFalse(vm.openProperty().get(), "put away until the next change");
        context.setLevels(HormoneLevels.POSTMENOPAUSAL);
        assertTrue(vm.openProperty().get());
        context.setAskBeforeChanges(false);
        assertFalse(vm.openProperty().get());
    }

    @Test
    void showingNowPlaysTheYearsAndWordsTheAnswerWithTheModelsNumbers() {
        context.setAskBeforeChanges(true);
        context.setLevels(HormoneLevels.POSTMENOPAUSAL);
        double before = context.getSnapshot().readout().bmdGPerCm2();
        vm.choose(0);
        vm.setTallyOpen(true);
        vm.addHand(2);
        vm.addHand(2);
        vm.addHand(0);
        assertEquals(2, vm.handsProperty(2).get());
        assertEquals(0.5, vm.shareProperty(0).get(), 1e-12);
        assertFalse(vm.tallyShownProperty().get(), "bars only beside the answer");
        vm.showNow();
        assertEquals(Prediction.EXPLORER.days(), context.getSnapshot().elapsedDays(), 1e-6, "five years played");
        double after = context.getSnapshot().readout().bmdGPerCm2();
        assertTrue(vm.revealedProperty().get());
        assertEquals(2, vm.answerProperty().get(), "density falls without estrogen");
        assertEquals(Messages.get("content.predict.wrong", "C", Messages.get("content.predict.explorer.fall")),
                vm.verdictProperty().get());
        assertEquals(Messages.get("content.predict.numbers", 5.0, Messages.get("content.predict.value.bmd", before),
                Messages.get("content.predict.value.bmd", after), Messages.get("content.predict.reading.bmd"),
                Prediction.changePct(before, after)), vm.numbersProperty().get());
        assertTrue(vm.numbersProperty().get().contains(String.format(Locale.ENGLISH, "%.3f g/cm²", after)), vm.numbersProperty().get());
        assertTrue(vm.tallyShownProperty().get());
        assertTrue(vm.choiceTextProperty(2).get().endsWith(Messages.get("content.predict.modelMark")));
        assertFalse(vm.choiceTextProperty(0).get().endsWith(Messages.get("content.predict.modelMark")));
    }
}
