package org.bonebalance.ui.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Simulation;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.junit.jupiter.api.Test;

class LearnViewModelTest {
    @Test
    void theSectionsAreNamedInOrderAndTheChoiceOutlivesTheViewModel() {
        AppContext context = new AppContext(new Simulation(), AppOptions.none());
        LearnViewModel vm = new LearnViewModel(context);
        assertEquals(List.of("Lessons", "Explanations", "Glossary", "Evidence", "References", "About this model"),
                vm.sections().stream().map(LearnViewModel.Section::name).toList());
        assertEquals(LearnViewModel.IDS, vm.sections().stream().map(LearnViewModel.Section::id).toList());
        assertEquals(LearnViewModel.LESSONS, vm.sectionProperty().get(), "the lessons first");
        vm.choose(LearnViewModel.GLOSSARY);
        assertEquals(LearnViewModel.GLOSSARY, vm.sectionProperty().get());
        vm.choose("nonsense");
        assertEquals(LearnViewModel.GLOSSARY, vm.sectionProperty().get(), "an unknown section changes nothing");
        vm.dispose();
        // a rebuilt window, in another language
        Messages.setLocale(Locale.forLanguageTag("es"));
        LearnViewModel again = new LearnViewModel(context);
        assertEquals(LearnViewModel.GLOSSARY, again.sectionProperty().get());
        assertEquals("Glosario", again.sections().get(2).name());
    }
}
