package org.bonebalance.content;

/** How deep every explanation goes; one switch sets it for the whole app. */
public enum Depth {
    FUNDAMENTALS("fundamentals"), INTERMEDIATE("intermediate"), ACADEMIC("academic");

    private final String id;

    Depth(String id) { this.id = id; }

    public String id() { return id; }

    public String nameKey() { return "depth." + id; }

    public static Depth fromId(String id) {
        for (Depth d : values()) if (d.id.equalsIgnoreCase(id)) return d;
        throw new IllegalArgumentException("unknown depth '" + id + "'");
    }
}
