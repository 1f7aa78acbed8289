package org.bonebalance.ui.hormones;

import java.util.List;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;

/**
 * How each hormone slider maps levels to positions: estradiol on a log scale (1–400 pg/mL), progesterone
 * (0–25 ng/mL) and testosterone (0–1000 ng/dL) linear. Positions are what the Slider holds; values are
 * serum levels in the units of {@link HormoneLevels}. Steps: arrows move one small step, Page Up/Down ten.
 */
public enum HormoneScale {
    ESTRADIOL("e2", 1, 400, true, 0.02, 0.2, List.of(
            new Tick(5, "explorer.tick.postmenopausal"), new Tick(25, "explorer.tick.man"),
            new Tick(40, "explorer.tick.therapy"), new Tick(100, "explorer.tick.premenopausal"))),
    PROGESTERONE("p4", 0, 25, false, 0.1, 1, List.of(
            new Tick(0.3, "explorer.tick.postmenopausal"), new Tick(5, "explorer.tick.premenopausalTherapy"),
            new Tick(15, "explorer.tick.luteal"))),
    TESTOSTERONE("t", 0, 1000, false, 5, 50, List.of(
            new Tick(30, "explorer.tick.woman"), new Tick(250, "explorer.tick.lowMan"),
            new Tick(550, "explorer.tick.man")));

    /** A meaningful level marked under the slider. */
    public record Tick(double value, String labelKey) {}

    private final String id;
    private final double min;
    private final double max;
    private final boolean log;
    private final double arrowStep;
    private final double pageStep;
    private final List<Tick> ticks;

    HormoneScale(String id, double min, double max, boolean log, double arrowStep, double pageStep, List<Tick> ticks) {
        this.id = id;
        this.min = min;
        this.max = max;
        this.log = log;
        this.arrowStep = arrowStep;
        this.pageStep = pageStep;
        this.ticks = ticks;
    }

    /** e2, p4, t: used in node ids (#slider-e2) and bundle keys. */
    public String id() { return id; }

    public double min() { return min; }

    public double max() { return max; }

    public boolean logarithmic() { return log; }

    public List<Tick> ticks() { return ticks; }

    public double positionMin() { return toPosition(min); }

    public double positionMax() { return toPosition(max); }

    /** Slider step for an arrow key, in position units. */
    public double arrowStep() { return arrowStep; }

    /** Slider step for Page Up/Down, in position units. */
    public double pageStep() { return pageStep; }

    public double clamp(double value) { return Math.max(min, Math.min(max, value)); }

    public double toPosition(double value) {
        double v = clamp(value);
        return log ? Math.log10(v) : v;
    }

    public double fromPosition(double position) {
        return clamp(log ? Math.pow(10, position) : position);
    }

    /** Where a value sits along the track, 0 (left) to 1 (right). */
    public double fraction(double value) {
        return (toPosition(value) - positionMin()) / (positionMax() - positionMin());
    }

    public double get(HormoneLevels l) {
        return switch (this) {
            case ESTRADIOL -> l.estradiolPgPerMl();
            case PROGESTERONE -> l.progesteroneNgPerMl();
            case TESTOSTERONE -> l.testosteroneNgPerDl();
        };
    }

    public HormoneLevels with(HormoneLevels l, double value) {
        return switch (this) {
            case ESTRADIOL -> l.withEstradiol(value);
            case PROGESTERONE -> l.withProgesterone(value);
            case TESTOSTERONE -> l.withTestosterone(value);
        };
    }

    /** Rounds a level to what the slider shows (two significant figures at least, no false precision). */
    public int decimals(double value) {
        if (value < 1) return 2;
        if (value < 10) return 1;
        return 0;
    }

    /** The level as shown: number only, locale-formatted. */
    public String formatNumber(double value) {
        return Messages.number(value, decimals(value));
    }

    public String nameKey() { return "explorer.slider." + id + ".name"; }

    public String unitKey() { return "explorer.slider." + id + ".unit"; }

    /** The spoken unit for screen readers ("picograms per millilitre"). */
    public String unitSpokenKey() { return "explorer.slider." + id + ".unitSpoken"; }
}
