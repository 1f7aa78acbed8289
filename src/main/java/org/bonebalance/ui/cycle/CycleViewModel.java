package org.bonebalance.ui.cycle;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Simulation;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.bmu.BmuPhase;
import org.bonebalance.sim.bmu.RemodelingSite;
import org.bonebalance.sim.bmu.SiteDrivers;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.animation.RenderGate;

/**
 * What the cycle screen says about the app model's remodeling site, as read-only text properties: the phase,
 * the day in it, the ring, the phase list and the numbers. Toolkit-free. While the screen is hidden nothing is
 * worded ({@link #setShowing}); the site itself moves on with the model either way.
 */
public final class CycleViewModel {
    private final AppContext context;
    private final RemodelingSite site;
    private final ReadOnlyObjectWrapper<BmuPhase> phase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper phaseName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ring = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cycleLength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper depth = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refill = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper balance = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cycles = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deficit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper siteClock = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lifeClock = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper tooFast = new ReadOnlyBooleanWrapper();
    private final List<ReadOnlyStringWrapper> rows = new ArrayList<>();
    private final List<ReadOnlyStringWrapper> rowRoom = new ArrayList<>();
    private final Subscription following;
    /** Words only while the screen is on show; catches up when shown again. */
    private final RenderGate gate;
    private BmuPhase worded;

    public CycleViewModel(AppContext context) {
        this.context = context;
        this.site = context.model().site();
        for (int i = 0; i < BmuPhase.values().length; i++) {
            rows.add(new ReadOnlyStringWrapper(""));
            rowRoom.add(new ReadOnlyStringWrapper(""));
        }
        gate = new RenderGate(context::getSnapshot, this::word);
        following = context.snapshotProperty().subscribe(gate::frame);
    }

    /** The remodeling site shown (the app model's). */
    public RemodelingSite site() { return site; }

    /** Told when the screen is on show: hidden, nothing is worded; shown again, it catches up at once. */
    public void setShowing(boolean now) { gate.setShowing(now); }

    public ReadOnlyObjectProperty<BmuPhase> phaseProperty() { return phase.getReadOnlyProperty(); }

    /** The current phase's name (for screen readers on the ring). */
    public ReadOnlyStringProperty phaseNameProperty() { return phaseName.getReadOnlyProperty(); }

    /** The ring's centre: the day of the phase and its expected length. */
    public ReadOnlyStringProperty ringProperty() { return ring.getReadOnlyProperty(); }

    /** Share of the current phase done, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }

    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    public ReadOnlyStringProperty cycleLengthProperty() { return cycleLength.getReadOnlyProperty(); }

    public ReadOnlyStringProperty depthProperty() { return depth.getReadOnlyProperty(); }

    public ReadOnlyStringProperty refillProperty() { return refill.getReadOnlyProperty(); }

    public ReadOnlyStringProperty balanceProperty() { return balance.getReadOnlyProperty(); }

    public ReadOnlyStringProperty activationProperty() { return activation.getReadOnlyProperty(); }

    public ReadOnlyStringProperty cyclesProperty() { return cycles.getReadOnlyProperty(); }

    public ReadOnlyStringProperty deficitProperty() { return deficit.getReadOnlyProperty(); }

    /** The site's clock: the day of its current cycle, in days and in weeks. */
    public ReadOnlyStringProperty siteClockProperty() { return siteClock.getReadOnlyProperty(); }

    /** The life-course clock the site sits on: age and years since this run's menopause, from the snapshot. */
    public ReadOnlyStringProperty lifeClockProperty() { return lifeClock.getReadOnlyProperty(); }

    /** True while time runs faster than a month per second: a whole cycle then flashes past. */
    public ReadOnlyBooleanProperty tooFastProperty() { return tooFast.getReadOnlyProperty(); }

    /** Phase {@code i}'s row in the list, marked when current. */
    public ReadOnlyStringProperty rowProperty(int i) { return rows.get(i).getReadOnlyProperty(); }

    /** The row's marked form, whose room the row keeps so the list never changes size between phases. */
    public ReadOnlyStringProperty rowRoomProperty(int i) { return rowRoom.get(i).getReadOnlyProperty(); }

    private void word(Snapshot s) {
        tooFast.set(s.speed() != Speed.MONTH);
        BmuPhase now = site.phase();
        SiteDrivers d = site.drivers();
        String name = Messages.get("animation.phase." + now.id());
        long day = Math.min((long) Math.floor(site.dayInPhase()) + 1, Math.max(1, Math.round(site.expectedDays())));
        phaseName.set(name);
        ring.set(Messages.get("animation.cycle.ring", day, Math.round(site.expectedDays())));
        progress.set(site.phaseProgress());
        status.set(Messages.get("animation.cycle.status", day, Math.round(site.expectedDays()),
                Messages.get("animation.phase." + now.id() + ".doing")));
        cycleLength.set(Messages.get("animation.cycle.cycle-length", Math.round(RemodelingSite.cycleDays(d)),
                Messages.number(RemodelingSite.cycleDays(d) / 30.44, 1)));
        phase.set(now);
        // While playing, the side numbers change every frame: word them every 4th frame (deterministic, by
        // frame count) and whenever the phase changes; paused or stepped, always
        boolean refresh = !s.playing() || s.frame() % 4 == 0 || now != worded;
        worded = now;
        if (!refresh) return;
        wordClocks(s);
        BmuPhase[] all = BmuPhase.values();
        for (int i = 0; i < all.length; i++) {
            String row = Messages.get("animation.cycle.phase-row",
                    Messages.get("animation.phase." + all[i].id()), Math.round(RemodelingSite.expectedDays(all[i], d)));
            rows.get(i).set((all[i] == now ? "▶ " : "    ") + row);
            rowRoom.get(i).set("▶ " + row);
        }
        double expectedDepth = RemodelingSite.REFERENCE_DEPTH_UM * d.depthRel();
        depth.set(Messages.get("animation.cycle.depth", Messages.number(site.dugUm(), 1),
                Messages.number(expectedDepth, 0), Messages.number(RemodelingSite.REFERENCE_DEPTH_UM, 0)));
        double share = site.dugUm() > 0 ? 100 * site.refilledUm() / site.dugUm() : 0;
        refill.set(Messages.get("animation.cycle.refill", Messages.number(site.refilledUm(), 1), Messages.number(share, 0)));
        balance.set(Messages.get("animation.cycle.balance", Messages.number(d.refill(), 3), Messages.number(100 * d.refill(), 1)));
        activation.set(Messages.get("animation.cycle.activation", Messages.number(d.activationRel(), 2),
                Math.round(RemodelingSite.expectedDays(BmuPhase.REST, d))));
        cycles.set(Messages.get("animation.cycle.cycles", site.cyclesCompleted(),
                Messages.number(site.lastCycleDugUm(), 1), Messages.number(site.lastCycleRefilledUm(), 1)));
        double def = site.cumulativeDeficitUm();
        deficit.set(def >= 0
                ? Messages.get("animation.cycle.deficit", Messages.number(def, 1))
                : Messages.get("animation.cycle.surplus", Messages.number(-def, 1)));
    }

    /** The two clocks: the site's days and weeks, and where on the life course (age, since menopause) it is. */
    private void wordClocks(Snapshot s) {
        long dayOfCycle = (long) Math.floor(site.dayInCycle()) + 1;
        siteClock.set(Messages.get("animation.cycle.clock.site", dayOfCycle, (dayOfCycle - 1) / 7, (dayOfCycle - 1) % 7,
                site.cyclesCompleted() + 1));
        String age = Messages.number(s.ageYears(), 1);
        double since = s.yearsSinceMenopause();
        if (!Double.isNaN(since)) {
            lifeClock.set(Messages.get("animation.cycle.clock.life", age, Messages.number(since, 1)));
        } else if (Simulation.isMale(s.readout().levels())) {
            lifeClock.set(Messages.get("animation.cycle.clock.life.man", age));
        } else {
            lifeClock.set(Messages.get("animation.cycle.clock.life.before", age));
        }
    }

    public void dispose() { following.unsubscribe(); }
}
