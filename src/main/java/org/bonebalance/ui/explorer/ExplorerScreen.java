package org.bonebalance.ui.explorer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.ScrollPanes;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.ThemePalette;
import org.bonebalance.ui.ToolbarFlow;
import org.bonebalance.ui.hormones.HormoneScale;
import org.bonebalance.ui.why.WhyPanel;
import org.bonebalance.ui.why.WhyViewModel;
import org.controlsfx.control.PopOver;

/**
 * The explorer: presets and hormone sliders on the left; the status line, six live gauges and the bone-mass
 * timeline on the right. The time controls are in the window's toolbar, made with the window (they serve every
 * screen, whichever opens first).
 */
public final class ExplorerScreen implements Screen {
    /** The bone-mass chart's least height, px: its axis, the three bands and a readable curve. */
    public static final double TIMELINE_MIN_HEIGHT = 160;
    public static final String CSS = ExplorerScreen.class.getResource("/org/bonebalance/css/explorer.css").toExternalForm();

    private final ExplorerViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ThemePalette palette;
    private final GaugesView gauges;
    private final TimelineView timeline;
    private final Subscription subscriptions;
    private final ScrubViewModel scrub;
    private final WhyViewModel whyVm;
    private final WhyPanel why;
    private final javafx.util.Subscription litting;
    private javafx.util.Subscription asked = javafx.util.Subscription.EMPTY;
    private final Label status;
    private final Map<Button, WhyViewModel.Target> whyButtons = new LinkedHashMap<>();

    public ExplorerScreen(AppContext context) {
        palette = new ThemePalette(context.themeProperty().get());
        vm = new ExplorerViewModel(context);
        root.getStyleClass().add("explorer");
        root.setId("explorer");

        // while a past moment is on show, its words stand where the presets are (same room: nothing moves)
        PresetPanel presets = new PresetPanel(vm);
        scrub = new ScrubViewModel(context);
        ScrubBanner banner = new ScrubBanner(scrub);
        banner.visibleProperty().bind(scrub.scrubbingProperty());
        presets.visibleProperty().bind(scrub.scrubbingProperty().not());
        javafx.scene.layout.StackPane top = new javafx.scene.layout.StackPane(presets, banner);
        top.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        root.setTop(top);
        VBox left = new VBox();
        left.getStyleClass().add("explorer-left");
        Label levelsHeading = new Label(Messages.get("explorer.levels"));
        levelsHeading.getStyleClass().add("section-heading");
        var profile = PresetPanel.profileChooser(vm);
        Label profileLabel = new Label(Messages.get("explorer.profile.label"));
        profileLabel.setLabelFor(profile);
        profileLabel.getStyleClass().add("profile-label");
        profileLabel.setMinWidth(Label.USE_PREF_SIZE);
        // the chooser fills the row beside its label, or the row under it when its words would not fit
        // beside it (a big font: projector theme or zoom at 1280 px)
        var profileRow = new ToolbarFlow(6, 2);
        profileRow.setFillRows(true);
        profileRow.getChildren().addAll(profileLabel, profile);
        profileRow.getStyleClass().add("profile-row");
        left.getChildren().addAll(levelsHeading, profileRow);
        for (HormoneScale h : HormoneScale.values()) left.getChildren().add(new HormoneSliderView(h, vm));
        ScrollPane leftScroll = ScrollPanes.uncached(new ScrollPane(left));
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.getStyleClass().add("explorer-left-scroll");
        root.setLeft(leftScroll);

        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.setWrapText(true);
        status.setMinHeight(Label.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());
        gauges = new GaugesView(vm, palette);
        whyVm = new WhyViewModel(context, vm.profileProperty().map(
                p -> p == ReferenceProfile.MAN ? HormoneLevels.YOUNG_MALE : HormoneLevels.PREMENOPAUSAL));
        why = new WhyPanel(whyVm, context.depthProperty());
        // another panel (a prediction's answer) asks for the trace of a reading
        asked = context.whyRequestProperty().subscribe(r -> {
            if (r == null) return;
            for (WhyViewModel.Target t : WhyViewModel.Target.values()) {
                if (t.reading() != r) continue;
                Node anchor = whyButtons.entrySet().stream().filter(e -> e.getValue() == t).map(e -> (Node) e.getKey())
                        .findFirst().orElse(status);
                why.show(t, anchor, PopOver.ArrowLocation.TOP_CENTER);
                break;
            }
            context.whyRequestProperty().set(null);
        });
        // the cycle and switch screens light the chain's cells and molecules while the panel explains a reading
        // (the chain is the reading's, so this follows the target asked about, not every frame's numbers)
        litting = whyVm.targetProperty().subscribe(t -> context.litProperty().set(t == null ? null
                : new AppContext.Lit(Messages.get(t.nameKey()), java.util.Set.copyOf(t.reading().chain()))));
        List<GaugeCard> cards = gauges.cards();
        for (int i = 0; i < cards.size(); i++) {
            GaugeCard card = cards.get(i);
            WhyViewModel.Target target = GAUGE_TARGETS.get(i);
            PopOver.ArrowLocation arrow = i < cards.size() / 2 ? PopOver.ArrowLocation.TOP_LEFT : PopOver.ArrowLocation.TOP_RIGHT;
            javafx.scene.control.Button b = card.why(() -> why.show(target, card, arrow), whyVm.spokenProperty(target),
                    javafx.geometry.Pos.TOP_RIGHT);
            // the seesaw tips across its whole card, so either corner is sometimes under a ball or a name: it is
            // drawn beside the button instead
            if (target == WhyViewModel.Target.SWITCH)
                b.widthProperty().subscribe(bw -> gauges.seesaw().setRightRoom(bw.doubleValue() + 6));
            whyButtons.put(b, target);
        }
        // the status line is its own Why? affordance (a button beside it would take a line's width from it): a
        // click, or Enter while it has the focus (it is a focus stop), opens the trace of spine density
        status.setFocusTraversable(true);
        status.getStyleClass().add("why-target");
        status.setTooltip(new javafx.scene.control.Tooltip(Messages.get("explorer.why.hint.status")));
        status.setOnMouseClicked(e -> showStatusWhy());
        status.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                showStatusWhy();
                e.consume();
            }
        });
        status.accessibleHelpProperty().bind(whyVm.spokenProperty(WhyViewModel.Target.STATUS));
        this.status = status;
        Label timelineTitle = new Label(Messages.get("explorer.timeline.title"));
        timelineTitle.getStyleClass().add("section-heading");
        timelineTitle.setWrapText(true);
        timelineTitle.setMinWidth(0);
        timelineTitle.setMinHeight(Label.USE_PREF_SIZE); // wraps beside the key rather than end in "…" (big fonts)
        timeline = new TimelineView(vm, palette);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button timelineWhy = whyButton("timeline-why", WhyViewModel.Target.TIMELINE);
        timelineWhy.setOnAction(e -> why.show(WhyViewModel.Target.TIMELINE, timelineWhy, PopOver.ArrowLocation.BOTTOM_RIGHT));
        timelineWhy.accessibleHelpProperty().bind(whyVm.spokenProperty(WhyViewModel.Target.TIMELINE));
        HBox timelineHead = new HBox(timelineTitle, gap, TimelineView.legend(scrub.heldLegendProperty()));
        timelineHead.getStyleClass().add("timeline-head");
        // the Why? button lies over the chart's top corner, clear of the curve's room (beside the title it would
        // take a line's width from the title in a long language)
        javafx.scene.layout.StackPane.setAlignment(timelineWhy, javafx.geometry.Pos.TOP_RIGHT);
        javafx.scene.layout.StackPane timelineArea = new javafx.scene.layout.StackPane(timeline, timelineWhy);
        VBox timelineBox = new VBox(timelineHead, timelineArea);
        timelineBox.getStyleClass().add("timeline-card");
        VBox.setVgrow(timelineArea, Priority.ALWAYS);
        timeline.setMinHeight(TIMELINE_MIN_HEIGHT); // below it the axis would slip out of the chart
        // the Why? panel takes the chart's place while it is open, so the sliders and the gauges stay in view
        javafx.scene.layout.StackPane lower = new javafx.scene.layout.StackPane(timelineBox, why.overlay());
        VBox center = new VBox(status, gauges, lower);
        center.getStyleClass().add("explorer-center");
        VBox.setVgrow(lower, Priority.ALWAYS);
        // a bigger window shares its extra height between the chart and the dials (up to the dials' cap,
        // GaugeCard.MAX_DIAL_HEIGHT): at 1600×1000 they read from the back of a room; at 1280×720 the chart
        // keeps its room first (the gauges then sit at their least height)
        VBox.setVgrow(gauges, Priority.ALWAYS);
        // Fills the height it is given; when that is less than the gauges and chart need (a small window,
        // a longer language, zoomed in) it scrolls rather than slipping under the footer
        ScrollPane centerScroll = ScrollPanes.uncached(new ScrollPane(center));
        centerScroll.setFitToWidth(true);
        centerScroll.setFitToHeight(true);
        centerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        centerScroll.getStyleClass().add("explorer-left-scroll");
        root.setCenter(centerScroll);
        // where the centre scrolls (a big font, a small window), opening Why? brings the panel into view
        why.setOnShown(() -> javafx.application.Platform.runLater(() -> {
            double content = center.getHeight(), view = centerScroll.getViewportBounds().getHeight();
            if (content > view) centerScroll.setVvalue(Math.min(1, lower.getBoundsInParent().getMinY() / (content - view)));
        }));


        // tiles are built with the theme's colours; a theme switch recolours them and the canvas
        subscriptions = context.themeProperty().subscribe((old, t) -> recolor(t))
                .and(context.zoomProperty().subscribe(z -> timeline.markStyleDirty()));
    }

    /** The target list of the gauges, in {@link GaugesView#cards()} order. */
    private static final List<WhyViewModel.Target> GAUGE_TARGETS = List.of(WhyViewModel.Target.OSTEOCLAST,
            WhyViewModel.Target.OSTEOBLAST, WhyViewModel.Target.SWITCH, WhyViewModel.Target.BALANCE,
            WhyViewModel.Target.BMD, WhyViewModel.Target.FRACTURE);

    private Button whyButton(String id, WhyViewModel.Target target) {
        Button b = new Button(Messages.get("explorer.why.button"));
        b.setId(id);
        b.getStyleClass().add("why-button");
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setAccessibleText(Messages.get("explorer.why.buttonFor", Messages.get(target.nameKey())));
        b.setTooltip(new javafx.scene.control.Tooltip(Messages.get("explorer.why.hint")));
        whyButtons.put(b, target);
        return b;
    }

    /**
     * F1 (Help ▸ Why?): explains the reading whose Why? button has the focus, else spine density, the
     * reading everything else leads to.
     */
    public void explainFocused() {
        javafx.scene.Scene scene = root.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        if (focused == status) {
            showStatusWhy();
            return;
        }
        for (var e : whyButtons.entrySet()) {
            if (e.getKey() == focused) {
                e.getKey().fire();
                return;
            }
        }
        whyButtons.entrySet().stream().filter(e -> e.getValue() == WhyViewModel.Target.BMD).findFirst()
                .ifPresent(e -> e.getKey().fire());
    }

    private void showStatusWhy() { why.show(WhyViewModel.Target.STATUS, status, PopOver.ArrowLocation.TOP_CENTER); }

    public WhyViewModel whyViewModel() { return whyVm; }

    public WhyPanel whyPanel() { return why; }

    private void recolor(Theme t) {
        palette.setTheme(t);
        gauges.applyColors();
        timeline.markStyleDirty();
    }

    public ExplorerViewModel viewModel() { return vm; }

    public GaugesView gauges() { return gauges; }

    public TimelineView timeline() { return timeline; }

    @Override public String id() { return "explorer"; }

    @Override public String titleKey() { return "screen.explorer"; }

    @Override public Node root() { return root; }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        why.dispose();
        litting.unsubscribe();
        asked.unsubscribe();
        whyVm.dispose();
        for (GaugeCard c : gauges.cards()) c.dispose();
        gauges.dispose();
        timeline.dispose();
        scrub.dispose();
        vm.dispose();
    }
}
