package org.bonebalance.ui;

/** Colour themes; each is a CSS file of looked-up colours under css/. */
public enum Theme {
    LIGHT("light"), DARK("dark"), PROJECTOR("projector");

    private final String id;

    Theme(String id) { this.id = id; }

    public String id() { return id; }

    public String stylesheet() {
        return Theme.class.getResource("/org/bonebalance/css/theme-" + id + ".css").toExternalForm();
    }

    public static Theme fromId(String id) {
        for (Theme t : values()) if (t.id.equalsIgnoreCase(id)) return t;
        throw new IllegalArgumentException("unknown theme " + id);
    }
}
