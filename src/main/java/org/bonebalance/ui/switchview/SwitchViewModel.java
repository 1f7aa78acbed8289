package org.bonebalance.ui.switchview;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.bmu.SwitchCounts;
import org.bonebalance.sim.bmu.SwitchField;
import org.bonebalance.sim.bmu.SwitchState;
import org.bonebalance.ui.AppContext;
import org.bonebalance.ui.animation.RenderGate;

/**
 * What the RANKL switch screen says about the app model's switch field and readout, as read-only text
 * properties: on or held back (the shared {@link SwitchState}), the drive, the counts and the levels.
 * Toolkit-free. While the screen is hidden nothing is worded ({@link #setShowing}); the field moves on anyway.
 */
public final class SwitchViewModel {
    private final AppContext context;
    private final ReadOnlyObjectWrapper<SwitchState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper drive = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper rankl = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper opg = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decoy = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper bound = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper osteoclasts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper fusions = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hormones = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper academic = new ReadOnlyBooleanWrapper();
    private final Subscription following;
    /** Words only while the screen is on show; catches up when shown again. */
    private final RenderGate gate;

    public SwitchViewModel(AppContext context) {
        this.context = context;
        gate = new RenderGate(context::getSnapshot, this::word);
        following = context.snapshotProperty().subscribe(gate::frame)
                .and(context.depthProperty().subscribe(d -> gate.frame(context.getSnapshot())));
    }

    /** The moving parts shown (the app model's). */
    public SwitchField field() { return context.model().switchField(); }

    /** The marker counts the model asks for now. */
    public SwitchCounts counts() { return context.model().switchCounts(); }

    /** Told when the screen is on show: hidden, nothing is worded; shown again, it catches up at once. */
    public void setShowing(boolean now) { gate.setShowing(now); }

    public ReadOnlyObjectProperty<SwitchState> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty stateTextProperty() { return stateText.getReadOnlyProperty(); }

    public ReadOnlyStringProperty driveProperty() { return drive.getReadOnlyProperty(); }

    public ReadOnlyStringProperty ranklProperty() { return rankl.getReadOnlyProperty(); }

    public ReadOnlyStringProperty opgProperty() { return opg.getReadOnlyProperty(); }

    public ReadOnlyStringProperty decoyProperty() { return decoy.getReadOnlyProperty(); }

    public ReadOnlyStringProperty boundProperty() { return bound.getReadOnlyProperty(); }

    public ReadOnlyStringProperty osteoclastsProperty() { return osteoclasts.getReadOnlyProperty(); }

    public ReadOnlyStringProperty fusionsProperty() { return fusions.getReadOnlyProperty(); }

    public ReadOnlyStringProperty hormonesProperty() { return hormones.getReadOnlyProperty(); }

    /** At the academic depth the screen adds the T-cell route and its note. */
    public ReadOnlyBooleanProperty academicProperty() { return academic.getReadOnlyProperty(); }

    private void word(Snapshot s) {
        Readout r = s.readout();
        SwitchCounts counts = counts();
        SwitchField field = field();
        academic.set(context.depthProperty().get() == Depth.ACADEMIC);
        SwitchState now = SwitchState.of(r);
        if (now != state.get()) {
            stateText.set(Messages.get("animation.switch.state." + now.id()));
            state.set(now);
        }
        drive.set(Messages.get("animation.switch.drive", Messages.number(SwitchState.drive(r), 2),
                Messages.number(SwitchState.ON_RATIO, 1)));
        rankl.set(Messages.get("animation.switch.count.rankl", counts.ranklFree(), Messages.number(r.ranklRel(), 2)));
        opg.set(Messages.get("animation.switch.count.opg", counts.opgFree(), Messages.number(r.opgRel(), 2)));
        decoy.set(Messages.get("animation.switch.count.decoy", counts.opgDecoy()));
        bound.set(Messages.get("animation.switch.count.bound", field.boundPairs(), counts.ranklRank(),
                Messages.number(r.ranklRankRel(), 2)));
        osteoclasts.set(Messages.get("animation.switch.count.osteoclasts", field.osteoclastsAlive(),
                Messages.number(r.ocaRel(), 2)));
        fusions.set(Messages.get("animation.switch.fusions", field.fusions()));
        hormones.set(Messages.get("animation.switch.hormones",
                Messages.number(r.levels().estradiolPgPerMl(), 0), Messages.number(r.levels().testosteroneNgPerDl(), 0),
                Messages.number(r.ranklRel(), 2), Messages.number(r.opgRel(), 2)));
    }

    public void dispose() { following.unsubscribe(); }
}
