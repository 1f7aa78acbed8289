package org.bonebalance.ui;

/** Colour themes; each is a CSS file of looked-up colours under css/. */
public enum Theme {
    LIGHT("light", 15), DARK("dark", 15), PROJECTOR("projector", 20);

    private final String id;
    private final double baseFontPx;

    Theme(String id, double baseFontPx) {
        this.id = id;
        this.baseFontPx = baseFontPx;
    }

    public String id() { return id; }

    /** The root font size at zoom 100 %, px (matches -fx-font-size in the theme file). */
    public double baseFontPx() { return baseFontPx; }

    /** Bundle key of the theme's name in menus. */
    public String nameKey() { return "menu.view.theme." + id; }

    public String stylesheet() {
        return Theme.class.getResource("/org/bonebalance/css/theme-" + id + ".css").toExternalForm();
    }

    public static Theme fromId(String id) {
        for (Theme t : values()) if (t.id.equalsIgnoreCase(id)) return t;
        throw new IllegalArgumentException("unknown theme " + id);
    }
}
