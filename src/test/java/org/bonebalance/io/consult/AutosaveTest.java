package org.bonebalance.io.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.ui.consult.ConsultViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaveTest {
    @TempDir
    Path home;

    @Test
    void theHomeFolderIsTheBonebalanceHomePropertyOrADotFolderInTheUsersHome() {
        String saved = System.getProperty("bonebalance.home");
        try {
            System.setProperty("bonebalance.home", home.toString());
            assertEquals(home, Autosave.home());
            assertEquals(home.resolve(Autosave.FILE_NAME), Autosave.inHome().file());
            System.setProperty("bonebalance.home", " ");
            assertEquals(Path.of(System.getProperty("user.home"), ".bonebalance"), Autosave.home());
            System.clearProperty("bonebalance.home");
            assertEquals(Path.of(System.getProperty("user.home"), ".bonebalance"), Autosave.home());
        } finally {
            if (saved == null) System.clearProperty("bonebalance.home");
            else System.setProperty("bonebalance.home", saved);
        }
    }

    @Test
    void anUnreadableCopyIsNotOfferedAndClearingTwiceIsHarmless() throws Exception {
        Autosave store = new Autosave(home);
        assertTrue(store.pending().isEmpty());
        Files.writeString(store.file(), "{ not a consultation");
        assertTrue(store.pending().isEmpty(), "a damaged copy is not offered");
        Path odd = home.resolve("odd");
        Files.createDirectories(odd.resolve(Autosave.FILE_NAME));
        assertTrue(new Autosave(odd).pending().isEmpty(), "a folder of that name is not a copy");
        store.clear();
        assertFalse(Files.exists(store.file()));
        store.clear();
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
