package org.bonebalance.ui.animation;

import java.util.function.DoubleFunction;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.bonebalance.content.Messages;
import org.bonebalance.ui.explorer.HormoneScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.ui.AppContext;

/**
 * A compact bar under each animation with the three hormone sliders, so a presenter can change the levels
 * without leaving the view (play, step and speed are in the shell's toolbar). Input goes only through {@link AppContext} setters; the
 * sliders follow the snapshot when the levels are changed elsewhere (e.g. in the explorer).
 * Node ids: {@code <prefix>-slider-e2},
 * {@code <prefix>-slider-p4}, {@code <prefix>-slider-t}.
 */
public final class HormoneControls {
    /** The explorer's ranges ({@link HormoneScale}), so no level set there is clipped here. */
    public static final double MAX_E2 = HormoneScale.ESTRADIOL.max(), MAX_P4 = HormoneScale.PROGESTERONE.max(),
            MAX_T = HormoneScale.TESTOSTERONE.max();

    private final AppContext context;
    private final FlowPane root = new FlowPane(18, 8);
    private final Slider e2 = slider(MAX_E2, 25);
    private final Slider p4 = slider(MAX_P4, 5);
    private final Slider t = slider(MAX_T, 100);
    private final ChangeListener<Snapshot> follow = (o, a, s) -> sync(s);
    private boolean syncing;

    public HormoneControls(AppContext context, String prefix) {
        this.context = context;
        root.getStyleClass().add("animation-controls");
        e2.setId(prefix + "-slider-e2");
        p4.setId(prefix + "-slider-p4");
        t.setId(prefix + "-slider-t");
        root.getChildren().addAll(
                labelled(e2, v -> Messages.get("animation.slider.e2", Messages.number(v, 0))),
                labelled(p4, v -> Messages.get("animation.slider.p4", Messages.number(v, 1))),
                labelled(t, v -> Messages.get("animation.slider.t", Messages.number(v, 0))));
        // each slider changes only its own hormone: the others keep their exact values
        e2.valueProperty().addListener((o, a, v) -> push(l -> l.withEstradiol(v.doubleValue())));
        p4.valueProperty().addListener((o, a, v) -> push(l -> l.withProgesterone(v.doubleValue())));
        t.valueProperty().addListener((o, a, v) -> push(l -> l.withTestosterone(v.doubleValue())));
        sync(context.getSnapshot());
        context.snapshotProperty().addListener(follow);
    }

    private static Slider slider(double max, double major) {
        Slider s = new Slider(0, max, 0);
        s.setMajorTickUnit(major);
        s.setBlockIncrement(max / 40);
        s.setPrefWidth(230);
        s.getStyleClass().add("animation-slider");
        return s;
    }

    private VBox labelled(Slider s, DoubleFunction<String> text) {
        Label l = new Label();
        l.textProperty().bind(s.valueProperty().map(v -> text.apply(v.doubleValue())));
        l.setLabelFor(s);
        l.getStyleClass().add("animation-slider-label");
        s.accessibleTextProperty().bind(l.textProperty());
        VBox box = new VBox(2, l, s);
        box.getStyleClass().add("animation-slider-box");
        return box;
    }

    private void push(java.util.function.UnaryOperator<HormoneLevels> change) {
        if (syncing) return;
        context.setLevels(change.apply(context.levels()));
    }

    private void sync(Snapshot s) {
        syncing = true;
        try {
            HormoneLevels l = s.readout().levels();
            setIfDifferent(e2, Math.min(l.estradiolPgPerMl(), MAX_E2));
            setIfDifferent(p4, Math.min(l.progesteroneNgPerMl(), MAX_P4));
            setIfDifferent(t, Math.min(l.testosteroneNgPerDl(), MAX_T));
        } finally {
            syncing = false;
        }
    }

    private static void setIfDifferent(Slider s, double v) {
        if (Math.abs(s.getValue() - v) > 1e-9) s.setValue(v);
    }

    public FlowPane root() { return root; }

    public void dispose() {
        context.snapshotProperty().removeListener(follow);
    }
}
