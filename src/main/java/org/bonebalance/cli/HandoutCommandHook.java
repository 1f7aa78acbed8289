package org.bonebalance.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.ConsultFileException;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.io.handout.HandoutPdf;
import org.bonebalance.sim.consult.ConsultForecast;

/**
 * {@code handout --scenario FILE --out FILE.pdf [--paper a4|letter] [--date YYYY-MM-DD] [--lang en|es]}:
 * the consultation handout as a one-page PDF, without a window. FILE is a consultation file
 * (docs/consultation-format.md). Like every command (see {@link Commands}): bad input (an option, or a
 * consultation file that is missing, unreadable or invalid) gives one line on stderr and exit status 2; a
 * failure while running (the PDF cannot be written) exit status 1.
 */
final class HandoutCommandHook {
    private HandoutCommandHook() {}

    /** Keeps PDFBox's font-cache notices off stderr, which is for errors a person can act on. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    static int run(String[] args, PrintStream out, PrintStream err) {
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Path scenario = null, target = null;
        HandoutPdf.Paper paper = HandoutPdf.Paper.A4;
        LocalDate date = LocalDate.now();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--scenario" -> scenario = Path.of(value(args, ++i, a));
                    case "--out" -> target = Path.of(value(args, ++i, a));
                    case "--paper" -> {
                        String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
                        paper = switch (v) {
                            case "a4" -> HandoutPdf.Paper.A4;
                            case "letter" -> HandoutPdf.Paper.LETTER;
                            default -> throw new IllegalArgumentException(Messages.get("consult.cli.choice", a, "a4, letter", v));
                        };
                    }
                    case "--date" -> {
                        String v = value(args, ++i, a);
                        try {
                            date = LocalDate.parse(v);
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException(Messages.get("consult.cli.date", v));
                        }
                    }
                    case "--lang" -> {
                        String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
                        if (!v.equals("en") && !v.equals("es")) throw new IllegalArgumentException(Messages.get("consult.cli.choice", a, "en, es", v));
                        Messages.setLocale(Locale.forLanguageTag(v));
                    }
                    default -> throw new IllegalArgumentException(Messages.get("consult.cli.unknown", a));
                }
            }
            if (scenario == null || target == null) throw new IllegalArgumentException(Messages.get("consult.cli.usage"));
        } catch (IllegalArgumentException e) {
            err.println("handout: " + e.getMessage());
            return 2;
        }
        ConsultForecast.Result result;
        try {
            // reading and checking the file is input: its problems are the user's to fix (status 2)
            var consultation = ConsultationJson.read(scenario);
            try {
                result = ConsultForecast.run(consultation);
            } catch (org.bonebalance.sim.consult.Checks.InvalidFieldException e) {
                throw ConsultationJson.problemIn(scenario, e); // e.g. a scan the model cannot pass through
            }
        } catch (ConsultFileException e) {
            err.println("handout: " + e.getMessage());
            return 2;
        }
        String undrawable = HandoutPdf.undrawableNote(result.consultation());
        if (undrawable != null) err.println("handout: " + undrawable); // written all the same, with a stand-in sign
        try {
            HandoutPdf.write(result, date, paper, target);
            out.println(Messages.get("consult.cli.written", target));
            return 0;
        } catch (IOException e) {
            err.println("handout: " + Messages.get("consult.cli.writeFailed", target, org.bonebalance.io.WriteProblems.why(e)));
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) throw new IllegalArgumentException(Messages.get("consult.cli.needsValue", option));
        return args[i];
    }
}
