package org.bonebalance.ui.hormones;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;

/**
 * A compact bar under each animation with the three hormone sliders, so a presenter can change the levels
 * without leaving the view (play, step and speed are in the shell's toolbar). The sliders are the explorer's
 * ({@link HormoneSlider}: the same scales, steps and spoken values); input goes only through the view model,
 * and the sliders follow the levels when they are changed elsewhere. Node ids: {@code <prefix>-slider-e2},
 * {@code <prefix>-slider-p4}, {@code <prefix>-slider-t}.
 */
public final class HormoneControls {
    private final FlowPane root = new FlowPane(18, 8);
    private final java.util.Map<HormoneScale, HormoneSlider> sliders = new java.util.EnumMap<>(HormoneScale.class);
    private Subscription subscriptions = Subscription.EMPTY;
    private boolean syncing;

    public HormoneControls(HormoneInput vm, String prefix) {
        root.getStyleClass().add("animation-controls");
        for (HormoneScale h : HormoneScale.values()) {
            HormoneSlider s = new HormoneSlider(h);
            s.setId(prefix + "-slider-" + h.id());
            s.setPrefWidth(230);
            s.getStyleClass().add("animation-slider");
            sliders.put(h, s);
            Label l = new Label();
            l.textProperty().bind(s.valueProperty().map(v -> Messages.get("animation.slider." + h.id(), h.formatNumber(s.level()))));
            l.setLabelFor(s);
            l.getStyleClass().add("animation-slider-label");
            VBox box = new VBox(2, l, s);
            box.getStyleClass().add("animation-slider-box");
            root.getChildren().add(box);
            // each slider changes only its own hormone: the others keep their exact values
            s.valueProperty().addListener((o, a, v) -> { if (!syncing) vm.setLevel(h, s.level()); });
        }
        subscriptions = vm.levelsProperty().subscribe(this::show);
    }

    private void show(HormoneLevels l) {
        if (l == null) return;
        syncing = true;
        try {
            for (var e : sliders.entrySet()) {
                HormoneSlider s = e.getValue();
                double p = e.getKey().toPosition(e.getKey().clamp(e.getKey().get(l)));
                if (Math.abs(s.getValue() - p) > 1e-9) s.setValue(p);
            }
        } finally {
            syncing = false;
        }
    }

    /** The slider for one hormone (tests move it by its level). */
    public HormoneSlider slider(HormoneScale h) { return sliders.get(h); }

    public FlowPane root() { return root; }

    public void dispose() { subscriptions.unsubscribe(); }
}
