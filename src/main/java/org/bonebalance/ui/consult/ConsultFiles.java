package org.bonebalance.ui.consult;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.bonebalance.content.Messages;
import org.bonebalance.io.AppFiles;
import org.bonebalance.io.handout.HandoutPdf;
import org.bonebalance.io.handout.HandoutPrinter;
import org.bonebalance.sim.consult.ConsultForecast;

/** The file dialogs and printing of the consultation, shared by the screen's buttons, the menu and the close question. */
public final class ConsultFiles {
    /** The consultation extension first (what saving makes), and the JSON consultations people already have. */
    private static final String[] CONSULTATIONS = {"*" + AppFiles.CONSULTATION_EXTENSION, "*" + AppFiles.JSON_EXTENSION};

    private ConsultFiles() {}

    private static FileChooser chooser(ConsultViewModel vm, String titleKey, String descKey, String... patterns) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(descKey), patterns));
        vm.file().map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile).filter(File::isDirectory)
                .ifPresent(fc::setInitialDirectory);
        return fc;
    }

    public static void open(ConsultViewModel vm, Window owner) {
        File f = chooser(vm, "consult.ui.open", "consult.ui.jsonFiles", CONSULTATIONS).showOpenDialog(owner);
        if (f != null) vm.open(f.toPath());
    }

    /** Saves to the consultation's file, or asks where; true when saved. */
    public static boolean save(ConsultViewModel vm, Window owner) {
        return vm.save() || saveAs(vm, owner);
    }

    public static boolean saveAs(ConsultViewModel vm, Window owner) {
        FileChooser fc = chooser(vm, "consult.ui.saveAs", "consult.ui.jsonFiles", CONSULTATIONS);
        fc.setInitialFileName("consultation" + AppFiles.CONSULTATION_EXTENSION);
        File f = fc.showSaveDialog(owner);
        return f != null && vm.saveAs(AppFiles.withExtension(f.toPath(), AppFiles.CONSULTATION_EXTENSION));
    }

    public static void handout(ConsultViewModel vm, Window owner) {
        FileChooser fc = chooser(vm, "consult.ui.handout", "consult.ui.pdfFiles", "*.pdf");
        fc.setInitialFileName("bonebalance-handout.pdf");
        File f = fc.showSaveDialog(owner);
        if (f != null) writeHandout(vm, withExtension(f.toPath(), ".pdf"));
    }

    /**
     * Writes the handout PDF on a background thread (building the page takes long enough to freeze the
     * window), from the result as it is now; says so while it works, then "written" or why not.
     */
    static void writeHandout(ConsultViewModel vm, Path out) {
        ConsultForecast.Result result = vm.getResult();
        HandoutPdf.Paper paper = paper();
        LocalDate date = LocalDate.now();
        // what the handout cannot draw is said before writing and stays said after it
        String undrawable = HandoutPdf.undrawableNote(result.consultation());
        String note = undrawable == null ? "" : " " + undrawable;
        vm.busy(Messages.get("consult.ui.writingHandout", out) + note);
        inBackground("bonebalance-handout", () -> {
            HandoutPdf.write(result, date, paper, out);
            return true;
        }, written -> vm.done(Messages.get("consult.cli.written", out) + note), e -> vm.reject(Messages.get(
                "consult.cli.writeFailed", out, e instanceof java.io.IOException io
                        ? org.bonebalance.io.WriteProblems.why(io) : String.valueOf(e == null ? null : e.getMessage()))));
    }

    /** Runs work on a daemon thread; its outcome comes back once, on the FX thread. */
    private static <T> void inBackground(String name, java.util.concurrent.Callable<T> work,
                                         java.util.function.Consumer<T> onDone,
                                         java.util.function.Consumer<Throwable> onFailed) {
        Task<T> job = new Task<>() {
            @Override protected T call() throws Exception {
                return work.call();
            }
        };
        job.setOnSucceeded(e -> onDone.accept(job.getValue()));
        job.setOnFailed(e -> onFailed.accept(job.getException()));
        Thread t = new Thread(job, name);
        t.setDaemon(true); // (AWT's own dialog thread is not a daemon: BoneBalanceApp.launchApp exits the process)
        t.start();
    }

    /** Prints the handout through the system print dialog without freezing the window. */
    public static void print(ConsultViewModel vm) {
        print(vm, HandoutPrinter.SYSTEM);
    }

    /**
     * Builds the page, shows the print dialog and spools the job on a background thread (java.awt.print allows
     * any thread; building and spooling the page takes long enough to freeze the window). The consultation is
     * an immutable snapshot taken here, on the FX thread; the outcome is published back once, as a status
     * line in plain words. A second request while one is running is ignored.
     */
    static void print(ConsultViewModel vm, HandoutPrinter.Printer printer) {
        if (vm.isPrinting()) return;
        ConsultForecast.Result result = vm.getResult();
        HandoutPdf.Paper paper = paper();
        LocalDate date = LocalDate.now();
        vm.printingStarted();
        String undrawable = HandoutPdf.undrawableNote(result.consultation());
        if (undrawable != null) vm.busy(Messages.get("consult.ui.printing") + " " + undrawable);
        inBackground("bonebalance-print", () -> HandoutPrinter.print(result, date, paper, printer),
                printed -> vm.printingFinished(printed, null), e -> vm.printingFinished(false, reason(e)));
    }

    /** Why printing failed, in words (the printer's own message when it has one). */
    private static String reason(Throwable e) {
        if (e instanceof java.io.IOException io) return org.bonebalance.io.WriteProblems.why(io);
        String m = e == null ? null : e.getMessage();
        return m == null || m.isBlank() ? Messages.get("consult.ui.printNoReason") : m;
    }

    /** Letter where the country uses it, A4 elsewhere. */
    static HandoutPdf.Paper paper() {
        return switch (Locale.getDefault().getCountry()) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE" -> HandoutPdf.Paper.LETTER;
            default -> HandoutPdf.Paper.A4;
        };
    }

    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(n + ext);
    }
}
