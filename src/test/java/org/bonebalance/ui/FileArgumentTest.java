package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.bonebalance.content.Lesson;
import org.bonebalance.io.LessonFile;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.ui.consult.ConsultViewModel;
import org.bonebalance.ui.learn.LearnFeatures;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A file on the command line, as a double click on a lesson or consultation file passes it: a lesson plays, a
 * consultation opens, one that cannot be read leaves everything as it was and says why.
 */
@ExtendWith(ApplicationExtension.class)
class FileArgumentTest {
    @TempDir Path dir;

    @Start
    void start(Stage stage) { }

    private static MainWindow open(FxRobot robot, Path file, String... args) {
        MainWindow[] w = new MainWindow[1];
        robot.interact(() -> {
            w[0] = BoneBalanceApp.build(AppOptions.parse(args));
            BoneBalanceApp.openFile(w[0], file);
        });
        return w[0];
    }

    private Path lessonFile(String name) throws Exception {
        Path p = dir.resolve(name);
        LessonFile.write(LessonFile.builtIn().get(2), p);
        return p;
    }

    @Test
    void theFileIsTheOneArgumentThatIsNotAnOption() {
        assertEquals(Path.of("my lesson.bonelesson"),
                AppOptions.parse(new String[] {"--lang", "es", "my lesson.bonelesson"}).file().orElseThrow());
        assertTrue(AppOptions.none().file().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(new String[] {"a.bonelesson", "b.bonelesson"}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AppOptions.parse(new String[] {"-x"}));
        assertTrue(e.getMessage().contains("unknown option"), e.getMessage());
    }

    @Test
    void aLessonFileOpensInTheLessonPlayer(FxRobot robot) throws Exception {
        Lesson therapy = LessonFile.builtIn().get(2);
        for (String name : new String[] {"therapy.bonelesson", "therapy.json"}) {
            MainWindow w = open(robot, lessonFile(name));
            LearnFeatures f = LearnFeatures.of(w).orElseThrow();
            assertTrue(f.player().isActive(), name);
            assertEquals(therapy.id(), f.player().lessonProperty().get().id(), name);
            assertEquals(0, f.player().indexProperty().get(), name);
        }
    }

    @Test
    void aConsultationFileOpensInTheConsultationScreen(FxRobot robot) throws Exception {
        Consultation example = Consultation.example();
        Consultation other = example.withTableAges(java.util.List.of(55.0, 60.0, 70.0));
        for (String name : new String[] {"anna.boneconsult", "anna.json"}) {
            Path p = dir.resolve(name);
            ConsultationJson.write(other, p);
            MainWindow w = open(robot, p);
            assertEquals("consult", w.currentScreenId(), name);
            ConsultViewModel vm = org.bonebalance.ui.consult.ConsultFeatures.viewModel(w);
            assertEquals(p, vm.file().orElseThrow(), name);
            assertEquals(other, vm.getConsultation(), name);
        }
    }

    @Test
    void aBrokenLessonChangesNothing(FxRobot robot) throws Exception {
        Path p = dir.resolve("broken.bonelesson");
        Files.writeString(p, "{\"format\": \"bonebalance-lesson/1\", \"steps\": [");
        MainWindow w = open(robot, p, "--preset", "surgical", "--screen", "cycle");
        assertFalse(LearnFeatures.of(w).orElseThrow().player().isActive());
        assertEquals("cycle", w.currentScreenId());
        assertEquals(org.bonebalance.sim.Preset.SURGICAL.levels(), w.context().levels());
    }

    @Test
    void aBrokenConsultationKeepsTheCurrentOneAndSaysWhyOnItsMessageLine(FxRobot robot) throws Exception {
        MainWindow[] made = new MainWindow[1];
        robot.interact(() -> made[0] = BoneBalanceApp.build(AppOptions.none()));
        MainWindow w = made[0];
        ConsultViewModel vm = org.bonebalance.ui.consult.ConsultFeatures.viewModel(w);
        Consultation before = vm.getConsultation();
        java.util.Optional<Path> fileBefore = vm.file();
        Path p = dir.resolve("broken.boneconsult");
        Files.writeString(p, "{\"format\": \"bonebalance-consultation\", \"version\": 1, \"person\": 12}");
        robot.interact(() -> BoneBalanceApp.openFile(w, p));
        assertEquals("consult", w.currentScreenId());
        assertEquals(before, vm.getConsultation());
        assertEquals(fileBefore, vm.file());
        assertEquals(ConsultViewModel.MessageKind.PROBLEM, vm.getMessageKind());
        assertTrue(vm.messageProperty().get().contains("broken.boneconsult") || vm.messageProperty().get().contains("person"),
                vm.messageProperty().get());
    }

    @Test
    void aFileThatIsNeitherOpensAsAConsultationWhoseReaderSaysWhatIsWrong(FxRobot robot) throws Exception {
        Path p = dir.resolve("notes.txt");
        Files.writeString(p, "not JSON at all");
        HormoneLevels levels = HormoneLevels.PREMENOPAUSAL;
        MainWindow w = open(robot, p);
        assertEquals(levels, w.context().levels());
        assertEquals(ConsultViewModel.MessageKind.PROBLEM, org.bonebalance.ui.consult.ConsultFeatures.viewModel(w).getMessageKind());
        assertFalse(org.bonebalance.ui.consult.ConsultFeatures.viewModel(w).messageProperty().get().isBlank());
    }
}
