package org.bonebalance.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Simulation;
import org.bonebalance.ui.explorer.GaugeCard;
import org.bonebalance.ui.explorer.GaugesView;
import org.bonebalance.ui.explorer.TimelineView;
import org.bonebalance.ui.shell.BoneBalanceApp;
import org.bonebalance.ui.shell.MainWindow;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What each of the six gauges shows (its dial's value, the words under it and its title) against the model's
 * own readout, worked out here by a separate {@link Simulation} run with the preset's levels for the same days.
 * No number of the calibration is written here: only the mapping from readout to gauge is checked.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerGaugesTest {
    private MainWindow window;
    private AppContext context;

    @Start
    void start(Stage stage) {
        window = BoneBalanceApp.build(AppOptions.none());
        context = window.context();
        stage.setScene(new Scene(window.root(), 1280, 720));
        stage.show();
    }

    private GaugeCard gauge(FxRobot robot, String id) { return robot.lookup("#gauge-" + id).queryAs(GaugeCard.class); }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"POSTMENOPAUSE_10Y", "MHT_EPT"})
    void everyGaugeShowsTheModelsReadout(Preset preset, FxRobot robot) {
        // the day in the first two months when osteoclasts and osteoblasts differ most (osteoblasts follow
        // osteoclasts with a lag): a swap of those two gauges must show
        Simulation sim = context.simulation();
        Simulation model = new Simulation(sim.startAge(), preset.levels(), sim.baselineBmdGPerCm2());
        int days = 1;
        double widest = 0;
        for (int d = 1; d <= 60; d++) {
            Readout at = model.advanceDays(1).readout();
            if (Math.abs(at.ocaRel() - at.obaRel()) > widest) {
                widest = Math.abs(at.ocaRel() - at.obaRel());
                days = d;
            }
        }
        Readout r = new Simulation(sim.startAge(), preset.levels(), sim.baselineBmdGPerCm2()).advanceDays(days).readout();
        assertTrue(Math.abs(r.ocaRel() - r.obaRel()) > 0.05, preset + ": osteoclasts " + r.ocaRel() + ", osteoblasts " + r.obaRel());
        double shownDays = days;
        robot.clickOn("#preset-" + preset.id());
        robot.interact(() -> {
            for (int i = 0; i < 90; i++) context.advance(1 / 60.0); // the glide, paused: no simulated time passes
            context.advanceDays(shownDays);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(preset.levels(), context.levels());
        assertEquals(days, context.getSnapshot().elapsedDays(), 1e-9);

        check(robot, "osteoclast", r.ocaRel(), 0.01, times(r.ocaRel()));
        check(robot, "osteoblast", r.obaRel(), 0.01, times(r.obaRel()));
        double ratio = r.ranklOpgRatioRel();
        check(robot, "switch", ratio, 0.1, Messages.get(ratio >= org.bonebalance.sim.bmu.SwitchState.ON_RATIO ? "explorer.gauge.switch.on" : "explorer.gauge.switch.off")
                + "\n" + Messages.get("explorer.gauge.ratio.reading", Messages.number(ratio, 1)));
        assertEquals(org.bonebalance.ui.explorer.Seesaw.tiltFor(Math.round(ratio * 10) / 10.0),
                ((GaugesView) window.root().lookup(".gauges")).seesaw().tiltDegrees(), 1e-9, preset + ": the seesaw");
        double balance = 100 * r.formationOverResorption();
        check(robot, "balance", Math.max(GaugesView.BALANCE_MIN_PCT, Math.min(GaugesView.BALANCE_MAX_PCT, balance)), 0.1,
                Messages.get(balance < 99.5 ? "explorer.gauge.balance.losing" : balance > 100.5 ? "explorer.gauge.balance.gaining"
                        : "explorer.gauge.balance.even"));
        String band = Messages.get(switch (r.band()) {
            case NORMAL -> "explorer.band.normal";
            case LOW_BONE_MASS -> "explorer.band.low";
            case OSTEOPOROSIS -> "explorer.band.osteoporosis";
        });
        check(robot, "bmd", Math.max(GaugesView.BMD_MIN, Math.min(GaugesView.BMD_MAX, r.bmdGPerCm2())), 0.001,
                Messages.get("explorer.gauge.bmd.reading", Messages.number(r.tScore(), 1), band));
        check(robot, "fracture", Math.min(GaugesView.RISK_MAX, r.fractureRrVertebral()), 0.01,
                Messages.get("explorer.gauge.fracture.reading", Messages.number(r.fractureRrVertebral(), 1)));
    }

    private static String times(double rel) {
        return Messages.get("explorer.gauge.times", Messages.number(rel, rel < 10 ? 2 : 1));
    }

    /** The dial's value (to the precision it shows), the words under it and its title. */
    private void check(FxRobot robot, String id, double value, double step, String words) {
        GaugeCard g = gauge(robot, id);
        assertEquals(value, g.tile().getValue(), step / 2 + 1e-9, id + ": dial");
        assertEquals(words, g.reading().getText(), id + ": words");
        assertEquals(Messages.get("explorer.gauge." + id), ((Labeled) g.heading()).getText(), id + ": title");
    }

    /**
     * The dials move without laying the gauge grid out again: a new value redraws its tile, and whatever the
     * tile lays out stays inside its slot. (Laid out again, the grid measures every card's wrapped words each
     * time, several times a second while the explorer plays: docs/performance.md.)
     */
    @Test
    void movingEveryDialLeavesTheGaugeGridsLayoutAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the tiles join once the window shows
        WaitForAsyncUtils.waitForFxEvents();
        GaugesView grid = (GaugesView) window.root().lookup(".gauges");
        List<GaugeCard> cards = new ArrayList<>();
        for (String id : List.of("osteoclast", "osteoblast", "switch", "balance", "bmd", "fracture")) {
            cards.add((GaugeCard) window.root().lookup("#gauge-" + id));
        }
        try (LayoutRequests asked = new LayoutRequests(robot, List.of(grid));
             LayoutRequests tileLayouts = new LayoutRequests(robot, cards.stream().map(GaugeCard::tile).toList())) {
            double[] before = new double[cards.size()];
            for (int i = 0; i < cards.size(); i++) before[i] = cards.get(i).tile().getValue();
            for (int k = 1; k <= 12; k++) {
                int step = k;
                robot.interact(() -> {
                    for (GaugeCard c : cards) {
                        double lo = c.tile().getMinValue(), hi = c.tile().getMaxValue();
                        c.value(lo + (hi - lo) * (step % 2 == 0 ? 0.2 + step * 0.05 : 0.8 - step * 0.05), (hi - lo) / 1000);
                    }
                });
                WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS); // a few pulses: layout and drawing happen
                WaitForAsyncUtils.waitForFxEvents();
            }
            int moved = 0;
            for (int i = 0; i < cards.size(); i++) if (cards.get(i).tile().getValue() != before[i]) moved++;
            assertEquals(cards.size(), moved, "every dial moved");
            assertTrue(tileLayouts.get() > 0, "the tiles laid themselves out (" + tileLayouts.get() + " times): the check below means something");
            assertEquals(0, asked.get(), "the gauge grid was asked for a new layout " + asked.get() + " times by dials alone");
        }
    }

    /** A redraw of the chart lays out the chart alone, not the explorer around it (30 times a second while playing). */
    @Test
    void redrawingTheChartLeavesTheExplorersLayoutAlone(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView chart = (TimelineView) window.root().lookup("#timeline");
        Parent explorer = (Parent) window.root().lookup("#explorer");
        try (LayoutRequests asked = new LayoutRequests(robot, List.of(explorer))) {
            int before = chart.draws();
            for (int k = 0; k < 8; k++) {
                robot.interact(chart::markDirty);
                WaitForAsyncUtils.sleep(40, TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertTrue(chart.draws() - before >= 8, "the chart was drawn again " + (chart.draws() - before) + " times");
            assertEquals(0, asked.get(), "the explorer was asked for a new layout " + asked.get() + " times by redraws alone");
        }
    }

    /** Counts the times any of the given nodes is marked as needing a layout, from now until closed. */
    private static final class LayoutRequests implements AutoCloseable {
        private final FxRobot robot;
        private final AtomicInteger count = new AtomicInteger();
        private final List<Subscription> subscriptions = new ArrayList<>();

        LayoutRequests(FxRobot robot, List<? extends Parent> nodes) {
            this.robot = robot;
            robot.interact(() -> {
                for (Parent n : nodes) {
                    subscriptions.add(n.needsLayoutProperty().subscribe(needs -> { if (needs) count.incrementAndGet(); }));
                }
                count.set(0); // subscribe reports the current value at once
            });
        }

        int get() {
            return count.get();
        }

        @Override
        public void close() {
            robot.interact(() -> subscriptions.forEach(Subscription::unsubscribe));
        }
    }
}
