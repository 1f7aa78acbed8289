package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Measurement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consultation form's rules live in its view model's intents (no toolkit): what the form does with each entry. */
class ConsultIntentsTest {
    @TempDir Path home;

    private ConsultViewModel vm() { return new ConsultViewModel(new Autosave(home)); }

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void aManHasNoMenopauseAndNoHormoneTherapy() {
        ConsultViewModel vm = vm();
        assertTrue(vm.setSex(Scenario.Sex.MALE));
        var c = vm.getConsultation();
        assertEquals(Scenario.Menopause.NONE, c.person().menopause());
        assertTrue(c.scenarios().stream().allMatch(s -> s.regimen() == null), "no therapy for a man");
        assertTrue(vm.setSex(Scenario.Sex.FEMALE));
        assertEquals(Scenario.Menopause.NATURAL, vm.getConsultation().person().menopause(), "a woman: natural menopause");
        assertTrue(vm.isDirty());
    }

    @Test
    void aScanWithoutAnAgeIsTodaysAndChangingItsUnitSaysTheSameScan() {
        ConsultViewModel vm = vm();
        assertTrue(vm.setScan(ConsultViewModel.ScanKind.T_SCORE, "-2.0", ""));
        Measurement m = vm.getConsultation().person().measurement();
        assertEquals(vm.getConsultation().person().ageYears(), m.ageYears(), 1e-9, "a blank age is the person's age");
        assertEquals(ConsultViewModel.ScanKind.T_SCORE, vm.scanKind());
        String bmd = vm.scanValueFor(ConsultViewModel.ScanKind.BMD, "-2.0");
        assertEquals(org.bonebalance.content.Wording.bmd(org.bonebalance.model.BmdScale.bmdForTScore(-2.0)), bmd,
                "the same scan in g/cm², not -2.0 read as a density");
        assertTrue(vm.setScan(ConsultViewModel.ScanKind.NONE, "", ""));
        assertNull(vm.getConsultation().person().measurement());
        assertEquals("0.950", vm.scanValueFor(ConsultViewModel.ScanKind.BMD, ""), "an empty box gets a typical value");
    }

    @Test
    void numbersAreReadInTheLanguageAndABadOneChangesNothing() {
        ConsultViewModel vm = vm();
        var before = vm.getConsultation();
        assertFalse(vm.setAge("fifty"));
        assertEquals(before, vm.getConsultation());
        assertTrue(vm.messageProperty().get().contains("fifty"), vm.messageProperty().get());
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(vm.setAge("61,5"));
        assertEquals(61.5, vm.getConsultation().person().ageYears(), 1e-9);
    }

    @Test
    void aNewScenarioContinuesFromTheOneBefore() {
        ConsultViewModel vm = vm();
        assertTrue(vm.setScenarioShown(1, false));
        assertEquals(1, vm.getConsultation().scenarios().size());
        assertTrue(vm.setScenarioShown(1, true));
        var list = vm.getConsultation().scenarios();
        assertEquals(2, list.size());
        assertEquals(org.bonebalance.sim.Regimen.EP, list.get(1).regimen(), "a woman's new scenario: combined therapy");
        assertEquals(5, list.get(1).stopAge() - list.get(1).startAge(), 1e-9, "for five years");
    }
}
