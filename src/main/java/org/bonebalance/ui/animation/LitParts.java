package org.bonebalance.ui.animation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.why.Quantity;
import org.bonebalance.ui.AppContext;

/**
 * The cells and molecules of the Why? chain, lit on an animation screen: each link that is a kind of cell or
 * molecule outlines that kind (style class {@code lit-<kind>} on the screen's root; css/animation.css), and a
 * note says what is lit and why.
 */
public final class LitParts {
    /** The kinds of cell or molecule (the {@link CellShapes} style classes) each link of a chain stands for. */
    static final Map<Quantity, List<String>> KINDS = Map.of(
            Quantity.OSTEOCLASTS, List.of("osteoclast"),
            Quantity.OSTEOBLASTS, List.of("osteoblast"),
            Quantity.OSTEOBLAST_PRECURSORS, List.of("precursor"),
            Quantity.RANKL, List.of("rankl"),
            Quantity.OPG, List.of("opg"),
            Quantity.RANKL_OPG, List.of("rankl", "opg"),
            Quantity.RANKL_RANK, List.of("rankl", "rank"));
    /** Every kind that can be lit. */
    static final Set<String> ALL = Set.of("osteoclast", "osteoblast", "precursor", "rankl", "opg", "rank");

    private LitParts() {}

    /** The kinds a chain's links light, sorted. */
    public static Set<String> kinds(Set<Quantity> chain) {
        Set<String> out = new TreeSet<>();
        for (Quantity q : chain) out.addAll(KINDS.getOrDefault(q, List.of()));
        return out;
    }

    /** Lights on {@code root} what {@code lit} names, and shows {@code note} while anything is lit. */
    public static Subscription follow(ObservableValue<AppContext.Lit> lit, Region root, Label note) {
        note.getStyleClass().add("animation-lit-note");
        note.setWrapText(true);
        return lit.subscribe(l -> {
            Set<String> on = l == null ? Set.of() : kinds(l.parts());
            for (String k : ALL) {
                String c = "lit-" + k;
                boolean has = root.getStyleClass().contains(c);
                if (on.contains(k) && !has) root.getStyleClass().add(c);
                if (!on.contains(k) && has) root.getStyleClass().remove(c);
            }
            boolean show = !on.isEmpty();
            note.setText(show ? Messages.get("animation.lit", l.reading()) : "");
            note.setVisible(show);
            note.setManaged(show);
        });
    }
}
