package org.bonebalance.ui.why;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Messages;
import org.bonebalance.content.TraceWords;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Snapshot;
import org.bonebalance.sim.why.Moment;
import org.bonebalance.sim.why.Quantity;
import org.bonebalance.sim.why.Reading;
import org.bonebalance.sim.why.Trace;
import org.bonebalance.ui.AppContext;

/**
 * The Why? panel's view model: which reading is asked about, its causal trace from the app model's
 * {@link org.bonebalance.sim.why.RunTrace} (computed from the snapshot each frame already has, in the same frame as
 * the gauges), and every word the panel shows; plus one spoken sentence per reading for screen readers. No
 * toolkit needed (plain JUnit); the view only shows what is here.
 */
public final class WhyViewModel {
    /** What one can ask "why?" about: the six gauges, the status line and the timeline's latest point. */
    public enum Target {
        OSTEOCLAST("osteoclast", Reading.OSTEOCLASTS), OSTEOBLAST("osteoblast", Reading.OSTEOBLASTS),
        SWITCH("switch", Reading.RANKL_OPG), BALANCE("balance", Reading.BALANCE), BMD("bmd", Reading.BMD),
        /** The relative fracture risk is worked out from spine density: its trace is density's. */
        FRACTURE("fracture", Reading.BMD),
        STATUS("status", Reading.BMD), TIMELINE("timeline", Reading.BMD);

        private final String id;
        private final Reading reading;

        Target(String id, Reading reading) {
            this.id = id;
            this.reading = reading;
        }

        public String id() { return id; }

        public Reading reading() { return reading; }

        /** What the panel's title calls it. */
        public String nameKey() { return "explorer.why.target." + id; }
    }

    /**
     * One link as shown: its name, the model's value now and at the reference (formatted, with units), the
     * mechanism in the current depth's words and the evidence card behind it.
     */
    public record Row(Quantity quantity, String name, String now, String reference, String mechanism, String evidenceId) {}

    /** One hormone's share of the change: its name, the share in the reading's unit and as words. */
    public record Share(String name, double value, String text) {}

    /** Everything the panel shows for one trace. */
    public record Panel(Target target, String title, String summary, List<Row> rows, List<Share> shares,
                        String sentence, String note) {}

    private final AppContext context;
    private final ObservableValue<HormoneLevels> reference;
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>();
    private final Map<Target, ReadOnlyStringWrapper> spoken = new EnumMap<>(Target.class);
    private final Subscription subscriptions;
    private Snapshot lastSnapshot;
    private HormoneLevels lastReference;

    /**
     * @param reference the levels the trace measures against: a premenopausal woman's, or a young man's (the
     *                  explorer's reference profile)
     */
    public WhyViewModel(AppContext context, ObservableValue<HormoneLevels> reference) {
        this.context = context;
        this.reference = reference;
        for (Target t : Target.values()) spoken.put(t, new ReadOnlyStringWrapper(""));
        refresh(true);
        subscriptions = context.snapshotProperty().subscribe(s -> refresh(false))
                .and(context.depthProperty().subscribe(d -> refresh(true)))
                .and(reference.subscribe(r -> refresh(true)));
    }

    // ---- input ----

    /** Opens the panel on a reading (or moves it there). */
    public void open(Target t) {
        target.set(t);
        refresh(true);
    }

    public void close() {
        target.set(null);
        trace.set(null);
        panel.set(null);
    }

    // ---- output ----

    /** The reading the panel shows, or null while it is closed. */
    public ReadOnlyObjectProperty<Target> targetProperty() { return target.getReadOnlyProperty(); }

    public boolean isOpen() { return target.get() != null; }

    /** The model's trace of the reading on show (null while closed). */
    public ReadOnlyObjectProperty<Trace> traceProperty() { return trace.getReadOnlyProperty(); }

    /** The words and numbers of the panel (null while closed). */
    public ReadOnlyObjectProperty<Panel> panelProperty() { return panel.getReadOnlyProperty(); }

    /** One sentence for screen readers: the trace of this reading now. */
    public ReadOnlyStringProperty spokenProperty(Target t) { return spoken.get(t).getReadOnlyProperty(); }

    /** The reference levels in use. */
    public HormoneLevels referenceLevels() {
        HormoneLevels r = reference.getValue();
        return r == null ? HormoneLevels.PREMENOPAUSAL : r;
    }

    private void refresh(boolean force) {
        Snapshot s = context.getSnapshot();
        if (s == null) return;
        HormoneLevels ref = referenceLevels();
        // the same snapshot and reference give the same trace: nothing to do (a setLevels snapshot is new)
        if (!force && s == lastSnapshot && ref.equals(lastReference)) return;
        lastSnapshot = s;
        lastReference = ref;
        Moment[] moments = context.model().why().moments(ref, s);
        Map<Reading, Trace> traces = new EnumMap<>(Reading.class);
        for (Reading r : Reading.values()) traces.put(r, Trace.of(r, moments));
        for (Target t : Target.values()) {
            String words = spokenSentence(t, traces.get(t.reading()));
            ReadOnlyStringWrapper w = spoken.get(t);
            if (!words.equals(w.get())) w.set(words);
        }
        Target t = target.get();
        if (t == null) return;
        Trace tr = traces.get(t.reading());
        trace.set(tr);
        Panel p = panel(t, tr, context.depthProperty().get());
        if (!p.equals(panel.get())) panel.set(p);
    }

    private String referenceName() {
        return Messages.get(referenceLevels().equals(HormoneLevels.YOUNG_MALE) ? "explorer.why.ref.man" : "explorer.why.ref.woman");
    }

    private Panel panel(Target t, Trace tr, Depth depth) {
        Quantity q = tr.reading().quantity();
        List<Row> rows = new ArrayList<>();
        for (Trace.Link l : tr.chain()) {
            Quantity lq = l.quantity();
            rows.add(new Row(lq, TraceWords.name(lq), TraceWords.shown(lq, l.value()), TraceWords.shown(lq, l.reference()),
                    Messages.get("explorer.why.how." + lq.id() + "." + depth.id()), evidence(lq)));
        }
        List<Share> shares = List.of(
                share(Quantity.ESTRADIOL, q, tr.attribution().estradiol()),
                share(Quantity.PROGESTERONE, q, tr.attribution().progesterone()),
                share(Quantity.TESTOSTERONE, q, tr.attribution().testosterone()));
        String summary = Messages.get("explorer.why.summary", TraceWords.name(q), TraceWords.shown(q, tr.value()),
                referenceName(), TraceWords.shown(q, tr.reference()), TraceWords.change(q, tr.change()));
        String note = t == Target.FRACTURE ? Messages.get("explorer.why.note.fracture")
                : t == Target.STATUS ? Messages.get("explorer.why.note.status")
                : t == Target.TIMELINE ? Messages.get("explorer.why.note.timeline") : "";
        return new Panel(t, Messages.get("explorer.why.title", Messages.get(t.nameKey())), summary, List.copyOf(rows),
                shares, sentence(tr), note);
    }

    private static Share share(Quantity hormone, Quantity reading, double v) {
        return new Share(TraceWords.name(hormone), v, TraceWords.change(reading, v));
    }

    /** Whether a change is too small to show at the reading's precision (so there is nothing to explain). */
    private static boolean negligible(Quantity q, double change) {
        return Math.abs(change) < 0.5 * Math.pow(10, -(TraceWords.decimals(q) + 1));
    }

    /** The attribution in one sentence: the three shares, and which one matters most. */
    static String sentence(Trace tr) {
        Quantity q = tr.reading().quantity();
        if (negligible(q, tr.change())) return Messages.get("explorer.why.sentence.none", TraceWords.name(q));
        double e = tr.attribution().estradiol(), p = tr.attribution().progesterone(), t = tr.attribution().testosterone();
        Quantity most = Math.abs(e) >= Math.abs(p) && Math.abs(e) >= Math.abs(t) ? Quantity.ESTRADIOL
                : Math.abs(p) >= Math.abs(t) ? Quantity.PROGESTERONE : Quantity.TESTOSTERONE;
        return Messages.get("explorer.why.sentence", TraceWords.change(q, tr.change()), TraceWords.change(q, e),
                TraceWords.change(q, p), TraceWords.change(q, t), TraceWords.name(most));
    }

    private String spokenSentence(Target t, Trace tr) {
        Quantity q = tr.reading().quantity();
        return Messages.get("explorer.why.spoken", TraceWords.name(q), TraceWords.shown(q, tr.value()), referenceName(),
                TraceWords.shown(q, tr.reference()), sentence(tr));
    }

    /** The evidence card behind each link (content/evidence.json). */
    static String evidence(Quantity q) {
        return switch (q) {
            case ESTRADIOL, RANKL, OPG, RANKL_OPG -> "estrogen-rankl-opg";
            case PROGESTERONE -> "progesterone";
            case TESTOSTERONE -> "men-aromatization";
            case OSTEOCLASTS -> "turnover-markers";
            case RANKL_RANK, OSTEOBLAST_PRECURSORS, OSTEOBLASTS, BALANCE -> "model-core";
            case BMD_RATE -> "menopause-loss";
            case BMD -> "bmd-gain";
            case T_SCORE -> "bmd-predicts-fracture";
        };
    }

    public void dispose() { subscriptions.unsubscribe(); }
}
