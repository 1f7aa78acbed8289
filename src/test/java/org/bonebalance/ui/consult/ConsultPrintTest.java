package org.bonebalance.ui.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.print.PrinterException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.bonebalance.io.handout.HandoutPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Printing runs off the FX thread, says what it is doing, and reports the outcome in words. */
@ExtendWith(ApplicationExtension.class)
class ConsultPrintTest {
    private ConsultViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        vm = ConsultScreenTest.show(stage, "print-test");
    }

    private void waitUntilPrintingEnds() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.isPrinting());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePageIsBuiltAndPrintedOffTheFxThreadWhileTheWindowStaysResponsive(FxRobot robot) throws Exception {
        CountDownLatch inDialog = new CountDownLatch(1), userClicksPrint = new CountDownLatch(1);
        AtomicReference<Thread> printedOn = new AtomicReference<>();
        AtomicInteger pages = new AtomicInteger();
        HandoutPrinter.Printer fake = (pageable, name) -> {
            printedOn.set(Thread.currentThread());
            pages.set(pageable.getNumberOfPages());
            inDialog.countDown();
            try {
                return userClicksPrint.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new PrinterException("interrupted");
            }
        };
        robot.interact(() -> ConsultFiles.print(vm, fake));
        assertTrue(inDialog.await(30, TimeUnit.SECONDS), "the print dialog was reached");
        // the dialog is "open" on the other thread, and the FX thread still answers
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Platform.isFxApplicationThread());
        assertNotNull(printedOn.get());
        assertNotEquals("JavaFX Application Thread", printedOn.get().getName());
        assertEquals(1, pages.get(), "the one-page handout");
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        assertTrue(m.isVisible());
        assertTrue(m.getText().startsWith("Preparing the handout for printing"), m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.BUSY_CLASS));
        assertTrue(robot.lookup("#consult-print").queryAs(Button.class).isDisabled(), "no second job while one runs");
        // an edit still works while the dialog is open
        robot.interact(() -> vm.edit(c -> c.withRisks(10.0, null)));
        assertEquals(10.0, vm.getConsultation().majorFracturePct());
        userClicksPrint.countDown();
        waitUntilPrintingEnds();
        assertEquals("The handout was sent to the printer.", m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.DONE_CLASS));
        assertFalse(robot.lookup("#consult-print").queryAs(Button.class).isDisabled());
    }

    @Test
    void aFailureSaysWhatHappenedAndWhatToDo(FxRobot robot) throws Exception {
        robot.interact(() -> ConsultFiles.print(vm, (pageable, name) -> {
            throw new PrinterException("no printer found");
        }));
        waitUntilPrintingEnds();
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        assertTrue(m.getText().startsWith("Could not print the handout (no printer found). Check that a printer"), m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS));
    }

    @Test
    void cancellingTheDialogLeavesNoMessage(FxRobot robot) throws Exception {
        robot.interact(() -> ConsultFiles.print(vm, (pageable, name) -> false));
        waitUntilPrintingEnds();
        assertFalse(robot.lookup("#consult-message").queryAs(Label.class).isVisible());
    }

    @Test
    void cancellingKeepsAMessageThatCameWhileTheDialogWasOpen(FxRobot robot) throws Exception {
        CountDownLatch inDialog = new CountDownLatch(1), userCancels = new CountDownLatch(1);
        robot.interact(() -> ConsultFiles.print(vm, (pageable, name) -> {
            inDialog.countDown();
            try {
                userCancels.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new PrinterException("interrupted");
            }
            return false;
        }));
        assertTrue(inDialog.await(30, TimeUnit.SECONDS));
        robot.interact(() -> vm.edit(c -> c.withRisks(500.0, null))); // refused: out of range
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        String problem = m.getText();
        assertTrue(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS), problem);
        userCancels.countDown();
        waitUntilPrintingEnds();
        assertEquals(problem, m.getText(), "the cancelled print wiped a message it did not write");
        assertTrue(m.isVisible());
    }

    @Test
    void theHandoutPdfIsWrittenOffTheFxThreadAndTheOutcomeSaidInWords(FxRobot robot,
                                                                      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path out = dir.resolve("handout.pdf");
        robot.interact(() -> {
            ConsultFiles.writeHandout(vm, out);
            // the FX thread is back at once: the page is built and written on another thread
            assertEquals(ConsultViewModel.MessageKind.BUSY, vm.getMessageKind());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getMessageKind() != ConsultViewModel.MessageKind.BUSY);
        WaitForAsyncUtils.waitForFxEvents();
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        assertEquals("handout written to " + out, m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.DONE_CLASS));
        byte[] head = java.nio.file.Files.readAllBytes(out);
        assertEquals("%PDF", new String(head, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));

        java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        java.nio.file.Path impossible = dir.resolve("a-file").resolve("handout.pdf");
        robot.interact(() -> ConsultFiles.writeHandout(vm, impossible));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getMessageKind() != ConsultViewModel.MessageKind.BUSY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(m.getText().startsWith("cannot write " + impossible + " ("), m.getText());
        assertTrue(m.getStyleClass().contains(ConsultView.PROBLEM_CLASS), m.getText());
    }

    /**
     * The name as typed is what the screen's label field, the PDF and the printed page show; a character no font
     * can draw is said in the message line before the file is written, and still after.
     */
    @Test
    void theLabelReadsTheSameOnScreenAndInTheHandoutAndMissingGlyphsAreSaid(FxRobot robot,
                                                                           @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Label m = robot.lookup("#consult-message").queryAs(Label.class);
        for (String name : new String[] {"Анна عائشة שרה", "Ana \uD80C\uDC00"}) {
            boolean drawable = !name.contains("\uD80C");
            robot.interact(() -> vm.edit(c -> c.withPerson(new org.bonebalance.sim.consult.Person(name, c.person().sex(),
                    c.person().ageYears(), c.person().menopause(), c.person().menopauseAge(), c.person().measurement()))));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(name, robot.lookup("#consult-label").queryAs(javafx.scene.control.TextInputControl.class).getText());
            java.nio.file.Path out = dir.resolve((drawable ? "drawable" : "box") + ".pdf");
            AtomicReference<String> busy = new AtomicReference<>();
            robot.interact(() -> {
                ConsultFiles.writeHandout(vm, out);
                busy.set(m.getText());
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.getMessageKind() != ConsultViewModel.MessageKind.BUSY);
            WaitForAsyncUtils.waitForFxEvents();
            String text;
            try (var d = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            }
            if (drawable) {
                assertFalse(busy.get().contains("\u25A1"), busy.get());
                assertEquals("handout written to " + out, m.getText());
                assertTrue(text.contains("For: " + name), text);
            } else {
                assertTrue(busy.get().contains("\uD80C\uDC00") && busy.get().contains("\u25A1"), "said before writing: " + busy.get());
                assertTrue(m.getText().startsWith("handout written to " + out) && m.getText().contains("\uD80C\uDC00"), m.getText());
                assertTrue(text.contains("For: Ana \u25A1"), text);
            }
        }
    }
}
