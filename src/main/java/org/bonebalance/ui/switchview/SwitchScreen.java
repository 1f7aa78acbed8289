package org.bonebalance.ui.switchview;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.bonebalance.sim.bmu.SwitchState;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.Screen;
import org.bonebalance.ui.animation.AnimationStyles;
import org.bonebalance.ui.animation.CellShapes;
import org.bonebalance.ui.animation.Legend;
import org.bonebalance.ui.animation.RenderGate;
import org.bonebalance.ui.hormones.HormoneControls;
import org.bonebalance.ui.hormones.LevelsViewModel;

/**
 * The RANK/RANKL/OPG switch: shows the app model's switch field, which every step advances whether this
 * screen is on show or not. Marker counts follow the model's RANKL, OPG, RANKL–RANK and osteoclasts relative
 * to the reference ({@link SwitchCounts}); motion comes from each snapshot's step ({@link SwitchField#secondsOf});
 * the readout uses the shared {@link SwitchState}.
 */
public final class SwitchScreen implements Screen {
    private final AppContext context;
    private final SwitchField field;
    private final SwitchViewModel vm;
    private final Label litNote = new Label();
    private final javafx.util.Subscription lit;
    private final BorderPane root = new BorderPane();
    private final SwitchView view = new SwitchView(this::showInfo);
    private final Label readout = new Label();
    private final Label drive = new Label();
    private final Label rankl = new Label();
    private final Label opg = new Label();
    private final Label decoy = new Label();
    private final Label bound = new Label();
    private final Label osteoclasts = new Label();
    private final Label fusions = new Label();
    private final Label hormones = new Label();
    private final Label academic = new Label(Messages.get("animation.switch.academic"));
    private final Label info = new Label(Messages.get("animation.info.hint"));
    private final LevelsViewModel levels;
    private final HormoneControls controls;
    private final ChangeListener<Snapshot> onSnapshot = (o, a, s) -> gate().frame(s);
    private final RenderGate gate;
    private final ChangeListener<Depth> onDepth;

    public SwitchScreen(AppContext context) {
        this.context = context;
        this.vm = new SwitchViewModel(context);
        this.field = vm.field();
        this.gate = new RenderGate(context::getSnapshot, this::render);
        this.onDepth = (o, a, d) -> render(context.getSnapshot());
        root.setId("switch-view");
        root.getStyleClass().add("animation-screen");
        root.getStylesheets().add(AnimationStyles.stylesheet());

        Label title = new Label(Messages.get("animation.switch.title"));
        title.getStyleClass().add("animation-title");
        Label lead = new Label(Messages.get("animation.switch.lead"));
        lead.getStyleClass().add("animation-lead");
        lead.setWrapText(true);
        litNote.setId("switch-lit");
        lit = org.bonebalance.ui.animation.LitParts.follow(context.litProperty(), root, litNote);
        root.setTop(new VBox(2, title, lead, litNote));

        root.setCenter(AnimationStyles.stageColumn(view.root(), info, "switch-info", legend().root()));

        readout.setId("switch-readout");
        readout.getStyleClass().add("switch-readout");
        readout.setWrapText(true);
        readout.setMaxWidth(Double.MAX_VALUE);
        drive.setId("switch-drive");
        rankl.setId("switch-count-rankl");
        opg.setId("switch-count-opg");
        decoy.setId("switch-count-decoy");
        bound.setId("switch-count-bound");
        osteoclasts.setId("switch-count-osteoclasts");
        fusions.setId("switch-fusions");
        hormones.setId("switch-hormones");
        academic.setId("switch-academic");
        Label scale = new Label(Messages.get("animation.switch.scale", SwitchCounts.RANKL_AT_REFERENCE,
                SwitchCounts.OPG_AT_REFERENCE, SwitchCounts.DECOY_AT_REFERENCE, SwitchCounts.RANKL_RANK_AT_REFERENCE,
                SwitchCounts.OSTEOCLASTS_AT_REFERENCE, SwitchCounts.MAX_RANKL, SwitchCounts.MAX_OPG));
        scale.setId("switch-scale");
        scale.getStyleClass().add("animation-note");
        academic.getStyleClass().add("animation-note");
        VBox side = new VBox(8, readout, drive, rankl, opg, decoy, bound, osteoclasts, fusions, hormones, academic, scale);
        AnimationStyles.wrapLabels(side);
        root.setRight(AnimationStyles.sidePanel(side));

        levels = new LevelsViewModel(context);
        controls = new HormoneControls(levels, "switch");
        root.setBottom(controls.root());

        readout.textProperty().bind(vm.stateTextProperty());
        vm.stateProperty().subscribe(now -> {
            for (SwitchState st : SwitchState.values()) {
                readout.pseudoClassStateChanged(PseudoClass.getPseudoClass(st.id()), st == now);
            }
        });
        drive.textProperty().bind(vm.driveProperty());
        rankl.textProperty().bind(vm.ranklProperty());
        opg.textProperty().bind(vm.opgProperty());
        decoy.textProperty().bind(vm.decoyProperty());
        bound.textProperty().bind(vm.boundProperty());
        osteoclasts.textProperty().bind(vm.osteoclastsProperty());
        fusions.textProperty().bind(vm.fusionsProperty());
        hormones.textProperty().bind(vm.hormonesProperty());
        academic.visibleProperty().bind(vm.academicProperty());
        academic.managedProperty().bind(vm.academicProperty());
        render(context.getSnapshot());
        context.snapshotProperty().addListener(onSnapshot);
        context.depthProperty().addListener(onDepth);
    }

    private Legend legend() {
        Line tether = new Line(0, 0, 0, 22);
        tether.getStyleClass().add("switch-tether");
        return new Legend()
                .rowKey(CellShapes.osteoblast(30, 22), "animation.switch.legend.osteoblast")
                .rowKey(CellShapes.rankl(14), "animation.switch.legend.rankl")
                .rowKey(CellShapes.precursor(12), "animation.switch.legend.precursor")
                .rowKey(CellShapes.rank(14), "animation.switch.legend.rank")
                .rowKey(tether, "animation.switch.legend.bound")
                .rowKey(CellShapes.opg(10), "animation.switch.legend.opg")
                .rowKey(CellShapes.osteoclast(60, 30, 3), "animation.switch.legend.osteoclast")
                .rowKey(CellShapes.cytokine(9), "animation.switch.legend.cytokine");
    }

    private void showInfo(String text) { info.setText(text); }

    private RenderGate gate() { return gate; }

    @Override
    public void setShowing(boolean showing) {
        vm.setShowing(showing);
        gate.setShowing(showing);
    }

    private void render(Snapshot s) {
        view.update(field, vm.counts(), vm.academicProperty().get());
    }

    /** The moving parts (for tests). */
    public SwitchField field() { return field; }

    /** The counts on screen now (for tests). */
    public SwitchCounts counts() { return vm.counts(); }

    /** The words on this screen (for tests). */
    public SwitchViewModel viewModel() { return vm; }

    public HormoneControls controls() { return controls; }

    @Override public String id() { return "switch"; }

    @Override public String titleKey() { return "screen.switch"; }

    @Override public Node root() { return root; }

    @Override
    public void dispose() {
        lit.unsubscribe();
        context.snapshotProperty().removeListener(onSnapshot);
        context.depthProperty().removeListener(onDepth);
        vm.dispose();
        controls.dispose();
        levels.dispose();
    }
}
