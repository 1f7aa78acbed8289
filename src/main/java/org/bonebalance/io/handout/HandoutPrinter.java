package org.bonebalance.io.handout;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.bonebalance.sim.consult.ConsultForecast;

/** Prints the handout through the system print dialog (java.awt.print with PDFBox's PDFPageable). */
public final class HandoutPrinter {
    private HandoutPrinter() {}

    /** Shows the system print dialog; returns false when the user cancels. */
    public static boolean print(ConsultForecast.Result result, LocalDate date, HandoutPdf.Paper paper)
            throws IOException, PrinterException {
        try (PDDocument doc = HandoutPdf.build(result, date, paper)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName("BoneBalance handout");
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) return false;
            job.print();
            return true;
        }
    }
}
