package org.bonebalance.io.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bonebalance.io.AtomicFiles;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.testsupport.FailingDisk;
import org.bonebalance.ui.consult.ConsultViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up half way through a save leaves the consultation file and the autosave copy as they
 * were, whole, with no part file beside them; the person is told why in plain words.
 */
class SavingOnAFullDiskTest {
    private static final Consultation EDITED = Consultation.example()
            .withScenario(1, ScenarioSpec.therapy(Regimen.E, 53, 68)).withRisks(14.0, 3.0);

    @Test
    void aConsultationFileSurvivesAFailedSave(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("visit.json");
        ConsultationJson.write(Consultation.example(), file);
        Map<String, String> before = FailingDisk.contents(dir);
        try (AtomicFiles.Fault f = FailingDisk.fullHalfWay()) {
            IOException e = assertThrows(IOException.class, () -> ConsultationJson.write(EDITED, file));
            assertEquals(FailingDisk.REASON, e.getMessage());
        }
        FailingDisk.assertUnchanged(before, dir);
        assertEquals(Consultation.example(), ConsultationJson.read(file));
    }

    @Test
    void theScreensSaveKeepsThePreviousFileAndSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("visit.json");
        ConsultViewModel vm = new ConsultViewModel(new Autosave(dir.resolve("home")));
        assertTrue(vm.saveAs(file));
        Consultation saved = vm.getConsultation();
        assertTrue(vm.edit(c -> EDITED));
        Map<String, String> before = FailingDisk.contents(dir);
        try (AtomicFiles.Fault f = FailingDisk.fullHalfWay()) {
            assertFalse(vm.save(), "the save reports failure");
        }
        FailingDisk.assertUnchanged(before, dir);
        assertEquals(saved, ConsultationJson.read(file));
        assertTrue(vm.isDirty(), "the edits are still unsaved");
        assertEquals(EDITED, vm.getConsultation(), "and still on screen");
        assertTrue(vm.messageProperty().get().contains("disk is full"), vm.messageProperty().get());
        assertTrue(vm.save(), "saved once there is room");
        assertEquals(EDITED, ConsultationJson.read(file));
    }

    @Test
    void theAutosaveCopySurvivesAFailedAutosave(@TempDir Path home) throws Exception {
        Autosave store = new Autosave(home);
        store.save(Consultation.example());
        Map<String, String> before = FailingDisk.contents(home);
        try (AtomicFiles.Fault f = FailingDisk.fullHalfWay()) {
            assertThrows(IOException.class, () -> store.save(EDITED));
        }
        FailingDisk.assertUnchanged(before, home);
        assertEquals(Consultation.example(), store.pending().orElseThrow());
    }

    @Test
    void theScreensAutosaveKeepsThePreviousCopy(@TempDir Path home) throws Exception {
        ConsultViewModel vm = new ConsultViewModel(new Autosave(home));
        vm.edit(c -> c.withRisks(10.0, null));
        vm.autosaveIfChanged();
        Consultation first = vm.getConsultation();
        assertTrue(Files.exists(home.resolve(Autosave.FILE_NAME)));
        vm.edit(c -> EDITED);
        Map<String, String> before = FailingDisk.contents(home);
        try (AtomicFiles.Fault f = FailingDisk.fullHalfWay()) {
            vm.autosaveIfChanged();
        }
        FailingDisk.assertUnchanged(before, home);
        assertEquals(first, new Autosave(home).pending().orElseThrow(), "a crash now still finds the earlier copy");
        assertTrue(vm.messageProperty().get().contains("disk is full"), vm.messageProperty().get());
    }
}
