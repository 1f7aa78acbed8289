package org.bonebalance.io.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.ui.consult.ConsultViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutosaveTest {
    private final Path home = Path.of(System.getProperty("bonebalance.home", "target/test-home")).resolve("autosave-test");

    @BeforeEach
    void clean() throws Exception {
        Files.deleteIfExists(home.resolve(Autosave.FILE_NAME));
    }

    @Test
    void testsRunWithTheirOwnHome() {
        assertNotNull(System.getProperty("bonebalance.home"), "the pom sets bonebalance.home for tests");
        assertTrue(Autosave.home().toString().contains("test-home"));
    }

    @Test
    void sessionIsRestoredAfterASimulatedCrash() {
        ConsultViewModel first = new ConsultViewModel(new Autosave(home));
        assertNull(first.pendingRestoreProperty().get());
        first.edit(c -> c.withScenario(2, ScenarioSpec.therapy(Regimen.E, 53, 68)).withRisks(14.0, 3.0));
        first.autosaveIfChanged();
        var edited = first.getConsultation();
        // crash: no save, no clean close; the next start finds the copy and offers it
        ConsultViewModel second = new ConsultViewModel(new Autosave(home));
        assertEquals(edited, second.pendingRestoreProperty().get());
        assertNotEquals(edited, second.getConsultation());
        second.restorePending();
        assertEquals(edited, second.getConsultation());
        assertTrue(second.isDirty(), "a restored session is still unsaved");
        assertNull(second.pendingRestoreProperty().get());
    }

    @Test
    void cleanCloseOrSaveForgetsTheCopy() throws Exception {
        ConsultViewModel vm = new ConsultViewModel(new Autosave(home));
        vm.edit(c -> c.withRisks(10.0, null));
        vm.autosaveIfChanged();
        assertTrue(Files.exists(home.resolve(Autosave.FILE_NAME)));
        assertTrue(vm.saveAs(home.resolve("saved.json")));
        assertFalse(Files.exists(home.resolve(Autosave.FILE_NAME)));
        assertFalse(vm.isDirty());
        vm.autosaveIfChanged();
        assertFalse(Files.exists(home.resolve(Autosave.FILE_NAME)), "nothing unsaved, nothing to keep");
        assertNull(new ConsultViewModel(new Autosave(home)).pendingRestoreProperty().get());
    }

    @Test
    void declinedRestoreIsForgotten() {
        ConsultViewModel vm = new ConsultViewModel(new Autosave(home));
        vm.edit(c -> c.withRisks(10.0, null));
        vm.autosaveIfChanged();
        ConsultViewModel next = new ConsultViewModel(new Autosave(home));
        next.discardPending();
        assertNull(new ConsultViewModel(new Autosave(home)).pendingRestoreProperty().get());
    }
}
