package org.bonebalance.ui.consult;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.io.handout.ChartLabels;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ChartAxes;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;

/**
 * Spine T-score against age for each scenario, in the scene graph (a few hundred points per line): WHO
 * bands shaded and named, menopause and today marked, therapy periods as bars under the axis. Lines differ
 * by dash pattern (CSS classes consult-line-0/1/2) and carry a letter, never by colour alone. Rebuilt only
 * when the result or the size changes.
 */
public final class ConsultChart extends Region {
    static final String[] LETTERS = {"A", "B", "C"};
    /** The WHO bands from the top: CSS class consult-band-&lt;id&gt;, name consult.band.&lt;id&gt;, label id consult-band-label-&lt;id&gt;. */
    static final String[] BANDS = {"normal", "low", "osteo"};
    /** Room kept on each side of a dashed marker line, around a marker name's box, and around a curve (px). */
    private static final double LINE_PAD = 3, BOX_PAD = 4, CURVE_PAD = 3;
    /** How far a band name moves left per try when its place is taken (px). */
    private static final double BAND_STEP = 12;
    /** Whole T-scores closer than this (px) are labelled every second unit. */
    private static final double MIN_TICK_GAP = 18;
    private ConsultForecast.Result result;
    private double builtW = -1, builtH = -1;
    private ConsultForecast.Result builtFor;

    public ConsultChart() {
        getStyleClass().add("consult-chart");
        setId("consult-chart");
        setMinSize(360, 240);
        setPrefSize(720, 330);
    }

    public void setResult(ConsultForecast.Result r) {
        this.result = r;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        if (result == null || (w == builtW && h == builtH && result == builtFor)) return;
        builtW = w;
        builtH = h;
        builtFor = result;
        getChildren().clear();
        build(getChildren(), w, h);
    }

    /** Builds the picture straight into the children, so texts can be measured in their CSS font as they come. */
    private void build(List<Node> nodes, double w, double h) {
        int bars = 0;
        for (ConsultForecast.Outcome o : result.outcomes()) if (o.spec().regimen() != null) bars++;
        double x0 = 52, x1 = w - 24, yTop = 24, yBottom = h - 40 - 14 * bars;
        if (yBottom - yTop < 60) yBottom = yTop + 60;
        ChartAxes axes = ChartAxes.of(result);
        final double fMin = axes.tMin(), fMax = axes.tMax(), yb = yBottom, ageMax = axes.ageMax();
        java.util.function.DoubleUnaryOperator px = a -> axes.x(a, x0, x1);
        java.util.function.DoubleUnaryOperator py = t -> axes.y(t, yb, yTop);
        double[][] bands = {{py.applyAsDouble(fMax), py.applyAsDouble(-1)}, {py.applyAsDouble(-1), py.applyAsDouble(-2.5)},
                {py.applyAsDouble(-2.5), py.applyAsDouble(fMin)}};
        for (int b = 0; b < BANDS.length; b++) band(nodes, x0, x1, bands[b][0], bands[b][1], BANDS[b]);
        Rectangle frame = new Rectangle(x0, yTop, x1 - x0, yBottom - yTop);
        frame.getStyleClass().add("consult-frame");
        nodes.add(frame);
        for (int t : axes.tScoreTicks(yBottom - yTop, MIN_TICK_GAP)) {
            Text lbl = text(Wording.tScore(t), "consult-axis-label");
            lbl.setX(x0 - 8 - measured(lbl).getLayoutBounds().getWidth());
            lbl.setY(py.applyAsDouble(t) + 5);
            nodes.add(lbl);
        }
        for (int a : axes.ageTicks()) {
            Text lbl = text(Integer.toString(a), "consult-axis-label");
            lbl.setX(px.applyAsDouble(a) - measured(lbl).getLayoutBounds().getWidth() / 2);
            lbl.setY(yBottom + 18);
            nodes.add(lbl);
        }
        Text yTitle = text(Messages.get("consult.chart.yAxis"), "consult-axis-title");
        yTitle.setX(4);
        yTitle.setY(16);
        nodes.add(yTitle);
        Text xTitle = text(Messages.get("consult.chart.xAxis"), "consult-axis-title");
        xTitle.setX(x1 - measured(xTitle).getLayoutBounds().getWidth());
        xTitle.setY(yBottom + 36);
        nodes.add(xTitle);
        Person p = result.consultation().person();
        List<Marker> markers = new ArrayList<>();
        if (p.menopause() != Scenario.Menopause.NONE) {
            markers.add(new Marker("menopause", px.applyAsDouble(p.menopauseAge()), Messages.get("consult.chart.menopause"), true));
        }
        markers.add(new Marker("today", px.applyAsDouble(p.ageYears()), Messages.get("consult.chart.today"), false));
        for (Marker m : markers) {
            Line l = new Line(m.x, yTop, m.x, yBottom);
            l.getStyleClass().add("consult-marker");
            l.setId("consult-marker-" + m.id);
            nodes.add(l);
        }
        // what names must keep clear of: the dashed lines, the curves, the scan mark, then each name placed
        ChartLabels places = new ChartLabels(x0, x1, yTop, yBottom, CURVE_PAD);
        for (Marker m : markers) places.blockLine(m.x, LINE_PAD);
        List<double[]> ends = new ArrayList<>();
        for (int i = 0; i < result.outcomes().size(); i++) {
            Polyline line = new Polyline();
            line.getStyleClass().addAll("consult-line", "consult-line-" + i);
            line.setId("consult-line-" + i);
            List<Readout> pts = result.outcomes().get(i).chart();
            Double[] xy = new Double[pts.size() * 2];
            for (int k = 0; k < pts.size(); k++) {
                xy[2 * k] = px.applyAsDouble(pts.get(k).ageYears());
                xy[2 * k + 1] = py.applyAsDouble(pts.get(k).tScore());
            }
            line.getPoints().addAll(xy);
            nodes.add(line);
            double[] curve = new double[xy.length];
            for (int k = 0; k < xy.length; k++) curve[k] = xy[k];
            places.curve(curve);
            ends.add(new double[]{xy[xy.length - 1], i});
        }
        ends.sort((a, b) -> Double.compare(a[0], b[0]));
        double last = Double.NEGATIVE_INFINITY;
        for (double[] e : ends) {
            double ly = Math.max(e[0] + 5, last + 16);
            last = ly;
            Text t = text(LETTERS[(int) e[1]], "consult-line-letter");
            t.setX(x1 + 5);
            t.setY(ly);
            nodes.add(t);
        }
        if (p.measurement() != null) {
            double mx = px.applyAsDouble(p.measurement().ageYears());
            double my = py.applyAsDouble(BmdScale.tScore(p.measurement().bmdGPerCm2()));
            Rectangle r = new Rectangle(mx - 5, my - 5, 10, 10);
            r.getStyleClass().add("consult-scan");
            nodes.add(r);
            Text t = text(Messages.get("consult.chart.scan"), "consult-marker-label");
            t.setX(mx + 8);
            t.setY(my - 8);
            nodes.add(t);
            places.block(box(r.getBoundsInLocal()));
            places.block(box(measured(t).getLayoutBounds()));
        }
        placeMarkerLabels(nodes, markers, places);
        placeBandLabels(nodes, bands, places);
        double by = yBottom + 48;
        for (int i = 0; i < result.outcomes().size(); i++) {
            ScenarioSpec s = result.outcomes().get(i).spec();
            if (s.regimen() == null) continue;
            double a = px.applyAsDouble(s.startAge()), b = px.applyAsDouble(Math.min(s.stopAge(), ageMax));
            Line bar = new Line(a, by, b, by);
            bar.getStyleClass().addAll("consult-therapy", "consult-line-" + i);
            nodes.add(bar);
            Text t = text(Messages.get("consult.chart.therapyBar", LETTERS[i], Wording.age(s.startAge()), Wording.age(s.stopAge())), "consult-marker-label");
            t.setX(b + 6);
            t.setY(by + 5);
            nodes.add(t);
            by += 14;
        }
    }

    private static void band(List<Node> nodes, double x0, double x1, double yHigh, double yLow, String id) {
        if (yLow <= yHigh) return;
        Rectangle r = new Rectangle(x0, yHigh, x1 - x0, yLow - yHigh);
        r.getStyleClass().addAll("consult-band", "consult-band-" + id);
        nodes.add(r);
    }

    /**
     * Each marker's name at the top of the plot on a small background box, beside its dashed line (menopause to
     * the left, today to the right, by preference), never across another dashed line or another name.
     */
    private void placeMarkerLabels(List<Node> nodes, List<Marker> markers, ChartLabels places) {
        for (Marker m : markers) {
            Text t = text(m.label, "consult-marker-label");
            t.setId("consult-marker-label-" + m.id);
            nodes.add(t);
            Bounds text = measured(t).getLayoutBounds();
            ChartLabels.Box b = places.besideLine(m.x, LINE_PAD + 1, text.getWidth() + 2 * BOX_PAD, text.getHeight() + 2, m.preferLeft);
            Rectangle box = new Rectangle(b.x(), b.y(), b.w(), b.h());
            box.getStyleClass().add("consult-marker-box");
            box.setId("consult-marker-box-" + m.id);
            nodes.add(nodes.indexOf(t), box);
            t.setX(b.x() + BOX_PAD);
            t.setY(b.y() + 1 - text.getMinY());
        }
    }

    /**
     * Each WHO band's name inside its band, as far right as it goes clear of the curves, the dashed lines and
     * the other names (see {@link ChartLabels#inBand}).
     */
    private void placeBandLabels(List<Node> nodes, double[][] bands, ChartLabels places) {
        for (int b = 0; b < BANDS.length; b++) {
            Text t = text(Messages.get("consult.band." + BANDS[b]), "consult-band-label");
            t.setId("consult-band-label-" + BANDS[b]);
            Bounds text = measured(t).getLayoutBounds();
            ChartLabels.Box r = places.inBand(text.getWidth(), text.getHeight(), bands[b][0], bands[b][1], 6, BAND_STEP);
            if (r == null) continue;
            nodes.add(t);
            t.setX(r.x());
            t.setY(r.y() - text.getMinY());
        }
    }

    private static ChartLabels.Box box(Bounds b) { return new ChartLabels.Box(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()); }

    /** The text with its style sheet applied (it must already be among the children), so its size is the drawn one. */
    private Text measured(Text t) {
        if (t.getParent() == null) {
            getChildren().add(t);
            t.applyCss();
            getChildren().remove(t);
        } else {
            t.applyCss();
        }
        return t;
    }

    private record Marker(String id, double x, String label, boolean preferLeft) {}

    private static Text text(String s, String cls) {
        Text t = new Text(s);
        t.getStyleClass().add(cls);
        return t;
    }
}
