package org.bonebalance.ui.cycle;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.animation.AnimationStyles;
import org.bonebalance.ui.animation.CellShapes;
import org.bonebalance.ui.animation.Legend;
import org.bonebalance.ui.animation.RenderGate;
import org.bonebalance.ui.hormones.HormoneControls;
import org.bonebalance.ui.hormones.LevelsViewModel;

/**
 * One remodeling site through its cycle: shows the app model's site, which every step advances by its
 * simulated days whether this screen is on show or not; pit depth follows resorption per site, refill F/R
 * and the resting interval the activation frequency. The words come from {@link CycleViewModel}; this view
 * binds them, draws the site and lays out.
 */
public final class CycleScreen implements Screen {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final AppContext context;
    private final RemodelingSite site;
    private final CycleViewModel vm;
    private final Label litNote = new Label();
    private final javafx.util.Subscription lit;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Label info = new Label(Messages.get("animation.info.hint"));
    private final SiteView view = new SiteView(this::showInfo);
    private final PhaseRing ring = new PhaseRing(46); // leaves the phase list room for its bold row on one line
    private final Label ringDays = new Label();
    private final List<Label> phaseRows = new ArrayList<>();
    /** One hidden copy per row, always bold and marked: each row keeps the room of its current look. */
    private final List<Label> phaseRoom = new ArrayList<>();
    private final Label depth = new Label();
    private final Label refill = new Label();
    private final Label balance = new Label();
    private final Label activation = new Label();
    private final Label cycles = new Label();
    private final Label deficit = new Label();
    private final LevelsViewModel levels;
    private final HormoneControls controls;
    private final ChangeListener<Snapshot> onSnapshot = (o, a, s) -> gate().frame(s);
    private final RenderGate gate;
    /** Shown while time runs faster than a month per second: a whole cycle then flashes past. */
    private final Label speedHint = new Label(Messages.get("animation.cycle.speed-hint",
            Messages.get("explorer.speed." + Speed.MONTH.code())));

    public CycleScreen(AppContext context) {
        this.context = context;
        this.vm = new CycleViewModel(context);
        this.site = vm.site();
        this.gate = new RenderGate(context::getSnapshot, this::render);
        root.setId("cycle-view");
        root.getStyleClass().add("animation-screen");
        root.getStylesheets().add(AnimationStyles.stylesheet());

        Label title = new Label(Messages.get("animation.cycle.title"));
        title.getStyleClass().add("animation-title");
        status.setId("cycle-status");
        status.getStyleClass().add("animation-status");
        speedHint.setId("cycle-speed-hint");
        speedHint.getStyleClass().add("animation-hint");
        speedHint.managedProperty().bind(speedHint.visibleProperty());
        speedHint.visibleProperty().bind(vm.tooFastProperty());
        Label siteClock = new Label();
        siteClock.setId("cycle-site-clock");
        siteClock.getStyleClass().add("animation-clock");
        siteClock.textProperty().bind(vm.siteClockProperty());
        Label lifeClock = new Label();
        lifeClock.setId("cycle-life-clock");
        lifeClock.getStyleClass().add("animation-clock");
        lifeClock.textProperty().bind(vm.lifeClockProperty());
        javafx.scene.layout.FlowPane clocks = new javafx.scene.layout.FlowPane(18, 0, siteClock, lifeClock);
        clocks.getStyleClass().add("animation-clocks");
        litNote.setId("cycle-lit");
        lit = org.bonebalance.ui.animation.LitParts.follow(context.litProperty(), root, litNote);
        VBox top = new VBox(2, title, status, clocks, speedHint, litNote);
        top.getStyleClass().add("animation-header");
        root.setTop(top);

        root.setCenter(AnimationStyles.stageColumn(view.root(), info, "cycle-info", legend().root()));

        ringDays.getStyleClass().add("phase-ring-days");
        ringDays.setWrapText(true);
        VBox phases = new VBox(2);
        phases.getStyleClass().add("phase-list");
        for (BmuPhase p : BmuPhase.values()) {
            Label l = new Label();
            l.textProperty().bind(vm.rowProperty(p.ordinal()));
            l.setId("cycle-phase-" + p.id());
            l.getStyleClass().add("phase-row");
            // the row is as wide and as tall as its bold, marked form, in every phase: when the panel is
            // narrow, the current phase wraps (or not) the same way as when it is not current, so the list
            // never grows by a line as the site moves from phase to phase
            Label room = new Label();
            room.textProperty().bind(vm.rowRoomProperty(p.ordinal()));
            room.getStyleClass().add("phase-row");
            room.pseudoClassStateChanged(CURRENT, true);
            room.setVisible(false);
            javafx.scene.layout.StackPane row = new javafx.scene.layout.StackPane(room, l);
            AnimationStyles.wrapLabels(row);
            row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            phaseRows.add(l);
            phaseRoom.add(room);
            phases.getChildren().add(row);
        }
        depth.setId("cycle-depth");
        refill.setId("cycle-refill");
        balance.setId("cycle-balance");
        activation.setId("cycle-activation");
        cycles.setId("cycle-count");
        deficit.setId("cycle-deficit");
        deficit.getStyleClass().add("animation-emphasis");
        VBox numbers = new VBox(4, deficit, depth, refill, balance, activation, cycles);
        numbers.getStyleClass().add("animation-numbers");
        AnimationStyles.wrapLabels(numbers);
        Label note = new Label(Messages.get("animation.cycle.note"));
        note.setWrapText(true);
        note.getStyleClass().add("animation-note");
        javafx.scene.layout.HBox ringAndPhases = new javafx.scene.layout.HBox(10, ring.root(), phases);
        javafx.scene.layout.HBox.setHgrow(phases, javafx.scene.layout.Priority.ALWAYS);
        ringAndPhases.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox side = new VBox(8, ringAndPhases, ringDays, numbers, note);
        root.setRight(AnimationStyles.sidePanel(side));

        levels = new LevelsViewModel(context);
        controls = new HormoneControls(levels, "cycle");
        root.setBottom(controls.root());

        status.textProperty().bind(vm.statusProperty());
        ringDays.textProperty().bind(vm.cycleLengthProperty());
        depth.textProperty().bind(vm.depthProperty());
        refill.textProperty().bind(vm.refillProperty());
        balance.textProperty().bind(vm.balanceProperty());
        activation.textProperty().bind(vm.activationProperty());
        cycles.textProperty().bind(vm.cyclesProperty());
        deficit.textProperty().bind(vm.deficitProperty());
        vm.phaseProperty().subscribe(current -> {
            for (BmuPhase p : BmuPhase.values()) phaseRows.get(p.ordinal()).pseudoClassStateChanged(CURRENT, p == current);
        });
        render(context.getSnapshot());
        context.snapshotProperty().addListener(onSnapshot);
    }

    private Legend legend() {
        Rectangle bone = new Rectangle(30, 18);
        bone.getStyleClass().add("site-bone");
        Rectangle osteoid = new Rectangle(30, 18);
        osteoid.getStyleClass().add("site-osteoid");
        Line start = new Line(0, 0, 34, 0);
        start.getStyleClass().add("site-start-line");
        Line cement = new Line(0, 0, 34, 0);
        cement.getStyleClass().add("site-cement");
        return new Legend()
                .rowKey(CellShapes.lining(60), "animation.cell.lining.label")
                .rowKey(CellShapes.precursor(14), "animation.cell.precursor.label")
                .rowKey(CellShapes.osteoclast(70, 34, 3), "animation.cell.osteoclast.label")
                .rowKey(CellShapes.reversal(30), "animation.cell.reversal.label")
                .rowKey(CellShapes.osteoblast(26, 22), "animation.cell.osteoblast.label")
                .rowKey(bone, "animation.cycle.bone")
                .rowKey(osteoid, "animation.cycle.osteoid.label")
                .rowKey(cement, "animation.cycle.cement.label")
                .rowKey(start, "animation.cycle.start-line");
    }

    private void showInfo(String text) {
        info.setText(text);
    }

    private RenderGate gate() { return gate; }

    @Override
    public void setShowing(boolean showing) {
        vm.setShowing(showing);
        gate.setShowing(showing);
    }

    private void render(Snapshot s) {
        view.update(site);
        ring.set(vm.phaseNameProperty().get(), vm.ringProperty().get(), vm.progressProperty().get());
    }


    /** The words on this screen (for tests). */
    public CycleViewModel viewModel() { return vm; }

    /** The site this screen shows: the app model's (for tests). */
    public RemodelingSite site() { return site; }

    public HormoneControls controls() { return controls; }

    @Override public String id() { return "cycle"; }

    @Override public String titleKey() { return "screen.cycle"; }

    @Override public Node root() { return root; }

    @Override
    public void dispose() {
        lit.unsubscribe();
        context.snapshotProperty().removeListener(onSnapshot);
        vm.dispose();
        controls.dispose();
        levels.dispose();
    }
}
