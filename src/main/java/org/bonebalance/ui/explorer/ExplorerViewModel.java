package org.bonebalance.ui.explorer;

import java.util.List;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.app.AppModel;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.hormones.HormoneScale;

/**
 * The explorer's view model (MVVM): the only part of the explorer that talks to the {@link AppContext}.
 * Holds the slider levels, the chosen preset and reference profile, the gauge readings, the status line and
 * the "if levels are held" projection. Works without a JavaFX toolkit (plain JUnit).
 * <p>Input: {@link #setLevel} (a slider), {@link #choosePreset} (glides to the preset, advanced by
 * {@link #onFrame} from the one clock). Output: read-only properties, refreshed on every snapshot.
 */
public final class ExplorerViewModel {
    /** Width of the timeline window, years. */
    public static final double SPAN_YEARS = 30;
    /** The window turns a page when "now" passes this share of it... */
    public static final double PAGE_AT = 0.9;
    /** ...and moves on by this many years (so the axes stay still most of the time, like a chart recorder). */
    public static final double PAGE_YEARS = 15;
    /** Extra years projected beyond the window so that playing does not recompute every frame. */
    public static final double PROJECTION_SLACK_YEARS = 10;
    public static final int PROJECTION_EVERY_DAYS = 30;
    /** The status line's own projection while the timeline's is not made: the coming year and some slack. */
    static final double NEAR_TERM_YEARS = 2;
    /** Left and Right on the focused timeline move the moment shown by this many years... */
    public static final double SCRUB_STEP_YEARS = 1;
    /** ...and by this many with Shift (a month). */
    public static final double SCRUB_FINE_STEP_YEARS = 1.0 / 12;

    private final AppContext context;
    private final ReadOnlyObjectWrapper<HormoneLevels> levels = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ReferenceProfile> profile = new SimpleObjectProperty<>(ReferenceProfile.PREMENOPAUSAL_WOMAN);
    private final ReadOnlyStringWrapper presetDescription = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<GaugeReadings> readings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /**
     * Made when first read after the levels changed or "now" left it (the timeline reads it as it lays out,
     * so at most once a frame), not on every slider event: a drag sends several events a frame, and a
     * 40-year projection is the costliest thing the explorer computes.
     */
    private final ObjectBinding<Projection> projection = new ObjectBinding<>() {
        @Override
        protected Projection computeValue() {
            projectionsComputed++;
            double age = context.simulation().ageYears();
            return project(age, windowEnd(windowAge(age)) - age + PROJECTION_SLACK_YEARS);
        }
    };
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final Subscription subscriptions;
    private PresetTween tween;
    private double lastElapsedDays = -1;
    private int projectionsComputed;
    private Projection nearTerm;
    private String statusKey = "";

    public ExplorerViewModel(AppContext context) {
        this.context = context;
        levels.set(context.levels());
        Preset match = matching(context.levels());
        if (context.options().preset().isPresent()) {
            Preset asked = Preset.fromId(context.options().preset().get());
            // presets can share levels (surgical and 10 years after): the one asked for wins
            if (asked.levels().equals(context.levels())) match = asked;
            // with a level overridden, keep the preset's profile for the shaded ranges
            profile.set(ReferenceProfile.of(asked));
        }
        selectPreset(match);
        if (match != null) profile.set(ReferenceProfile.of(match));
        onSnapshot(context.getSnapshot());
        subscriptions = context.snapshotProperty().subscribe(this::onSnapshot)
                .and(context.onFrame(this::onFrame))
                .and(context.onReset(this::afterResetAll))
                .and(context.scrubProperty().subscribe(sc -> {
                    // another moment or another choice of levels: the dashed curve is Play's from there
                    if (projection.isValid()) projection.invalidate();
                    nearTerm = null;
                }));
    }

    // ---- going back in time (the timeline) ----

    /** The past moment on show, or null while live. */
    public ReadOnlyObjectProperty<AppModel.Scrub> scrubProperty() { return context.scrubProperty(); }

    /** The age the timeline's window follows: now, also while a past moment is on show (the axes stay put). */
    public double windowAge(double shownAge) {
        AppModel.Scrub sc = context.scrubProperty().get();
        return sc == null ? shownAge : Math.max(shownAge, sc.liveAge());
    }

    /** Shows the moment at an age (clamped to the start and to now; now is live again). */
    public void scrubToAge(double age) { context.scrubToAge(age); }

    /** Moves the moment shown by years (negative: back). From now, forward does nothing. */
    public void scrubBy(double years) {
        if (years > 0 && context.scrubProperty().get() == null) return;
        context.scrubToAge(context.getSnapshot().ageYears() + years);
    }

    /** The start of the run. */
    public void scrubToStart() { context.scrubToAge(context.simulation().startAge()); }

    public void backToNow() { context.backToNow(); }

    private static Preset matching(HormoneLevels l) {
        for (Preset p : Preset.values()) if (p.levels().equals(l)) return p;
        return null;
    }

    // ---- input ----

    /** A slider moved: the model gets the new level at once (the gauges follow in the same frame). */
    public void setLevel(HormoneScale h, double value) {
        double v = h.clamp(value);
        HormoneLevels current = levels.get();
        if (tween == null && Math.abs(h.get(current) - v) < 1e-9) return;
        tween = null;
        HormoneLevels next = h.with(current, v);
        levels.set(next);
        selectPreset(matching(next));
        context.setLevels(next);
    }

    /** One click on a preset: the sliders glide there over {@link PresetTween#DURATION_SECONDS}. */
    public void choosePreset(Preset p) {
        selectPreset(p);
        profile.set(ReferenceProfile.of(p));
        if (p.levels().equals(levels.get())) {
            tween = null;
            return;
        }
        tween = new PresetTween(levels.get(), p.levels());
    }

    /** Frame time from the one clock: advances the preset glide (also while paused). */
    public void onFrame(double dtSeconds) {
        if (tween == null) return;
        HormoneLevels now = tween.advance(dtSeconds);
        boolean done = tween.done();
        if (done) tween = null;
        levels.set(now);
        context.setLevels(now);
    }

    public boolean gliding() { return tween != null; }

    private void selectPreset(Preset p) {
        statusKey = ""; // the language or levels may have changed
        preset.set(p);
        presetDescription.set(p == null ? Messages.get("explorer.preset.custom") : Messages.get(p.descriptionKey()));
    }

    private void afterResetAll() {
        tween = null;
        HormoneLevels l = context.levels();
        levels.set(l);
        Preset p = matching(l);
        selectPreset(p);
        if (p != null) profile.set(ReferenceProfile.of(p));
        onSnapshot(context.getSnapshot());
    }

    // ---- output ----

    private void onSnapshot(Snapshot s) {
        if (s == null) return;
        adoptOutsideLevels(s.readout().levels());
        boolean reset = s.elapsedDays() < lastElapsedDays;
        lastElapsedDays = s.elapsedDays();
        if (projection.isValid() && (reset || !holds(projection.get(), s, windowEnd(s.ageYears())))) projection.invalidate();
        // the status line quotes the coming year: the projection if it holds, else a two-year one kept under
        // the same rules (the same numbers: the same daily steps and samples, stopped sooner)
        Projection p;
        if (projection.isValid()) {
            p = projection.get();
        } else {
            if (nearTerm == null || reset || !holds(nearTerm, s, s.ageYears() + 1 + 2.0 * PROJECTION_EVERY_DAYS / 365.25)) {
                nearTerm = project(s.ageYears(), NEAR_TERM_YEARS);
            }
            p = nearTerm;
        }
        GaugeReadings g = GaugeReadings.of(s.readout());
        if (!g.equals(readings.get())) readings.set(g);
        // the sentence is rebuilt only when the numbers it quotes (one decimal) or its choices change
        double pct = p.pctPerYearAt(s.ageYears());
        String key = Math.round(s.readout().ranklRel() * 10) + "|" + Math.round(pct * 10) + "|"
                + s.readout().levels().estradiolPgPerMl() + "|" + s.readout().levels().testosteroneNgPerDl();
        if (!key.equals(statusKey)) {
            statusKey = key;
            status.set(StatusLine.text(StatusLine.describe(s.readout(), pct)));
        }
        snapshot.set(s);
    }

    /**
     * Levels set elsewhere (a lesson step, another screen's sliders) move these sliders too, and the preset
     * they match is selected; a running glide owns the levels until it ends.
     */
    private void adoptOutsideLevels(HormoneLevels modelLevels) {
        if (tween != null || modelLevels.equals(levels.get())) return;
        levels.set(modelLevels);
        Preset p = matching(modelLevels);
        selectPreset(p);
        if (p != null) profile.set(ReferenceProfile.of(p));
    }

    /** Left edge of the timeline for a given "now": the start age, then moved on a page at a time. */
    public double windowStart(double nowAge) {
        double start = context.simulation().startAge();
        double pages = Math.max(0, Math.ceil((nowAge - start - PAGE_AT * SPAN_YEARS) / PAGE_YEARS));
        return start + pages * PAGE_YEARS;
    }

    public double windowEnd(double nowAge) { return windowStart(nowAge) + SPAN_YEARS; }

    public ReadOnlyObjectProperty<HormoneLevels> levelsProperty() { return levels.getReadOnlyProperty(); }

    public HormoneLevels getLevels() { return levels.get(); }

    /** The preset the levels match, or null for custom levels. */
    public ReadOnlyObjectProperty<Preset> presetProperty() { return preset.getReadOnlyProperty(); }

    /** Whose reference ranges the sliders shade; presets set it, the user may change it. */
    public ObjectProperty<ReferenceProfile> profileProperty() { return profile; }

    public ReadOnlyStringProperty presetDescriptionProperty() { return presetDescription.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<GaugeReadings> readingsProperty() { return readings.getReadOnlyProperty(); }

    public GaugeReadings getReadings() { return readings.get(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** The "if today's levels are held" projection from now; computed when read (see {@link #projection}). */
    public ObservableObjectValue<Projection> projectionProperty() { return projection; }

    /** A projection still holds for this snapshot: same levels, made before now, and reaching {@code until}. */
    private boolean holds(Projection p, Snapshot s, double until) {
        return p.levels().equals(heldLevels()) && p.fromAge() <= s.ageYears() && p.endAge() >= until;
    }

    /** The levels the dashed curve holds: those in force, or at a past moment those Play would use from there. */
    private HormoneLevels heldLevels() {
        AppModel.Scrub sc = context.scrubProperty().get();
        return sc == null ? context.simulation().levels() : sc.levelsForPlay();
    }

    /** Projects the model's present state with the held levels, sampled for the timeline. */
    private Projection project(double age, double years) {
        HormoneLevels held = heldLevels();
        return new Projection(held, age, context.simulation().projectHeld(years, PROJECTION_EVERY_DAYS, held));
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }

    /** How many projections were computed (a cost the perf note reports). */
    public int projectionsComputed() { return projectionsComputed; }

    public static List<String> presetKeys() {
        return java.util.Arrays.stream(Preset.values()).flatMap(p -> java.util.stream.Stream.of(p.nameKey(), p.descriptionKey())).toList();
    }

    public void dispose() { subscriptions.unsubscribe(); }
}
