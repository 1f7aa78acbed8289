package org.bonebalance.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The theme's looked-up colours ({@code -bb-*} in css/theme-*.css) as {@link Color}s, for what CSS cannot
 * style directly (Canvas drawing, TilesFX tile properties). Read from the theme's stylesheet itself, so the
 * CSS file stays the one source of colour, Java holds no colour literals, and tiles can be built with their
 * final colours before any CSS pass (a colour set later redraws a tile once per property).
 */
public final class ThemePalette {
    /** The looked-up colour names of docs/architecture.md, without the "-bb-" prefix. */
    public static final List<String> NAMES = List.of("bg", "surface", "text", "muted", "accent", "osteoclast",
            "osteoblast", "rankl", "opg", "rank", "bone", "bone-edge", "osteoid", "good", "warn", "bad",
            "band-normal", "band-low", "band-osteo", "grid");

    private static final Pattern DECLARATION = Pattern.compile("-bb-([a-z-]+)\\s*:\\s*([^;]+);");
    private static final Map<Theme, Map<String, Color>> LOADED = new HashMap<>();

    private Theme theme;
    private Map<String, Color> colors;

    public ThemePalette(Theme theme) {
        setTheme(theme);
    }

    public Theme theme() { return theme; }

    public void setTheme(Theme t) {
        theme = t;
        colors = LOADED.computeIfAbsent(t, ThemePalette::load);
    }

    /** The colour named (e.g. "text", "band-low"). */
    public Color color(String name) {
        Color c = colors.get(name);
        if (c == null) throw new IllegalArgumentException("theme " + theme.id() + " has no looked-up colour -bb-" + name);
        return c;
    }

    private static Map<String, Color> load(Theme t) {
        String path = "/org/bonebalance/css/theme-" + t.id() + ".css";
        try (InputStream in = ThemePalette.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing " + path);
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Color> map = new HashMap<>();
            Matcher m = DECLARATION.matcher(css);
            while (m.find()) {
                try {
                    map.put(m.group(1), Color.web(m.group(2).trim()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(path + ": -bb-" + m.group(1) + " is not a colour: " + m.group(2), e);
                }
            }
            for (String n : NAMES) {
                if (!map.containsKey(n)) throw new IllegalStateException(path + " lacks -bb-" + n);
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
