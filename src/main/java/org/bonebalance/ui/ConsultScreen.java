package org.bonebalance.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.bonebalance.content.Messages;
import org.bonebalance.io.consult.Autosave;
import org.bonebalance.io.handout.HandoutPdf;
import org.bonebalance.io.handout.HandoutPrinter;
import org.bonebalance.ui.consult.ConsultView;
import org.bonebalance.ui.consult.ConsultViewModel;

/**
 * The consultation screen (issue 6): one person's timeline, up to three therapy scenarios side by side,
 * honest fracture-risk icon arrays, and a one-page handout. Files, autosave and the close question are wired
 * by {@link org.bonebalance.ui.consult.ConsultFeatures}.
 */
public final class ConsultScreen implements Screen {
    private final ConsultViewModel viewModel;
    private final ConsultView view;

    public ConsultScreen(AppContext context) {
        this(new ConsultViewModel(Autosave.inHome()));
    }

    /** With a given view model (tests pass one whose autosave lives in a test folder). */
    public ConsultScreen(ConsultViewModel vm) {
        this.viewModel = vm;
        this.view = new ConsultView(vm, new ConsultView.Actions() {
            @Override public void open() { ConsultScreen.this.open(); }

            @Override public void save() { ConsultScreen.this.save(); }

            @Override public void saveAs() { ConsultScreen.this.saveAs(); }

            @Override public void handout() { ConsultScreen.this.handout(); }

            @Override public void print() { ConsultScreen.this.print(); }
        });
    }

    @Override public String id() { return "consult"; }

    @Override public String titleKey() { return "screen.consult"; }

    @Override public Node root() { return view.root(); }

    public ConsultViewModel viewModel() { return viewModel; }

    private Window window() {
        return view.root().getScene() == null ? null : view.root().getScene().getWindow();
    }

    private FileChooser chooser(String titleKey, String ext, String descKey) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get(titleKey));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(descKey), "*." + ext));
        viewModel.file().map(Path::getParent).map(Path::toFile).filter(File::isDirectory).ifPresent(fc::setInitialDirectory);
        return fc;
    }

    public void open() {
        File f = chooser("consult.ui.open", "json", "consult.ui.jsonFiles").showOpenDialog(window());
        if (f != null) viewModel.open(f.toPath());
    }

    /** Saves to the current file, or asks where; returns true when saved. */
    public boolean save() {
        return viewModel.save() || saveAs();
    }

    public boolean saveAs() {
        FileChooser fc = chooser("consult.ui.saveAs", "json", "consult.ui.jsonFiles");
        fc.setInitialFileName("consultation.json");
        File f = fc.showSaveDialog(window());
        return f != null && viewModel.saveAs(withExtension(f.toPath(), ".json"));
    }

    public void handout() {
        FileChooser fc = chooser("consult.ui.handout", "pdf", "consult.ui.pdfFiles");
        fc.setInitialFileName("bonebalance-handout.pdf");
        File f = fc.showSaveDialog(window());
        if (f == null) return;
        Path out = withExtension(f.toPath(), ".pdf");
        try {
            HandoutPdf.write(viewModel.getResult(), LocalDate.now(), paper(), out);
            viewModel.reject(Messages.get("consult.cli.written", out));
        } catch (java.io.IOException | RuntimeException e) {
            viewModel.reject(Messages.get("consult.cli.writeFailed", out, e.getMessage()));
        }
    }

    public void print() {
        try {
            HandoutPrinter.print(viewModel.getResult(), LocalDate.now(), paper());
        } catch (Exception e) {
            viewModel.reject(Messages.get("consult.ui.printFailed", e.getMessage()));
        }
    }

    /** Letter where the country uses it, A4 elsewhere. */
    private static HandoutPdf.Paper paper() {
        String c = Locale.getDefault().getCountry();
        return switch (c) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE" -> HandoutPdf.Paper.LETTER;
            default -> HandoutPdf.Paper.A4;
        };
    }

    private static Path withExtension(Path p, String ext) {
        String n = p.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(n + ext);
    }
}
