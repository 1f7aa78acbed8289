package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.print.PageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.junit.jupiter.api.Test;

/** Printing hands the printer the handout's one page, on the chosen paper, and says whether it was printed. */
class HandoutPrinterTest {
    @Test
    void thePrinterGetsTheOnePageOnTheChosenPaperAndItsAnswerIsPassedOn() throws Exception {
        ConsultForecast.Result r = ConsultForecast.run(Consultation.example());
        List<String> asked = new ArrayList<>();
        for (boolean printed : new boolean[] {true, false}) {
            boolean answer = HandoutPrinter.print(r, LocalDate.of(2026, 1, 15), HandoutPdf.Paper.LETTER, (pages, job) -> {
                assertEquals(1, pages.getNumberOfPages());
                PageFormat f = pages.getPageFormat(0);
                assertEquals(612, f.getWidth(), 0.5, "US Letter width");
                assertEquals(792, f.getHeight(), 0.5, "US Letter height");
                asked.add(job);
                return printed;
            });
            assertEquals(printed, answer, printed ? "printed" : "cancelled");
        }
        assertEquals(List.of(Messages.get("consult.handout.title"), Messages.get("consult.handout.title")), asked, "the job is named after the handout");
    }
}
