package org.bonebalance.io.handout;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.bonebalance.sim.consult.ConsultForecast;

/**
 * Prints the handout through the system print dialog (java.awt.print with PDFBox's PDFPageable, so the
 * printer gets the same vector page as the PDF). Nothing here needs the JavaFX thread: java.awt.print's
 * dialog and job may run on any thread, and the window calls {@link #print} on a background thread so that
 * building the page, the dialog and the spooling never freeze it.
 */
public final class HandoutPrinter {
    private HandoutPrinter() {}

    /** Shows a print dialog for the pages and prints them; false when the person cancels. Tests use a fake. */
    @FunctionalInterface
    public interface Printer {
        boolean askAndPrint(Pageable pages, String jobName) throws PrinterException;
    }

    /** The operating system's print dialog and printers. */
    public static final Printer SYSTEM = (pages, jobName) -> {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(pages);
        if (!job.printDialog()) return false;
        job.print();
        return true;
    };

    /** Shows the system print dialog; returns false when the user cancels. */
    public static boolean print(ConsultForecast.Result result, LocalDate date, HandoutPdf.Paper paper)
            throws IOException, PrinterException {
        return print(result, date, paper, SYSTEM);
    }

    /** Builds the page and hands it to the printer (any thread). */
    public static boolean print(ConsultForecast.Result result, LocalDate date, HandoutPdf.Paper paper, Printer printer)
            throws IOException, PrinterException {
        try (PDDocument doc = HandoutPdf.build(result, date, paper)) {
            return printer.askAndPrint(new PDFPageable(doc), org.bonebalance.content.Messages.get("consult.handout.title"));
        }
    }
}
