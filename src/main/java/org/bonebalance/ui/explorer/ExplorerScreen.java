package org.bonebalance.ui.explorer;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.ScrollPanes;
import org.bonebalance.ui.Theme;
import org.bonebalance.ui.ThemePalette;
import org.bonebalance.ui.ToolbarFlow;
import org.bonebalance.ui.hormones.HormoneScale;

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
        Label timelineTitle = new Label(Messages.get("explorer.timeline.title"));
        timelineTitle.getStyleClass().add("section-heading");
        timelineTitle.setWrapText(true);
        timelineTitle.setMinWidth(0);
        timelineTitle.setMinHeight(Label.USE_PREF_SIZE); // wraps beside the key rather than end in "…" (big fonts)
        timeline = new TimelineView(vm, palette);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, Priority.ALWAYS);
        javafx.scene.layout.HBox timelineHead = new javafx.scene.layout.HBox(timelineTitle, gap, TimelineView.legend(scrub.heldLegendProperty()));
        timelineHead.getStyleClass().add("timeline-head");
        VBox timelineBox = new VBox(timelineHead, timeline);
        timelineBox.getStyleClass().add("timeline-card");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        timeline.setMinHeight(TIMELINE_MIN_HEIGHT); // below it the axis would slip out of the chart
        VBox center = new VBox(status, gauges, timelineBox);
        center.getStyleClass().add("explorer-center");
        VBox.setVgrow(timelineBox, Priority.ALWAYS);
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


        // tiles are built with the theme's colours; a theme switch recolours them and the canvas
        subscriptions = context.themeProperty().subscribe((old, t) -> recolor(t))
                .and(context.zoomProperty().subscribe(z -> timeline.markStyleDirty()));
    }

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
        gauges.dispose();
        timeline.dispose();
        scrub.dispose();
        vm.dispose();
    }
}
