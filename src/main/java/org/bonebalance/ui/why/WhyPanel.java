package org.bonebalance.ui.why;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.content.EvidenceCard;
import org.bonebalance.content.Library;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.ScrollPanes;
import org.bonebalance.ui.learn.EvidenceCardView;
import org.controlsfx.control.PopOver;

/**
 * The Why? panel, docked in the explorer in the chart's place while it is open, showing the view model's
 * {@link WhyViewModel.Panel}: the chain from the hormones to the reading (each link now and at the reference,
 * its mechanism at the current depth and a button opening its evidence card), the hormones' shares as three
 * bars around a zero line (sign and number beside each bar, so colour never carries it alone) and one sentence.
 * Stays open while sliders move (it updates with every snapshot, in the same frame as the gauges); Esc or
 * Close shuts it. Labels are updated in place; the rows are rebuilt only when the chain itself changes.
 */
public final class WhyPanel {
    /** Half the width of a share bar's track, px: the largest share fills it. */
    public static final double BAR_HALF = 110;

    private final WhyViewModel vm;
    private final ObservableValue<Depth> depth;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label note = new Label();
    private final GridPane chain = new GridPane();
    private final VBox bars = new VBox(4);
    private final Label sentence = new Label();
    private final VBox content;
    private final VBox evidenceBox = new VBox();
    private final Subscription subscription;
    private final javafx.scene.layout.StackPane overlay;
    private Node returnFocus;
    private Runnable onShown = () -> {};
    private final List<Label[]> rowLabels = new ArrayList<>();
    private final List<Region[]> barParts = new ArrayList<>();
    private List<org.bonebalance.sim.why.Quantity> shownChain = List.of();

    public WhyPanel(WhyViewModel vm, ObservableValue<Depth> depth) {
        this.vm = vm;
        this.depth = depth;
        title.getStyleClass().add("why-title");
        title.setId("why-title");
        summary.setId("why-summary");
        summary.setWrapText(true);
        note.setId("why-note");
        note.getStyleClass().add("why-muted");
        note.setWrapText(true);
        Label chainHeading = new Label(Messages.get("explorer.why.chain"));
        chainHeading.getStyleClass().add("why-heading");
        chain.setId("why-chain");
        chain.getStyleClass().add("why-chain");
        chain.setHgap(10);
        chain.setVgap(3);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints number = new ColumnConstraints();
        number.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints how = new ColumnConstraints(120, 400, 480);
        how.setHgrow(Priority.ALWAYS);
        chain.getColumnConstraints().setAll(name, number, number, how, new ColumnConstraints());
        // no scroll of its own: the whole panel scrolls in the chart's place
        VBox chainBox = new VBox(8, chain, evidenceBox);
        Label sharesHeading = new Label(Messages.get("explorer.why.shares"));
        sharesHeading.getStyleClass().add("why-heading");
        bars.setId("why-bars");
        sentence.setId("why-sentence");
        sentence.setWrapText(true);
        Label sum = new Label(Messages.get("explorer.why.sum"));
        sum.getStyleClass().add("why-muted");
        sum.setWrapText(true);
        Button close = new Button(Messages.get("explorer.why.close"));
        close.setId("why-close");
        close.setOnAction(e -> hide());
        // Close stays in the panel's top corner, in view even when a big font makes the chain scroll sideways
        HBox head = new HBox(8, title);
        head.setAlignment(Pos.CENTER_LEFT);
        evidenceBox.setId("why-evidence-card");
        hideEvidence();
        // the answer first (which hormone, in one sentence and three bars), then the chain that explains it
        content = new VBox(6, head, summary, note, sharesHeading, bars, sentence, chainHeading, chainBox, sum);
        content.setId("why-panel");
        content.getStyleClass().addAll("root", "why-panel");
        content.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        // the whole panel scrolls inside the chart's place (a small window, a big font); the chain keeps its own
        ScrollPane whole = ScrollPanes.uncached(new ScrollPane(content));
        whole.setFitToWidth(true);
        whole.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED); // a big font: reachable rather than cut off
        whole.getStyleClass().add("why-scroll");
        // sentences wrap within what is in view, even when a big font makes the chain wider than the panel
        // (set only when the width changes: the scroll pane makes new, equal viewport bounds at every layout, and
        // a bound maxWidth asks for a new layout at each invalidation, even to the same value; that kept the
        // panel laid out again every frame, open or closed: docs/performance.md)
        Runnable fitSentences = () -> {
            double w = Math.max(200, whole.getViewportBounds().getWidth() - 2 * content.getPadding().getLeft());
            for (Label l : List.of(summary, note, sentence, sum)) if (l.getMaxWidth() != w) l.setMaxWidth(w);
        };
        whole.viewportBoundsProperty().subscribe(b -> fitSentences.run());
        content.paddingProperty().subscribe(i -> fitSentences.run());
        overlay = new javafx.scene.layout.StackPane(whole, close);
        javafx.scene.layout.StackPane.setAlignment(close, Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane.setMargin(close, new javafx.geometry.Insets(8, 24, 0, 0));
        overlay.getStyleClass().add("why-overlay");
        // takes no height of its own and lies over the chart only while open; while closed it is not laid out at
        // all (laid out hidden, its forty wrapped labels were measured again every frame the chart moved, and a
        // slider drag while playing lost 5 frames a second: docs/performance.md)
        overlay.setMinHeight(0);
        overlay.setPrefHeight(0);
        setOpen(false);
        subscription = vm.panelProperty().subscribe(this::update);
    }

    /**
     * Opens the panel on a reading; moves it to another reading if it is open. The panel lies inside the window
     * (over the lower part of the explorer's centre, {@link #overlay}), not in a window of its own: a second,
     * transparent window is repainted whole every frame by the software renderer, which took a slider drag
     * with the panel open from 37 to 9 frames a second (docs/performance.md).
     *
     * @param anchor the reading asked about (the panel takes the focus; Esc or Close gives it back)
     * @param arrow  unused since the panel is docked; kept for the callers' wording of where the reading is
     */
    public void show(WhyViewModel.Target target, Node anchor, PopOver.ArrowLocation arrow) {
        vm.open(target);
        returnFocus = anchor;
        setOpen(true);
        if (content.getScene() != null) content.requestFocus();
        onShown.run();
    }

    private void setOpen(boolean open) {
        overlay.setVisible(open);
        overlay.setManaged(open);
    }

    /** Called each time the panel is shown (its screen scrolls it into view). */
    public void setOnShown(Runnable r) { onShown = r; }

    public void hide() {
        boolean was = overlay.isVisible();
        setOpen(false);
        vm.close();
        if (was && returnFocus != null && returnFocus.getScene() != null) returnFocus.requestFocus();
    }

    public boolean isShowing() { return overlay.isVisible() && overlay.getScene() != null; }

    /** The node to lay over the screen (hidden until {@link #show}); its place is the screen's to choose. */
    public Node overlay() { return overlay; }

    /** The panel's content (for tests and the snapshot). */
    public VBox content() { return content; }

    private void update(WhyViewModel.Panel p) {
        if (p == null) return;
        set(title, p.title());
        set(summary, p.summary());
        set(note, p.note());
        note.setVisible(!p.note().isEmpty());
        note.setManaged(!p.note().isEmpty());
        List<org.bonebalance.sim.why.Quantity> quantities = p.rows().stream().map(WhyViewModel.Row::quantity).toList();
        if (!quantities.equals(shownChain)) {
            buildRows(p.rows());
            hideEvidence();
        }
        for (int i = 0; i < p.rows().size(); i++) {
            WhyViewModel.Row r = p.rows().get(i);
            Label[] l = rowLabels.get(i);
            set(l[0], (i == 0 ? "" : "→ ") + r.name());
            set(l[1], r.now());
            set(l[2], r.reference());
            set(l[3], r.mechanism());
        }
        if (barParts.isEmpty()) buildBars(p.shares().size());
        double largest = 1e-12;
        for (WhyViewModel.Share s : p.shares()) largest = Math.max(largest, Math.abs(s.value()));
        for (int i = 0; i < p.shares().size(); i++) {
            WhyViewModel.Share s = p.shares().get(i);
            Region[] parts = barParts.get(i);
            ((Label) parts[0]).setText(s.name());
            double w = Math.round(BAR_HALF * Math.abs(s.value()) / largest);
            parts[1].setPrefWidth(w);
            parts[1].setLayoutX(s.value() >= 0 ? BAR_HALF : BAR_HALF - w);
            parts[1].pseudoClassStateChanged(DOWN, s.value() < 0);
            ((Label) parts[2]).setText(s.text());
            parts[2].setAccessibleText(s.name() + " " + s.text());
        }
        set(sentence, p.sentence());
    }

    private static final javafx.css.PseudoClass DOWN = javafx.css.PseudoClass.getPseudoClass("down");

    private static void set(Label l, String text) {
        if (!text.equals(l.getText())) l.setText(text);
    }

    private void buildRows(List<WhyViewModel.Row> rows) {
        chain.getChildren().clear();
        rowLabels.clear();
        String[] heads = {"explorer.why.col.link", "explorer.why.col.now", "explorer.why.col.reference", "explorer.why.col.how"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(Messages.get(heads[c]));
            h.getStyleClass().add("why-muted");
            h.setWrapText(true); // a big font in a small window squeezes the last column: its heading wraps, whole
            chain.add(h, c, 0);
        }
        for (int i = 0; i < rows.size(); i++) {
            WhyViewModel.Row r = rows.get(i);
            Label name = new Label();
            name.getStyleClass().add("why-link-name");
            name.setId("why-link-" + r.quantity().id());
            Label now = new Label();
            now.getStyleClass().add("why-now");
            now.setId("why-now-" + r.quantity().id());
            Label ref = new Label();
            ref.getStyleClass().add("why-muted");
            ref.setId("why-ref-" + r.quantity().id());
            Label how = new Label();
            how.setWrapText(true);
            how.setId("why-how-" + r.quantity().id());
            how.getStyleClass().add("why-how");
            EvidenceCard card = Library.get().card(r.evidenceId()).orElseThrow();
            Button evidence = new Button(EvidenceCardView.dots(card));
            evidence.setId("why-evidence-" + r.quantity().id());
            evidence.getStyleClass().add("why-evidence");
            evidence.setMinWidth(Region.USE_PREF_SIZE);
            String words = Messages.get("explorer.why.evidence", card.strengthLabel(), card.claim());
            evidence.setTooltip(new Tooltip(words));
            evidence.setAccessibleText(words);
            evidence.setOnAction(e -> showEvidence(card));
            chain.addRow(i + 1, name, now, ref, how, evidence);
            rowLabels.add(new Label[] {name, now, ref, how});
        }
        shownChain = rows.stream().map(WhyViewModel.Row::quantity).toList();
    }

    /** Shows a link's evidence card under the chain (a second PopOver from inside this one would not settle). */
    private void showEvidence(EvidenceCard card) {
        evidenceBox.getChildren().setAll(EvidenceCardView.card(card, depth));
        evidenceBox.setVisible(true);
        evidenceBox.setManaged(true);
    }

    private void hideEvidence() {
        evidenceBox.getChildren().clear();
        evidenceBox.setVisible(false);
        evidenceBox.setManaged(false);
    }

    private void buildBars(int n) {
        for (int i = 0; i < n; i++) {
            Label name = new Label();
            name.getStyleClass().add("why-bar-name");
            name.setMinWidth(Region.USE_PREF_SIZE); // its width in em (css/explorer.css): the bars line up at any font size
            Region bar = new Region();
            bar.getStyleClass().add("why-bar");
            bar.setId("why-bar-" + i);
            bar.setPrefSize(0, 14);
            bar.setLayoutY(3);
            Region zero = new Region();
            zero.getStyleClass().add("why-bar-zero");
            zero.setPrefSize(2, 20);
            zero.setLayoutX(BAR_HALF - 1);
            Pane track = new Pane(bar, zero);
            track.setMinSize(2 * BAR_HALF, 20);
            track.setPrefSize(2 * BAR_HALF, 20);
            track.setMaxSize(2 * BAR_HALF, 20);
            Label value = new Label();
            value.setId("why-share-" + i);
            value.getStyleClass().add("why-now");
            HBox row = new HBox(8, name, track, value);
            row.setAlignment(Pos.CENTER_LEFT);
            bars.getChildren().add(row);
            barParts.add(new Region[] {name, bar, value});
        }
    }

    public void dispose() {
        subscription.unsubscribe();
        hide();
    }
}
