package org.bonebalance.ui.consult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.util.StringConverter;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.io.handout.HandoutPdf;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.IconArray;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;

/**
 * The consultation screen's nodes: the form on the left, the chart, sentence, table, icon arrays, balance
 * note and disclaimer on the right. Input goes only through {@link ConsultViewModel#edit}; the view redraws
 * from the view model's properties.
 */
public final class ConsultView {
    /** Choices of the therapy box: null means no therapy. */
    private static final List<Regimen> THERAPIES = java.util.Arrays.asList(null, Regimen.E, Regimen.EP, Regimen.EPT);

    private final ConsultViewModel vm;
    private final ScrollPane root;
    private final javafx.util.Subscription subscriptions;
    private final ConsultChart chart = new ConsultChart();
    private final Label sentence = new Label();
    private final GridPane table = new GridPane();
    private final VBox risk = new VBox(8);
    private final FlowPane legend = new FlowPane(18, 6);
    private final Label message = new Label();
    private final HBox restoreBar = new HBox(10);
    private final VBox form = new VBox(10);
    private final List<Runnable> refreshers = new ArrayList<>();
    private boolean refreshing;
    private final Actions actions;

    /** What the buttons do that needs a window (file dialogs, printing); supplied by the screen. */
    public interface Actions {
        void open();
        void save();
        void saveAs();
        void handout();
        void print();
    }

    public ConsultView(ConsultViewModel vm, Actions actions) {
        this.vm = vm;
        this.actions = actions;
        buildForm();
        VBox right = new VBox(12);
        right.getStyleClass().add("consult-results");
        sentence.setId("consult-sentence");
        sentence.getStyleClass().add("consult-sentence");
        sentence.setWrapText(true);
        table.setId("consult-table");
        table.getStyleClass().add("consult-table");
        risk.setId("consult-risk");
        legend.getStyleClass().add("consult-legend");
        Label balanceHead = heading("consult.balance.heading");
        Label balance = wrapped(Messages.get("consult.balance.text"), "consult-balance");
        balance.setId("consult-balance");
        Label disclaimer = wrapped(Messages.get("consult.disclaimer"), "consult-disclaimer");
        disclaimer.setId("consult-disclaimer");
        Label tableNote = wrapped("", "consult-note");
        right.getChildren().addAll(chart, legend, sentence, table, tableNote, risk, balanceHead, balance, disclaimer);
        HBox.setHgrow(right, Priority.ALWAYS);
        form.setMinWidth(380);
        form.setPrefWidth(410);
        form.setMaxWidth(440);
        message.setId("consult-message");
        message.getStyleClass().add("consult-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        buildRestoreBar();
        HBox columns = new HBox(20, form, right);
        VBox page = new VBox(10, restoreBar, message, columns);
        page.setPadding(new Insets(14));
        page.getStyleClass().add("consult-page");
        root = org.bonebalance.ui.ScrollPanes.uncached(new ScrollPane(page));
        root.setFitToWidth(true);
        root.getStyleClass().add("consult-screen");
        root.setId("consult-screen");
        root.getStylesheets().add(ConsultView.class.getResource("/org/bonebalance/css/consult.css").toExternalForm());
        // the view model lives for the whole run (a rebuilt window makes a new view): released in dispose()
        subscriptions = vm.resultProperty().subscribe(r -> {
            showResult(r);
            tableNote.setText(Messages.get("consult.table.note", Wording.age(r.outcomes().getFirst().scenario().startAge())));
        }).and(vm.consultationProperty().subscribe(c -> refreshForm()))
                .and(vm.messageKindProperty().subscribe(this::showMessageKind));
    }

    /** Style classes of the message line, one per {@link ConsultViewModel.MessageKind}. */
    static final String PROBLEM_CLASS = "consult-message-problem", DONE_CLASS = "consult-message-done",
            BUSY_CLASS = "consult-message-busy";

    /**
     * A problem looks like a problem (warning sign, the error colour); news that something worked is calm (a
     * check mark); work in progress shows three dots. The words say it too, so colour is never the only cue.
     */
    private void showMessageKind(ConsultViewModel.MessageKind kind) {
        message.getStyleClass().removeAll(PROBLEM_CLASS, DONE_CLASS, BUSY_CLASS);
        message.getStyleClass().add(switch (kind) {
            case PROBLEM -> PROBLEM_CLASS;
            case DONE -> DONE_CLASS;
            case BUSY -> BUSY_CLASS;
        });
        javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
        icon.setContent(switch (kind) {
            // a triangle with an exclamation mark cut out
            case PROBLEM -> "M9 0 L18 16 L0 16 Z M8 5 L8 11 L10 11 L10 5 Z M8 12.5 L8 14.5 L10 14.5 L10 12.5 Z";
            // a check mark
            case DONE -> "M1 9 L3.5 6.5 L7 10 L14.5 2.5 L17 5 L7 15 Z";
            // three dots
            case BUSY -> "M1 8 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M7 8 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0 M13 8 a2 2 0 1 0 4 0 a2 2 0 1 0 -4 0";
        });
        icon.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
        icon.getStyleClass().add("consult-message-icon");
        message.setGraphic(icon);
    }

    /** Stops following the session's consultation (the window is being replaced). */
    public void dispose() { subscriptions.unsubscribe(); }

    public Node root() { return root; }

    // ---------------------------------------------------------------- form

    private void buildForm() {
        form.getStyleClass().add("consult-form");
        form.getChildren().add(heading("consult.ui.person"));
        GridPane g = grid();
        int row = 0;
        TextField label = field("consult-label", 14);
        label.setPromptText(Messages.get("consult.ui.labelPrompt"));
        commit(label, vm::setLabel);
        refreshers.add(() -> label.setText(vm.getConsultation().person().label()));
        g.addRow(row++, rowLabel("consult.ui.label", label), label);
        // the privacy promise in full, under the field (the prompt inside it stays short enough to show whole)
        Label labelHelp = wrapped(Messages.get("consult.ui.labelHelp"), "consult-help");
        labelHelp.setId("consult-label-help");
        g.add(labelHelp, 0, row++, 2, 1);

        ComboBox<Scenario.Sex> sex = combo("consult-sex", List.of(Scenario.Sex.FEMALE, Scenario.Sex.MALE),
                s -> Messages.get(s == Scenario.Sex.FEMALE ? "consult.ui.female" : "consult.ui.male"));
        sex.setOnAction(e -> {
            if (refreshing) return;
            vm.setSex(sex.getValue());
            refreshForm();
        });
        refreshers.add(() -> sex.setValue(vm.getConsultation().person().sex()));
        g.addRow(row++, rowLabel("consult.ui.sex", sex), sex);

        TextField age = field("consult-age", 5);
        commit(age, vm::setAge);
        refreshers.add(() -> age.setText(Wording.age(vm.getConsultation().person().ageYears())));
        g.addRow(row++, rowLabel("consult.ui.age", age), age);

        ComboBox<Scenario.Menopause> meno = combo("consult-menopause",
                List.of(Scenario.Menopause.NATURAL, Scenario.Menopause.SURGICAL, Scenario.Menopause.NONE),
                m -> Messages.get(switch (m) {
                    case NATURAL -> "consult.ui.natural";
                    case SURGICAL -> "consult.ui.surgical";
                    case NONE -> "consult.ui.noMenopause";
                }));
        meno.setOnAction(e -> {
            if (refreshing) return;
            vm.setMenopause(meno.getValue());
            refreshForm();
        });
        refreshers.add(() -> meno.setValue(vm.getConsultation().person().menopause()));
        g.addRow(row++, rowLabel("consult.ui.menopause", meno), meno);

        TextField menoAge = field("consult-menopause-age", 5);
        commit(menoAge, vm::setMenopauseAge);
        refreshers.add(() -> {
            Person p = vm.getConsultation().person();
            menoAge.setText(p.menopause() == Scenario.Menopause.NONE ? "" : Wording.age(p.menopauseAge()));
            menoAge.setDisable(p.menopause() == Scenario.Menopause.NONE);
        });
        g.addRow(row++, rowLabel("consult.ui.menopauseAge", menoAge), menoAge);
        form.getChildren().add(g);

        // the scan that anchors the curve
        form.getChildren().add(heading("consult.ui.scan"));
        GridPane s = grid();
        ComboBox<ConsultViewModel.ScanKind> kind = combo("consult-scan-kind", List.of(ConsultViewModel.ScanKind.values()),
                k -> Messages.get(switch (k) {
                    case BMD -> "consult.ui.scan.bmd";
                    case T_SCORE -> "consult.ui.scan.tscore";
                    case NONE -> "consult.ui.scan.none";
                }));
        TextField scanValue = field("consult-scan-value", 6);
        TextField scanAge = field("consult-scan-age", 5);
        Runnable applyScan = () -> {
            if (refreshing) return;
            vm.setScan(kind.getValue(), scanValue.getText(), scanAge.getText());
            refreshForm();
        };
        kind.setOnAction(e -> {
            if (!refreshing) scanValue.setText(vm.scanValueFor(kind.getValue(), scanValue.getText()));
            applyScan.run();
        });
        scanValue.setOnAction(e -> applyScan.run());
        scanAge.setOnAction(e -> applyScan.run());
        focusLost(scanValue, applyScan);
        focusLost(scanAge, applyScan);
        refreshers.add(() -> {
            Measurement m = vm.getConsultation().person().measurement();
            kind.setValue(vm.scanKind());
            if (m != null) {
                scanValue.setText(m.kind() == Measurement.Kind.BMD ? Wording.bmd(m.value()) : Wording.tScore(m.value()));
                scanAge.setText(Wording.age(m.ageYears()));
            }
            scanValue.setDisable(m == null);
            scanAge.setDisable(m == null);
        });
        s.addRow(0, rowLabel("consult.ui.scanKind", kind), kind);
        s.addRow(1, rowLabel("consult.ui.scanValue", scanValue), scanValue);
        s.addRow(2, rowLabel("consult.ui.scanAge", scanAge), scanAge);
        form.getChildren().add(s);
        form.getChildren().add(wrapped(Messages.get("consult.ui.scanHelp"), "consult-help"));

        // scenarios
        form.getChildren().add(heading("consult.ui.scenarios"));
        for (int i = 0; i < Consultation.MAX_SCENARIOS; i++) form.getChildren().add(scenarioRow(i));

        // table ages and the entered fracture probability
        form.getChildren().add(heading("consult.ui.tableAndRisk"));
        GridPane t = grid();
        TextField ages = field("consult-table-ages", 12);
        commit(ages, vm::setTableAges);
        refreshers.add(() -> {
            List<String> parts = new ArrayList<>();
            for (double a : vm.getConsultation().tableAges()) parts.add(Wording.age(a));
            ages.setText(String.join("  ", parts));
        });
        t.addRow(0, rowLabel("consult.ui.tableAges", ages), ages);
        TextField major = field("consult-risk-major", 6);
        commit(major, vm::setMajorRisk);
        refreshers.add(() -> major.setText(vm.getConsultation().majorFracturePct() == null ? "" : Messages.number(vm.getConsultation().majorFracturePct(), 1)));
        t.addRow(1, rowLabel("consult.ui.riskMajor", major), major);
        TextField hip = field("consult-risk-hip", 6);
        commit(hip, vm::setHipRisk);
        refreshers.add(() -> hip.setText(vm.getConsultation().hipFracturePct() == null ? "" : Messages.number(vm.getConsultation().hipFracturePct(), 1)));
        t.addRow(2, rowLabel("consult.ui.riskHip", hip), hip);
        form.getChildren().add(t);
        form.getChildren().add(wrapped(Messages.get("consult.ui.riskHelp"), "consult-help"));

        FlowPane buttons = new FlowPane(8, 8);
        buttons.getStyleClass().add("consult-buttons");
        buttons.getChildren().addAll(
                button("consult-open", "consult.ui.open", actions::open),
                button("consult-save", "consult.ui.save", actions::save),
                button("consult-save-as", "consult.ui.saveAs", actions::saveAs),
                button("consult-handout", "consult.ui.handout", actions::handout),
                button("consult-print", "consult.ui.print", actions::print));
        buttons.getChildren().getLast().disableProperty().bind(vm.printingProperty());
        form.getChildren().add(buttons);
    }

    private Node scenarioRow(int i) {
        VBox box = new VBox(6);
        box.getStyleClass().add("consult-scenario");
        HBox head = new HBox(8);
        head.setAlignment(Pos.CENTER_LEFT);
        Line sample = new Line(0, 0, 34, 0);
        sample.getStyleClass().addAll("consult-line", "consult-line-" + i);
        Label letter = new Label(ConsultChart.LETTERS[i]);
        letter.getStyleClass().add("consult-letter");
        CheckBox on = new CheckBox(Messages.get("consult.ui.scenario", ConsultChart.LETTERS[i]));
        on.setId("consult-s" + (i + 1) + "-on");
        on.setDisable(i == 0);
        head.getChildren().addAll(sample, on);
        ComboBox<Regimen> regimen = combo("consult-s" + (i + 1) + "-therapy", THERAPIES,
                r -> r == null ? Messages.get("consult.scenario.none") : Wording.regimen(r));
        TextField start = field("consult-s" + (i + 1) + "-start", 4);
        TextField stop = field("consult-s" + (i + 1) + "-stop", 4);
        Label from = new Label(Messages.get("consult.ui.from"));
        from.setLabelFor(start);
        Label to = new Label(Messages.get("consult.ui.to"));
        to.setLabelFor(stop);
        HBox ages = new HBox(6, from, start, to, stop);
        ages.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(head, regimen, ages);
        on.setOnAction(e -> {
            if (refreshing) return;
            vm.setScenarioShown(i, on.isSelected());
            refreshForm();
        });
        regimen.setOnAction(e -> {
            if (refreshing) return;
            vm.setRegimen(i, regimen.getValue());
            refreshForm();
        });
        commit(start, t -> vm.setTherapyStart(i, t));
        commit(stop, t -> vm.setTherapyStop(i, t));
        refreshers.add(() -> {
            List<ScenarioSpec> list = vm.getConsultation().scenarios();
            boolean present = i < list.size();
            on.setSelected(present);
            on.setDisable(i == 0 || (!present && i > list.size()));
            regimen.setDisable(!present);
            ScenarioSpec s = present ? list.get(i) : null;
            regimen.setValue(s == null ? null : s.regimen());
            boolean therapy = s != null && s.regimen() != null;
            start.setDisable(!therapy);
            stop.setDisable(!therapy);
            start.setText(s == null ? "" : Wording.age(s.startAge()));
            stop.setText(s == null ? "" : Wording.age(s.stopAge()));
        });
        return box;
    }

    private void buildRestoreBar() {
        restoreBar.setId("consult-restore-bar");
        restoreBar.getStyleClass().add("consult-restore");
        restoreBar.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(Messages.get("consult.ui.restoreOffer"));
        text.setWrapText(true);
        Button yes = button("consult-restore", "consult.ui.restore", vm::restorePending);
        Button no = button("consult-discard", "consult.ui.discard", vm::discardPending);
        restoreBar.getChildren().addAll(text, yes, no);
        restoreBar.visibleProperty().bind(vm.pendingRestoreProperty().isNotNull());
        restoreBar.managedProperty().bind(restoreBar.visibleProperty());
    }

    private void refreshForm() {
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    // ---------------------------------------------------------------- results

    /*
     * An edit changes a few numbers, not the shape of the results: the table and legend keep their nodes and
     * only change their text, and are rebuilt only when the number of scenarios or table ages changes; the
     * icon arrays (about 300 nodes each) are rebuilt only when what they show changes, which most edits (ages,
     * scans, therapies' years) do not. The chart redraws itself when the result changes (ConsultChart).
     */
    private final List<Label> legendLabels = new ArrayList<>();
    private Label[] tableHeads = new Label[0], tableAgeLabels = new Label[0];
    private Label[][] tableMain = new Label[0][0], tableSub = new Label[0][0];
    private RiskShown riskShown;

    private void showResult(ConsultForecast.Result r) {
        chart.setResult(r);
        sentence.setText(Wording.sentence(r));
        fillLegend(r);
        fillTable(r);
        fillRisk(r);
    }

    private void fillLegend(ConsultForecast.Result r) {
        int n = r.outcomes().size();
        if (legendLabels.size() != n) {
            legendLabels.clear();
            legend.getChildren().clear();
            for (int i = 0; i < n; i++) {
                Line sample = new Line(0, 0, 40, 0);
                sample.getStyleClass().addAll("consult-line", "consult-line-" + i);
                Label l = new Label();
                l.setMinWidth(Region.USE_PREF_SIZE);
                l.getStyleClass().add("consult-legend-label");
                HBox item = new HBox(6, sample, l);
                item.setAlignment(Pos.CENTER_LEFT);
                legend.getChildren().add(item);
                legendLabels.add(l);
            }
        }
        for (int i = 0; i < n; i++) legendLabels.get(i).setText(lettered(r, i));
    }

    /** "A  No therapy": a scenario's letter and name, as the legend and the table's heads show it. */
    private static String lettered(ConsultForecast.Result r, int i) {
        return ConsultChart.LETTERS[i] + "  " + Wording.name(r.outcomes().get(i).spec());
    }

    private void fillTable(ConsultForecast.Result r) {
        Consultation c = r.consultation();
        int n = r.outcomes().size(), ages = c.tableAges().size();
        if (tableHeads.length != n || tableAgeLabels.length != ages) buildTable(n, ages);
        for (int i = 0; i < n; i++) tableHeads[i].setText(lettered(r, i));
        for (int k = 0; k < ages; k++) {
            tableAgeLabels[k].setText(Wording.age(c.tableAges().get(k)));
            for (int i = 0; i < n; i++) {
                Readout ro = r.outcomes().get(i).table().get(k);
                tableMain[i][k].setText(Messages.get("consult.table.cell1", Wording.tScore(ro.tScore()), Wording.band(ro.band())));
                tableSub[i][k].setText(Messages.get("consult.ui.cell2", Wording.bmd(ro.bmdGPerCm2()), Wording.rr(ro.fractureRrVertebral())));
            }
        }
    }

    /** The table's nodes for n scenarios and the given number of ages, texts filled in by {@link #fillTable}. */
    private void buildTable(int n, int ages) {
        table.getChildren().clear();
        table.getColumnConstraints().clear();
        javafx.scene.layout.ColumnConstraints ageCol = new javafx.scene.layout.ColumnConstraints();
        ageCol.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().add(ageCol);
        for (int i = 0; i < n; i++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(92.0 / n);
            cc.setHgrow(Priority.ALWAYS);
            table.getColumnConstraints().add(cc);
        }
        Label ageHead = cellLabel(Messages.get("consult.table.age"), "consult-table-head");
        ageHead.setMinWidth(Region.USE_PREF_SIZE);
        table.add(ageHead, 0, 0);
        tableHeads = new Label[n];
        tableAgeLabels = new Label[ages];
        tableMain = new Label[n][ages];
        tableSub = new Label[n][ages];
        for (int i = 0; i < n; i++) {
            Label h = cellLabel("", "consult-table-head");
            h.setWrapText(true);
            table.add(h, i + 1, 0);
            tableHeads[i] = h;
        }
        for (int k = 0; k < ages; k++) {
            Label ageLabel = cellLabel("", "consult-table-age");
            ageLabel.setMinWidth(Region.USE_PREF_SIZE);
            table.add(ageLabel, 0, k + 1);
            tableAgeLabels[k] = ageLabel;
            for (int i = 0; i < n; i++) {
                Label tScore = cellLabel("", "consult-table-main");
                tScore.setId("consult-cell-" + (i + 1) + "-" + (k + 1) + "-t");
                Label more = cellLabel("", "consult-table-sub");
                more.setId("consult-cell-" + (i + 1) + "-" + (k + 1) + "-bmd");
                VBox cell = new VBox(2, tScore, more);
                cell.getStyleClass().add(k % 2 == 0 ? "consult-row-even" : "consult-row-odd");
                table.add(cell, i + 1, k + 1);
                tableMain[i][k] = tScore;
                tableSub[i][k] = more;
            }
        }
    }

    /** One icon array as shown: how many of the 100 are marked, and its caption. */
    private record ArrayShown(int marked, String caption) {}

    /** The risk section as shown (heading, arrays, note), so an edit that changes none of it keeps its nodes. */
    private record RiskShown(String heading, List<ArrayShown> arrays, String note) {}

    private void fillRisk(ConsultForecast.Result r) {
        Consultation c = r.consultation();
        if (c.majorFracturePct() == null && c.hipFracturePct() == null) {
            RiskShown none = new RiskShown(null, List.of(), Messages.get("consult.ui.noRisk"));
            if (none.equals(riskShown)) return;
            riskShown = none;
            risk.getChildren().setAll(wrapped(none.note(), "consult-help"));
            return;
        }
        boolean hip = c.majorFracturePct() == null;
        double pct = hip ? c.hipFracturePct() : c.majorFracturePct();
        List<IconArray.Pair> pairs = HandoutPdf.pairs(r, pct, hip);
        List<ArrayShown> arrays = new ArrayList<>();
        arrays.add(new ArrayShown(IconArray.marked(pct),
                Messages.get("consult.risk.without", Messages.number(pct, 1), IconArray.marked(pct))));
        for (IconArray.Pair p : pairs) {
            arrays.add(new ArrayShown(p.markedWith(), Messages.get("consult.risk.with", Wording.regimen(p.effect().regimen()),
                    Messages.number(p.withPct(), 1), p.markedWith(), Messages.number(p.hazardRatio(), 2))));
        }
        RiskShown shown = new RiskShown(Wording.riskHeading(c.person(), hip), List.copyOf(arrays), HandoutPdf.riskNote(pairs));
        if (shown.equals(riskShown)) return; // the same people, captions and note as already on screen
        riskShown = shown;
        Label head = new Label(shown.heading());
        head.getStyleClass().add("consult-heading");
        head.setWrapText(true);
        HBox row = new HBox(24);
        row.setId("consult-arrays");
        for (int i = 0; i < arrays.size(); i++) {
            row.getChildren().add(new IconArrayView("consult-array-" + i, arrays.get(i).marked(), arrays.get(i).caption()));
        }
        risk.getChildren().setAll(head, row, wrapped(shown.note(), "consult-note"));
    }

    // ---------------------------------------------------------------- helpers

    /** The field's text goes to the view model's intent when Enter is pressed or the field is left. */
    private void commit(TextField f, java.util.function.Predicate<String> intent) {
        Runnable apply = () -> {
            if (refreshing) return;
            boolean ok = intent.test(f.getText());
            f.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !ok);
            if (ok) refreshForm();
        };
        f.setOnAction(e -> apply.run());
        focusLost(f, apply);
    }

    private static void focusLost(TextField f, Runnable r) {
        f.focusedProperty().addListener((o, was, now) -> {
            if (was && !now) r.run();
        });
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, java.util.function.Function<T, String> name) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setId(id);
        c.setConverter(new StringConverter<>() {
            @Override public String toString(T t) { return items.contains(t) ? name.apply(t) : ""; }

            @Override public T fromString(String s) { return null; }
        });
        c.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : name.apply(item));
            }
        });
        c.setCellFactory(lv -> new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : name.apply(item));
            }
        });
        return c;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label rowLabel(String key, Node field) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add("consult-field-label");
        return l;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.get(key));
        l.getStyleClass().add("consult-heading");
        l.setWrapText(true);
        return l;
    }

    private static Label wrapped(String text, String cls) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(cls);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label cellLabel(String text, String cls) {
        Label l = new Label(text);
        l.getStyleClass().add(cls);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.getStyleClass().add("consult-grid");
        return g;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
