package org.bonebalance.ui.consult;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ChartAxes;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.sim.consult.Wording;

/**
 * Spine T-score against age for each scenario, in the scene graph (a few hundred points per line): WHO
 * bands shaded and named, menopause and today marked, therapy periods as bars under the axis. Lines differ
 * by dash pattern (CSS classes consult-line-0/1/2) and carry a letter, never by colour alone. Rebuilt only
 * when the result or the size changes.
 */
public final class ConsultChart extends Region {
    static final String[] LETTERS = {"A", "B", "C"};
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
        getChildren().setAll(build(w, h));
    }

    private List<Node> build(double w, double h) {
        List<Node> nodes = new ArrayList<>();
        int bars = 0;
        for (ConsultForecast.Outcome o : result.outcomes()) if (o.spec().regimen() != null) bars++;
        double x0 = 52, x1 = w - 24, yTop = 24, yBottom = h - 40 - 14 * bars;
        if (yBottom - yTop < 60) yBottom = yTop + 60;
        ChartAxes axes = ChartAxes.of(result);
        final double fMin = axes.tMin(), fMax = axes.tMax(), yb = yBottom, ageMax = axes.ageMax();
        java.util.function.DoubleUnaryOperator px = a -> axes.x(a, x0, x1);
        java.util.function.DoubleUnaryOperator py = t -> axes.y(t, yb, yTop);
        band(nodes, x0, x1, py.applyAsDouble(fMax), py.applyAsDouble(-1), "consult-band-normal", Messages.get("consult.band.normal"));
        band(nodes, x0, x1, py.applyAsDouble(-1), py.applyAsDouble(-2.5), "consult-band-low", Messages.get("consult.band.low"));
        band(nodes, x0, x1, py.applyAsDouble(-2.5), py.applyAsDouble(fMin), "consult-band-osteo", Messages.get("consult.band.osteo"));
        Rectangle frame = new Rectangle(x0, yTop, x1 - x0, yBottom - yTop);
        frame.getStyleClass().add("consult-frame");
        nodes.add(frame);
        for (int t : axes.tScoreTicks(yBottom - yTop, MIN_TICK_GAP)) {
            Text lbl = text(Wording.tScore(t), "consult-axis-label");
            lbl.setX(x0 - 8 - lbl.getLayoutBounds().getWidth());
            lbl.setY(py.applyAsDouble(t) + 5);
            nodes.add(lbl);
        }
        for (int a : axes.ageTicks()) {
            Text lbl = text(Integer.toString(a), "consult-axis-label");
            lbl.setX(px.applyAsDouble(a) - lbl.getLayoutBounds().getWidth() / 2);
            lbl.setY(yBottom + 18);
            nodes.add(lbl);
        }
        Text yTitle = text(Messages.get("consult.chart.yAxis"), "consult-axis-title");
        yTitle.setX(4);
        yTitle.setY(16);
        nodes.add(yTitle);
        Text xTitle = text(Messages.get("consult.chart.xAxis"), "consult-axis-title");
        xTitle.setX(x1 - xTitle.getLayoutBounds().getWidth());
        xTitle.setY(yBottom + 36);
        nodes.add(xTitle);
        Person p = result.consultation().person();
        if (p.menopause() != Scenario.Menopause.NONE) marker(nodes, px.applyAsDouble(p.menopauseAge()), yTop, yBottom, Messages.get("consult.chart.menopause"), 1, true);
        marker(nodes, px.applyAsDouble(p.ageYears()), yTop, yBottom, Messages.get("consult.chart.today"), 0, false);
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
        }
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
        return nodes;
    }

    private static void band(List<Node> nodes, double x0, double x1, double yHigh, double yLow, String cls, String name) {
        if (yLow <= yHigh) return;
        Rectangle r = new Rectangle(x0, yHigh, x1 - x0, yLow - yHigh);
        r.getStyleClass().addAll("consult-band", cls);
        nodes.add(r);
        if (yLow - yHigh > 16) {
            Text t = text(name, "consult-band-label");
            t.setX(x0 + 6);
            t.setY(yHigh + 15);
            nodes.add(t);
        }
    }

    private static void marker(List<Node> nodes, double x, double yTop, double yBottom, String label, int row, boolean leftOfLine) {
        Line l = new Line(x, yTop, x, yBottom);
        l.getStyleClass().add("consult-marker");
        nodes.add(l);
        Text t = text(label, "consult-marker-label");
        t.setX(leftOfLine ? x - 4 - t.getLayoutBounds().getWidth() : x + 4);
        t.setY(yTop + 16 + 17 * row);
        nodes.add(t);
    }

    private static Text text(String s, String cls) {
        Text t = new Text(s);
        t.getStyleClass().add(cls);
        return t;
    }
}
