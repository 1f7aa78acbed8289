package org.bonebalance.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's looked-up colours as {@link Color}s, for what CSS cannot style directly (Canvas drawing,
 * TilesFX tile properties). Each colour is read from a hidden swatch whose background is the looked-up
 * colour, so Java holds no colour literals and a theme switch re-reads them. Put {@link #node()} in the scene.
 */
public final class ThemePalette {
    /** The looked-up colour names of docs/architecture.md, without the "-bb-" prefix. */
    public static final List<String> NAMES = List.of("bg", "surface", "text", "muted", "accent", "osteoclast",
            "osteoblast", "rankl", "opg", "rank", "bone", "bone-edge", "osteoid", "good", "warn", "bad",
            "band-normal", "band-low", "band-osteo", "grid");

    private final Pane host = new Pane();
    private final Map<String, Region> swatches = new LinkedHashMap<>();
    private final Map<String, Color> cache = new java.util.HashMap<>();

    public ThemePalette() {
        for (String name : NAMES) {
            Region r = new Region();
            r.setStyle("-fx-background-color: -bb-" + name + ";");
            swatches.put(name, r);
            host.getChildren().add(r);
        }
        host.setManaged(false);
        host.setVisible(false);
        host.setMouseTransparent(true);
        host.getStyleClass().add("theme-palette");
    }

    /** The hidden swatches; must be in the scene for colours to resolve. */
    public Node node() { return host; }

    /** Forget the colours read so far (after a theme switch). */
    public void refresh() { cache.clear(); }

    /**
     * The colour named (e.g. "text", "band-low"); transparent until the node is in a styled scene. Cached:
     * reading it applies CSS, which is too slow to do every frame.
     */
    public Color color(String name) {
        Color c = cache.get(name);
        if (c == null) {
            if (!swatches.containsKey(name)) throw new IllegalArgumentException("no looked-up colour -bb-" + name);
            host.applyCss(); // one CSS pass for all swatches, then read them all
            for (Map.Entry<String, Region> e : swatches.entrySet()) {
                Color read = read(e.getValue());
                if (!read.equals(Color.TRANSPARENT)) cache.put(e.getKey(), read);
            }
            c = cache.getOrDefault(name, Color.TRANSPARENT);
        }
        return c;
    }

    private static Color read(Region r) {
        Background b = r.getBackground();
        if (b != null && !b.getFills().isEmpty()) {
            Paint p = b.getFills().get(0).getFill();
            if (p instanceof Color c) return c;
        }
        return Color.TRANSPARENT;
    }

    /** The colour with the given opacity. */
    public Color color(String name, double opacity) {
        Color c = color(name);
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
