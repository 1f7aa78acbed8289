package org.bonebalance.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.AppOptions;
import org.bonebalance.ui.hormones.HormoneScale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The explorer's view models without a JavaFX toolkit: plain JUnit. */
class ExplorerViewModelTest {
    private AppContext context;
    private ExplorerViewModel vm;

    @BeforeAll
    static void english() { Messages.setLocale(Locale.ENGLISH); }

    @BeforeEach
    void setUp() {
        context = new AppContext(new Simulation(), AppOptions.none());
        vm = new ExplorerViewModel(context);
    }

    @Test
    void aDragComputesNoProjectionUntilItIsDrawnAndTheStatusQuotesTheSameYear() {
        int before = vm.projectionsComputed();
        for (double e : new double[] {80, 60, 40, 20, 10}) vm.setLevel(HormoneScale.ESTRADIOL, e); // one frame's events
        assertEquals(before, vm.projectionsComputed(), "slider events alone compute no 40-year projection");
        String status = vm.statusProperty().get();
        Projection p = vm.projectionProperty().get(); // the timeline reads it as it lays out
        assertEquals(before + 1, vm.projectionsComputed());
        assertEquals(10, p.levels().estradiolPgPerMl(), 1e-9, "made for the levels the drag ended on");
        vm.projectionProperty().get();
        assertEquals(before + 1, vm.projectionsComputed(), "read twice, made once");
        // the status line quoted the coming year from a short projection; the long one gives the same words
        Snapshot s = context.getSnapshot();
        assertEquals(StatusLine.text(StatusLine.describe(s.readout(), p.pctPerYearAt(s.ageYears()))), status);
        assertTrue(p.pctPerYearAt(s.ageYears()) < -0.5, "low estradiol: bone is being lost");
    }

    @Test
    void startsAtThePremenopausalPresetInBalance() {
        assertEquals(Preset.PREMENOPAUSAL, vm.presetProperty().get());
        assertEquals(Messages.get("preset.premenopausal.description"), vm.presetDescriptionProperty().get());
        GaugeReadings g = vm.getReadings();
        assertEquals(1.0, g.osteoclastRel(), 1e-6);
        assertEquals(100.0, g.balancePct(), 0.01);
        assertFalse(g.resorptionOn());
        assertTrue(vm.statusProperty().get().contains("OPG keeps RANKL"), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().contains("holds steady"), vm.statusProperty().get());
    }

    @Test
    void aManIsNotToldHeLacksEstrogen() {
        context.setLevels(Preset.YOUNG_MAN.levels());
        assertFalse(vm.statusProperty().get().contains("Without enough estrogen"), vm.statusProperty().get());
        assertTrue(vm.statusProperty().get().contains("Testosterone"), vm.statusProperty().get());
        context.setLevels(Preset.POSTMENOPAUSE_10Y.levels());
        assertTrue(vm.statusProperty().get().startsWith("Without enough estrogen"), vm.statusProperty().get());
    }

    @Test
    void levelsSetElsewhereMoveTheSlidersAndSelectTheirPreset() {
        context.setLevels(Preset.MHT_EP.levels()); // e.g. a lesson step or another screen's sliders
        assertEquals(Preset.MHT_EP.levels(), vm.getLevels());
        assertEquals(Preset.MHT_EP, vm.presetProperty().get());
        context.setLevels(Preset.MHT_EP.levels().withTestosterone(300));
        assertEquals(300, vm.getLevels().testosteroneNgPerDl(), 1e-9);
        assertNull(vm.presetProperty().get(), "custom levels match no preset");
    }

    @Test
    void loweringEstradiolSwitchesResorptionOnAtOnceAndOsteoclastsFollowWithTime() {
        double projectedBefore = vm.projectionProperty().get().bmdAt(70);
        vm.setLevel(HormoneScale.ESTRADIOL, 5);
        GaugeReadings now = vm.getReadings();
        assertTrue(now.resorptionOn());
        assertTrue(now.ranklOpgRel() > 5, "ratio " + now.ranklOpgRel());
        assertEquals(100, now.balancePct(), 0.01, "formation and resorption follow the cells, which need time");
        assertNull(vm.presetProperty().get(), "custom levels match no preset");
        assertTrue(vm.projectionProperty().get().bmdAt(70) < projectedBefore - 0.05);
        String status = vm.statusProperty().get();
        // the fold is the model's own, written as the app writes numbers
        String fold = Messages.number(context.getSnapshot().readout().ranklRel(), 1);
        assertTrue(status.startsWith("Without enough estrogen, RANKL is " + fold + " times its usual level"), status);
        assertTrue(status.contains("falling by about"), status);

        for (int i = 0; i < 12; i++) context.stepOnce();
        assertTrue(vm.getReadings().osteoclastRel() > 1.3, "osteoclasts " + vm.getReadings().osteoclastRel());
        vm.setLevel(HormoneScale.PROGESTERONE, 0.3);
        assertTrue(vm.getReadings().balancePct() < 99, "less progesterone, less bone formed per osteoblast, at once: "
                + vm.getReadings().balancePct());
        assertTrue(vm.getReadings().bmdGPerCm2() < 1.05);
    }

    @Test
    void progesteroneRaisesTheProjectedDensityAndTestosteroneProtectsWithoutEstrogen() {
        vm.setLevel(HormoneScale.ESTRADIOL, 40);
        double base = vm.projectionProperty().get().bmdAt(70);
        vm.setLevel(HormoneScale.PROGESTERONE, 0);
        double lowP4 = vm.projectionProperty().get().bmdAt(70);
        vm.setLevel(HormoneScale.PROGESTERONE, 20);
        double highP4 = vm.projectionProperty().get().bmdAt(70);
        assertTrue(lowP4 < base && base < highP4, lowP4 + " " + base + " " + highP4);
        // without estrogen, androgens keep osteoblasts alive and slow the loss (docs/model.md §4)
        vm.setLevel(HormoneScale.ESTRADIOL, 5);
        vm.setLevel(HormoneScale.PROGESTERONE, 0.3);
        vm.setLevel(HormoneScale.TESTOSTERONE, 0);
        double lowT = vm.projectionProperty().get().bmdAt(70);
        vm.setLevel(HormoneScale.TESTOSTERONE, 800);
        double highT = vm.projectionProperty().get().bmdAt(70);
        assertTrue(lowT < highT, lowT + " " + highT);
        assertTrue(vm.statusProperty().get().contains("Testosterone"), vm.statusProperty().get());
    }

    @Test
    void aPresetGlidesThereOnFrameTimeNotAtOnce() {
        vm.choosePreset(Preset.POSTMENOPAUSE_10Y);
        assertEquals(Preset.POSTMENOPAUSE_10Y, vm.presetProperty().get());
        assertEquals(ReferenceProfile.POSTMENOPAUSAL_WOMAN, vm.profileProperty().get());
        assertEquals(HormoneLevels.PREMENOPAUSAL, vm.getLevels(), "nothing moves before a frame");
        vm.onFrame(PresetTween.DURATION_SECONDS / 2);
        double e2 = vm.getLevels().estradiolPgPerMl();
        assertTrue(e2 < 100 && e2 > 5, "half way: " + e2);
        assertEquals(vm.getLevels(), context.levels(), "the model follows the glide");
        vm.onFrame(PresetTween.DURATION_SECONDS);
        assertEquals(Preset.POSTMENOPAUSE_10Y.levels(), vm.getLevels());
        assertEquals(Preset.POSTMENOPAUSE_10Y.levels(), context.levels());
        assertFalse(vm.gliding());
        assertEquals(Messages.get("preset.postmenopause-10y.description"), vm.presetDescriptionProperty().get());
    }

    @Test
    void everyPresetArrivesAndSetsItsProfile() {
        for (Preset p : Preset.values()) {
            vm.choosePreset(p);
            vm.onFrame(1.0);
            assertEquals(p.levels(), context.levels(), p.id());
            assertEquals(ReferenceProfile.of(p), vm.profileProperty().get());
            assertTrue(Messages.has(p.nameKey()) && Messages.has(p.descriptionKey()), p.id());
        }
        assertEquals(ReferenceProfile.MAN, ReferenceProfile.of(Preset.YOUNG_MAN));
    }

    @Test
    void aSliderMoveStopsAGlide() {
        vm.choosePreset(Preset.YOUNG_MAN);
        vm.onFrame(0.1);
        vm.setLevel(HormoneScale.PROGESTERONE, 12);
        vm.onFrame(1.0);
        assertEquals(12, context.levels().progesteroneNgPerMl(), 1e-9);
        assertNotEquals(Preset.YOUNG_MAN.levels(), context.levels());
    }

    @Test
    void resetAllReturnsToTheStartingLevelsAndTimeZero() {
        vm.setLevel(HormoneScale.ESTRADIOL, 10);
        context.stepOnce();
        context.resetAll();
        assertEquals(HormoneLevels.PREMENOPAUSAL, vm.getLevels());
        assertEquals(Preset.PREMENOPAUSAL, vm.presetProperty().get());
        assertEquals(0, vm.snapshotProperty().get().elapsedDays());
        assertEquals(1.0, vm.getReadings().osteoclastRel(), 1e-9);
    }

    @Test
    void projectionCoversTheWindowAndIsNotRecomputedEveryFrame() {
        vm.setLevel(HormoneScale.ESTRADIOL, 20);
        int before = vm.projectionsComputed();
        context.play();
        for (int i = 0; i < 60; i++) context.stepOnce(); // five years
        assertEquals(before, vm.projectionsComputed(), "same levels: the projection still holds");
        Projection p = vm.projectionProperty().get();
        double now = vm.snapshotProperty().get().ageYears();
        assertTrue(p.endAge() >= vm.windowEnd(now));
        // the projection made at the start predicts where the run is now (the model is autonomous)
        assertEquals(vm.getReadings().bmdGPerCm2(), p.bmdAt(now), 0.002);
    }

    @Test
    void theTimelineWindowTurnsAPageInsteadOfScrollingEveryFrame() {
        assertEquals(50, vm.windowStart(50), 1e-12);
        assertEquals(50, vm.windowStart(76.9), 1e-12, "still on the first page");
        assertEquals(65, vm.windowStart(77.1), 1e-12, "now passed 90 %: the window moves on 15 years");
        assertEquals(95, vm.windowEnd(77.1), 1e-12);
        assertEquals(65, vm.windowStart(91.9), 1e-12);
        assertEquals(80, vm.windowStart(92.1), 1e-12);
    }

    @Test
    void timeControlsSayHowFastTimeRuns() {
        TimeControlsViewModel t = new TimeControlsViewModel(context);
        assertEquals("Paused · when playing, 1 second = 1 year", t.clockProperty().get());
        t.togglePlaying();
        assertTrue(t.playingProperty().get());
        assertEquals("Running: 1 second = 1 year", t.clockProperty().get());
        t.setSpeed(Speed.MONTH);
        assertEquals("Running: 1 second = 1 month", t.clockProperty().get());
        t.setSpeed(Speed.FIVE_YEARS);
        assertEquals("Running: 1 second = 5 years", t.clockProperty().get());
        t.togglePlaying();
        t.step();
        assertEquals("Time passed: 0 years, 1 month · age 50", t.elapsedProperty().get());
        for (int i = 0; i < 13; i++) t.step();
        assertEquals("Time passed: 1 year, 2 months · age 51", t.elapsedProperty().get());
        t.resetAll();
        assertEquals("Time passed: 0 years, 0 months · age 50", t.elapsedProperty().get());
        assertFalse(t.playingProperty().get());
    }

    @Test
    void commandLineLevelsOverrideThePreset() {
        AppContext c = new AppContext(new Simulation(), AppOptions.parse(new String[] {"--preset", "mht-ep", "--e2", "60"}));
        c.setLevels(org.bonebalance.ui.shell.BoneBalanceApp.startLevels(c.options()));
        ExplorerViewModel v = new ExplorerViewModel(c);
        assertEquals(60, v.getLevels().estradiolPgPerMl(), 1e-9);
        assertEquals(5, v.getLevels().progesteroneNgPerMl(), 1e-9);
        assertNull(v.presetProperty().get());
        assertEquals(ReferenceProfile.POSTMENOPAUSAL_WOMAN, v.profileProperty().get());

        AppContext surgical = new AppContext(new Simulation(), AppOptions.parse(new String[] {"--preset", "surgical"}));
        surgical.setLevels(org.bonebalance.ui.shell.BoneBalanceApp.startLevels(surgical.options()));
        assertEquals(Preset.SURGICAL, new ExplorerViewModel(surgical).presetProperty().get(),
                "shares its levels with 10 years after, but it is the one asked for");
    }

    @Test
    void keysBuiltFromIdsExistInBothLanguages() {
        // the bundle test counts these keys as used by their prefix; here every id has its key
        List<String> keys = new java.util.ArrayList<>(ExplorerViewModel.presetKeys());
        for (HormoneScale h : HormoneScale.values()) {
            keys.addAll(List.of(h.nameKey(), h.unitKey(), h.unitSpokenKey()));
            for (HormoneScale.Tick t : h.ticks()) keys.add(t.labelKey());
        }
        for (ReferenceProfile p : ReferenceProfile.values()) keys.add(p.nameKey());
        for (org.bonebalance.sim.Speed sp : org.bonebalance.sim.Speed.values()) {
            keys.add("explorer.speed." + sp.code());
            keys.add("explorer.clock." + sp.code());
        }
        for (Locale l : Messages.LANGUAGES) {
            Messages.setLocale(l);
            for (String k : keys) assertTrue(Messages.has(k), l + ": " + k);
        }
        Messages.setLocale(Locale.ENGLISH);
    }
}
