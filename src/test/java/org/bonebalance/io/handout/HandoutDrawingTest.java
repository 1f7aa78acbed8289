package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.Test;

/**
 * The handout as a PDF reader paints it, from the page's content stream (no rendering, so it is quick): the
 * rules, frame, bands, curves, legend, marker and band names, therapy bars, table shading and icon people are
 * painted where, in what grey, weight and dash pattern the page promises, and the text stacks down the page
 * with its set spacing. Three handouts are made once: the fullest one (scan, three scenarios, two therapies,
 * icon arrays), a man's without therapy, scan or menopause, and one whose three curves end together near the
 * bottom of the plot (so their letters must be spread and raised).
 */
class HandoutDrawingTest {
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);
    private static final float MARGIN = 40;
    private static final float EPS = 0.02f;

    record Handout(ConsultForecast.Result result, HandoutPdf.Drawn drawn, PageDrawing page) {
        HandoutPdf.ChartBox box() { return drawn.chart(); }

        double px(double age) { return box().axes().x(age, box().x0(), box().x1()); }

        double py(double t) { return box().axes().y(t, box().bottom(), box().top()); }

        int n() { return result.outcomes().size(); }

        boolean scan() { return result.consultation().person().measurement() != null; }

        /** The letters at the curves' right ends (bold 8, just right of the plot). */
        List<PageDrawing.Text> endLetters() {
            return page.texts(t -> t.text().matches("[ABC]") && Math.abs(t.x() - (box().x1() + 3)) < EPS);
        }
    }

    private static Handout rich, man, together;

    static Handout make(Consultation c, HandoutPdf.Paper paper) throws Exception {
        ConsultForecast.Result r = ConsultForecast.run(c);
        HandoutPdf.Drawn d = HandoutPdf.drawn(r, DATE, paper);
        return new Handout(r, d, new PageDrawing(d.pdf()));
    }

    static void draw() throws Exception {
        rich = make(HandoutPageTest.rich(), HandoutPdf.Paper.A4);
        man = make(new Consultation(new Person("", Scenario.Sex.MALE, 60, Scenario.Menopause.NONE, 0, null),
                List.of(ScenarioSpec.none()), List.of(70.0, 80.0), 8.0, null), HandoutPdf.Paper.LETTER);
        // three scenarios whose courses are long over by 90: the curves end (nearly) together, low
        Person old = new Person("", Scenario.Sex.FEMALE, 52, Scenario.Menopause.SURGICAL, 40, null);
        together = make(Consultation.example().withPerson(old).withScenarios(List.of(ScenarioSpec.none(),
                ScenarioSpec.therapy(Regimen.E, 52, 54), ScenarioSpec.therapy(Regimen.EP, 52, 53))), HandoutPdf.Paper.A4);
    }

    /**
     * The three handouts are drawn once, inside this one test (a mutation tool then runs every check below on
     * each mutant's drawing), and each check reads them; the first failing check fails it, with its message.
     */
    @Test
    void theHandoutAsAReaderPaintsIt() throws Throwable {
        draw();
        for (Executable check : new Executable[] {this::theFileIsTitledAndNamesTheAppThatMadeIt, this::everyPathStartsWithAMoveOrARectangle, this::allTextIsBlackButTheChartsNamesWhichAreDarkGrey, this::thePlotIsFramedInMidGreyAndEachAgeTickIsAShortStroke, this::theThreeBandsFillThePlotFromLightestAtTheTopToDarkest, this::eachCurveIsOneBlackStrokeThroughTheModelsPointsInItsOwnPattern, this::theScanIsABlackSquareOnItsAgeAndTScore, this::theLegendSitsOnWhiteInTheTopRightWithASampleOfEachLine, this::markerNamesStandOnFramedWhiteBoxesBesideTheirLinesAtTheTop, this::bandNamesSitJustInsideTheirBandsClearOfTheCurvesAndLines, this::eachTherapyHasAThickBarInItsPatternUnderTheAgesAndTheSentenceFollows, this::theLettersAtTheLineEndsAreSpreadNineApartAndKeptAboveTheAgeNumbers, this::tableRowsLieBetweenTwoRulesEverySecondOneShadedAndTheNoteFollows, this::theTitleFillsTheLineUpToTheDateAndTheColumnsCloseAboveTheLastRule, this::eachArrayIsAHundredPeopleEachARoundHeadOverShoulders}) check.execute();
    }

    static List<Handout> all() { return List.of(rich, man, together); }

    static Set<String> chartNames() {
        return Set.of(Messages.get("consult.band.normal"), Messages.get("consult.band.low"), Messages.get("consult.band.osteo"),
                Messages.get("consult.chart.menopause"), Messages.get("consult.chart.today"));
    }

    // ------------------------------------------------------------------ the document

    void theFileIsTitledAndNamesTheAppThatMadeIt() {
        for (Handout h : all()) {
            assertEquals(Messages.get("consult.handout.title"), h.page().info.getTitle());
            assertEquals("BoneBalance", h.page().info.getCreator());
        }
    }

    void everyPathStartsWithAMoveOrARectangle() {
        for (Handout h : all()) {
            boolean open = false;
            int paths = 0;
            for (String op : h.page().operators) {
                switch (op) {
                    case "m", "re" -> open = true;
                    case "l", "c", "v", "y", "h" -> assertTrue(open, "'" + op + "' with no current point");
                    case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n" -> {
                        assertTrue(open, "'" + op + "' paints no path");
                        open = false;
                        paths++;
                    }
                    default -> assertFalse(open && (op.equals("BT") || op.equals("Tj")), "text inside a path: " + op);
                }
            }
            assertEquals(h.page().paths.size(), paths);
        }
    }

    // ------------------------------------------------------------------ text greys and sizes

    void allTextIsBlackButTheChartsNamesWhichAreDarkGrey() {
        Set<String> names = chartNames();
        for (Handout h : all()) {
            int bandNames = 0, markerNames = 0;
            for (PageDrawing.Text t : h.page().texts) {
                if (t.text().equals(Messages.get("consult.chart.menopause")) || t.text().equals(Messages.get("consult.chart.today"))) {
                    assertEquals(0.1f, t.grey(), EPS, t.text());
                    assertEquals(7.5f, t.size(), EPS, t.text());
                    markerNames++;
                } else if (names.contains(t.text())) {
                    assertEquals(0.25f, t.grey(), EPS, t.text());
                    assertEquals(7.5f, t.size(), EPS, t.text());
                    bandNames++;
                } else {
                    assertEquals(0f, t.grey(), EPS, "'" + t.text() + "' is not black");
                }
            }
            assertEquals(h.result().consultation().person().menopause() == Scenario.Menopause.NONE ? 1 : 2, markerNames);
            assertEquals(3, bandNames, "each WHO band named");
        }
    }

    // ------------------------------------------------------------------ the chart

    void thePlotIsFramedInMidGreyAndEachAgeTickIsAShortStroke() {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            List<PageDrawing.Path> frames = h.page().paths(p -> p.stroked() && !p.filled() && p.rect() != null);
            assertEquals(1, frames.size(), "one stroked rectangle: the frame");
            PageDrawing.Path f = frames.getFirst();
            assertArrayEquals(new float[] {b.x0(), b.bottom(), b.x1() - b.x0(), b.top() - b.bottom()}, f.rect(), EPS);
            assertEquals(0.35f, f.strokeGrey(), EPS);
            assertEquals(0.6f, f.width(), EPS);
            assertTrue(f.solid());
            List<Integer> ticks = h.box().axes().ageTicks();
            List<PageDrawing.Path> strokes = h.page().paths(p -> {
                float[] l = p.line();
                return p.paint().equals("S") && l != null && l[0] == l[2] && Math.abs(l[1] - b.bottom()) < EPS && Math.abs(l[3] - (b.bottom() - 3)) < EPS;
            });
            assertEquals(ticks.size(), strokes.size(), "one stroke per age tick");
            for (int k = 0; k < ticks.size(); k++) {
                assertEquals(h.px(ticks.get(k)), strokes.get(k).line()[0], EPS, "tick " + ticks.get(k));
                assertEquals(0.35f, strokes.get(k).strokeGrey(), EPS);
                assertEquals(0.6f, strokes.get(k).width(), EPS);
            }
        }
    }

    void theThreeBandsFillThePlotFromLightestAtTheTopToDarkest() {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            List<PageDrawing.Path> bands = h.page().paths(p -> p.paint().equals("f") && p.rect() != null
                    && Math.abs(p.rect()[0] - b.x0()) < EPS && Math.abs(p.rect()[2] - (b.x1() - b.x0())) < EPS);
            assertEquals(3, bands.size());
            float[] greys = {0.97f, 0.91f, 0.84f};
            double[][] edges = {{-1, b.axes().tMax()}, {-2.5, -1}, {b.axes().tMin(), -2.5}};
            for (int i = 0; i < 3; i++) {
                float[] r = bands.get(i).rect();
                assertEquals(greys[i], bands.get(i).fillGrey(), EPS);
                assertEquals(h.py(edges[i][0]), r[1], EPS, "band " + i + " bottom");
                assertEquals(h.py(edges[i][1]), r[1] + r[3], EPS, "band " + i + " top");
            }
            assertEquals(b.top(), bands.get(0).rect()[1] + bands.get(0).rect()[3], EPS);
            assertEquals(b.bottom(), bands.get(2).rect()[1], EPS);
        }
    }

    void eachCurveIsOneBlackStrokeThroughTheModelsPointsInItsOwnPattern() {
        for (Handout h : all()) {
            for (int i = 0; i < h.n(); i++) {
                List<Readout> pts = h.result().outcomes().get(i).chart();
                float[] dash = HandoutPdf.DASHES[i];
                List<PageDrawing.Path> found = h.page().paths(p -> p.paint().equals("S") && p.segs().size() == pts.size() && through(h, p, pts));
                assertEquals(1, found.size(), "scenario " + i);
                PageDrawing.Path c = found.getFirst();
                assertArrayEquals(dash, c.dash(), "scenario " + i + " pattern");
                assertEquals(1.6f, c.width(), EPS);
                assertEquals(0f, c.strokeGrey(), EPS);
                for (int k = 0; k < pts.size(); k++) {
                    assertEquals(k == 0 ? "m" : "l", c.segs().get(k).op());
                    assertEquals(h.px(pts.get(k).ageYears()), c.segs().get(k).p()[0], EPS);
                    assertEquals(h.py(pts.get(k).tScore()), c.segs().get(k).p()[1], EPS);
                }
            }
        }
    }

    /** Whether the path's points are the readouts' places on the chart. */
    static boolean through(Handout h, PageDrawing.Path p, List<Readout> pts) {
        for (int k = 0; k < pts.size(); k++) {
            float[] q = p.segs().get(k).p();
            if (q.length < 2 || Math.abs(q[0] - h.px(pts.get(k).ageYears())) > EPS || Math.abs(q[1] - h.py(pts.get(k).tScore())) > EPS) return false;
        }
        return true;
    }

    void theScanIsABlackSquareOnItsAgeAndTScore() {
        Measurement m = rich.result().consultation().person().measurement();
        double x = rich.px(m.ageYears()), y = rich.py(BmdScale.tScore(m.bmdGPerCm2()));
        List<PageDrawing.Path> squares = rich.page().paths(p -> p.paint().equals("f") && p.rect() != null
                && Math.abs(p.rect()[0] - (x - 3.5)) < EPS && Math.abs(p.rect()[1] - (y - 3.5)) < EPS);
        assertEquals(1, squares.size());
        assertArrayEquals(new float[] {7, 7}, Arrays.copyOfRange(squares.getFirst().rect(), 2, 4), EPS);
        assertEquals(0f, squares.getFirst().fillGrey(), EPS);
    }

    void theLegendSitsOnWhiteInTheTopRightWithASampleOfEachLine() throws Exception {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            int rows = h.n() + (h.scan() ? 1 : 0);
            List<PageDrawing.Path> white = h.page().paths(p -> p.paint().equals("f") && p.fillGrey() == 1f && p.rect() != null);
            assertEquals(1, white.size(), "one white box: the legend");
            float[] r = white.getFirst().rect();
            assertEquals(b.x1() - 4, r[0] + r[2], EPS, "right edge");
            assertEquals(b.top() - 2, r[1] + r[3], EPS, "top edge");
            assertEquals(11 * rows + 6, r[3], EPS, "height: 11 pt a row");
            float lx = r[0], widest = 0;
            for (int i = 0; i < h.n(); i++) {
                float yy = b.top() - 4 - 11 * (i + 1);
                String letter = HandoutPdf.letter(i);
                PageDrawing.Text l = h.page().texts(t -> t.text().equals(letter) && Math.abs(t.x() - (lx + 32)) < EPS).getFirst();
                assertEquals(yy, l.y(), EPS, "legend letter " + letter);
                assertEquals(8.5f, l.size(), EPS);
                String name = Wording.name(h.result().outcomes().get(i).spec());
                PageDrawing.Text nt = h.page().texts(t -> t.text().equals(name) && Math.abs(t.x() - (lx + 42)) < EPS).getFirst();
                assertEquals(yy, nt.y(), EPS, "legend name " + name);
                widest = Math.max(widest, width(nt));
                final int row = i;
                List<PageDrawing.Path> sample = h.page().paths(p -> {
                    float[] ln = p.line();
                    return ln != null && Math.abs(ln[0] - (lx + 4)) < EPS && Math.abs(ln[2] - (lx + 28)) < EPS && Math.abs(ln[1] - (yy + 3)) < EPS
                            && ln[1] == ln[3] && p.dash().length == HandoutPdf.DASHES[row].length;
                });
                assertEquals(1, sample.size(), "sample of line " + letter);
                assertArrayEquals(HandoutPdf.DASHES[i], sample.getFirst().dash());
                assertEquals(1.6f, sample.getFirst().width(), EPS);
                assertEquals(0f, sample.getFirst().strokeGrey(), EPS);
            }
            if (h.scan()) {
                float yy = b.top() - 4 - 11 * (h.n() + 1);
                PageDrawing.Text s = h.page().text(Messages.get("consult.chart.scanLegend"));
                assertEquals(lx + 42, s.x(), EPS);
                assertEquals(yy, s.y(), EPS);
                widest = Math.max(widest, width(s));
                List<PageDrawing.Path> sq = h.page().paths(p -> p.paint().equals("f") && p.rect() != null
                        && Math.abs(p.rect()[0] - (lx + 13)) < EPS && Math.abs(p.rect()[1] - yy) < EPS);
                assertEquals(1, sq.size(), "the scan's sample square");
                assertEquals(0f, sq.getFirst().fillGrey(), EPS);
            } else {
                assertTrue(h.page().texts(t -> t.text().equals(Messages.get("consult.chart.scanLegend"))).isEmpty());
            }
            assertEquals(lx + 42 + widest + 4, r[0] + r[2], 0.05, "as wide as its widest name");
            // every curve keeps below the legend where they meet
            for (int i = 0; i < h.n(); i++) {
                for (Readout p : h.result().outcomes().get(i).chart()) {
                    if (h.px(p.ageYears()) >= r[0] - 8) assertTrue(h.py(p.tScore()) < r[1] - 3, "scenario " + i + " under the legend at " + p.ageYears());
                }
            }
        }
    }

    static float width(PageDrawing.Text t) throws Exception {
        assertEquals(1, t.fonts().size(), t.text());
        return t.fonts().getFirst().getStringWidth(VisualText.visual(t.text())) / 1000 * t.size();
    }

    void markerNamesStandOnFramedWhiteBoxesBesideTheirLinesAtTheTop() throws Exception {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            Person p = h.result().consultation().person();
            List<PageDrawing.Path> boxes = h.page().paths(x -> x.paint().equals("B"));
            List<Object[]> markers = new ArrayList<>();
            if (p.menopause() != Scenario.Menopause.NONE) markers.add(new Object[] {Messages.get("consult.chart.menopause"), p.menopauseAge(), true});
            markers.add(new Object[] {Messages.get("consult.chart.today"), p.ageYears(), false});
            assertEquals(markers.size(), boxes.size(), "one framed box per marker");
            for (int k = 0; k < markers.size(); k++) {
                String name = (String) markers.get(k)[0];
                double x = h.px((double) markers.get(k)[1]);
                PageDrawing.Path box = boxes.get(k);
                float[] r = box.rect();
                assertEquals(1f, box.fillGrey(), EPS);
                assertEquals(0.6f, box.strokeGrey(), EPS);
                assertEquals(0.5f, box.width(), EPS);
                assertTrue(box.solid(), name + "'s box is drawn solid");
                PageDrawing.Text t = h.page().text(name);
                assertEquals(r[0] + 2, t.x(), EPS, name + " inside its box");
                assertEquals(r[1] + 1 + 0.22 * 7.5, t.y(), EPS, name + " on its box's baseline");
                assertEquals(width(t) + 4, r[2], 0.05, name + "'s box fits it");
                assertEquals(7.5 + 2, r[3], EPS);
                assertEquals(b.top() - 2, r[1] + r[3], EPS, name + " at the top of the plot");
                // the dashed grey line itself, across the plot
                List<PageDrawing.Path> line = h.page().paths(q -> {
                    float[] l = q.line();
                    return l != null && Math.abs(l[0] - x) < EPS && l[2] == l[0] && Math.abs(l[1] - b.bottom()) < EPS && Math.abs(l[3] - b.top()) < EPS;
                });
                assertEquals(1, line.size(), name + "'s line");
                assertArrayEquals(new float[] {2, 2}, line.getFirst().dash());
                assertEquals(0.3f, line.getFirst().strokeGrey(), EPS);
                assertEquals(0.8f, line.getFirst().width(), EPS);
                // on the side it prefers when that side has room in the plot
                if ((boolean) markers.get(k)[2] && x - 2.5 - r[2] >= b.x0() + 1) assertEquals(x - 2.5, r[0] + r[2], EPS, name + " left of its line");
                else assertEquals(x + 2.5, r[0], EPS, name + " right of its line");
            }
        }
    }

    void bandNamesSitJustInsideTheirBandsClearOfTheCurvesAndLines() throws Exception {
        String[] keys = {"consult.band.normal", "consult.band.low", "consult.band.osteo"};
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            double[][] edges = {{-1, b.axes().tMax()}, {-2.5, -1}, {b.axes().tMin(), -2.5}};
            for (int i = 0; i < 3; i++) {
                PageDrawing.Text t = h.page().text(Messages.get(keys[i]));
                double low = h.py(edges[i][0]), high = h.py(edges[i][1]);
                double atTop = high - 2 - 8.5 + 0.5 + 0.22 * 7.5, atBottom = low + 2 + 0.5 + 0.22 * 7.5;
                assertTrue(Math.abs(t.y() - atTop) < EPS || Math.abs(t.y() - atBottom) < EPS,
                        t.text() + " at " + t.y() + ", not 2 pt inside its band's top (" + atTop + ") or bottom (" + atBottom + ")");
                double x0 = t.x(), x1 = t.x() + width(t), y0 = t.y() - 0.5 - 0.22 * 7.5, y1 = y0 + 8.5;
                assertTrue(x1 <= b.x1() - 3 + EPS && x0 >= b.x0() + 3 - EPS, t.text() + " inside the plot");
                for (PageDrawing.Path m : h.page().paths(q -> q.line() != null && q.dash().length == 2 && q.dash()[0] == 2)) {
                    double mx = m.line()[0];
                    assertTrue(x1 < mx - 1.5 || x0 > mx + 1.5, t.text() + " across a marker line at " + mx);
                }
                for (int s = 0; s < h.n(); s++) {
                    List<Readout> pts = h.result().outcomes().get(s).chart();
                    for (Readout p : pts) {
                        double px = h.px(p.ageYears()), py = h.py(p.tScore());
                        assertFalse(px > x0 - 2 && px < x1 + 2 && py > y0 - 2 && py < y1 + 2, t.text() + " over scenario " + s + "'s curve at " + p.ageYears());
                    }
                }
            }
        }
    }

    void eachTherapyHasAThickBarInItsPatternUnderTheAgesAndTheSentenceFollows() {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            float by = b.bottom() - 30;
            for (int i = 0; i < h.n(); i++) {
                ScenarioSpec s = h.result().outcomes().get(i).spec();
                if (s.regimen() == null) continue;
                final float at = by;
                List<PageDrawing.Path> bar = h.page().paths(p -> p.line() != null && p.width() == 3.5f && Math.abs(p.line()[1] - at) < EPS);
                assertEquals(1, bar.size(), "bar of " + HandoutPdf.letter(i));
                float[] l = bar.getFirst().line();
                double stop = h.px(Math.min(s.stopAge(), b.axes().ageMax()));
                assertEquals(h.px(s.startAge()), l[0], EPS);
                assertEquals(stop, l[2], EPS);
                assertEquals(0.15f, bar.getFirst().strokeGrey(), EPS);
                assertArrayEquals(HandoutPdf.DASHES[i], bar.getFirst().dash());
                PageDrawing.Text label = h.page().startingWith(HandoutPdf.letter(i) + ": ");
                assertEquals(stop + 4, label.x(), EPS);
                assertEquals(at - 3, label.y(), EPS);
                by -= 10;
            }
            PageDrawing.Text sentence = h.page().text(firstLine(h, "At age"));
            assertEquals(by - 2 - 10.5, sentence.y(), EPS, "the sentence 2 pt under the last bar's row");
            assertEquals(10.5f, sentence.size(), EPS);
        }
    }

    /** The text piece that starts a paragraph. */
    static String firstLine(Handout h, String start) { return h.page().startingWith(start).text(); }

    void theLettersAtTheLineEndsAreSpreadNineApartAndKeptAboveTheAgeNumbers() {
        for (Handout h : all()) {
            HandoutPdf.ChartBox b = h.box();
            List<PageDrawing.Text> letters = new ArrayList<>(h.endLetters());
            assertEquals(h.n(), letters.size());
            letters.sort(Comparator.comparingDouble(PageDrawing.Text::y).reversed());
            List<Double> ends = new ArrayList<>();
            for (PageDrawing.Text l : letters) ends.add(h.py(h.result().outcomes().get(l.text().charAt(0) - 'A').chart().getLast().tScore()));
            for (int k = 0; k < ends.size() - 1; k++) assertTrue(ends.get(k) >= ends.get(k + 1) - 1e-6, "in the order of the curves' ends");
            // each letter centred on its line's end (baseline 3 pt below) or 9 pt under the one above, then all
            // raised together just enough to keep the lowest above the age numbers
            double[] at = new double[ends.size()];
            for (int k = 0; k < at.length; k++) at[k] = k == 0 ? ends.get(0) - 3 : Math.min(ends.get(k) - 3, at[k - 1] - 9);
            double raise = Math.max(0, b.bottom() + 1 - at[at.length - 1]);
            for (int k = 0; k < at.length; k++) {
                assertEquals(at[k] + raise, letters.get(k).y(), EPS, "letter " + letters.get(k).text());
                assertEquals(8f, letters.get(k).size(), EPS);
            }
        }
        double[] ys = together.endLetters().stream().mapToDouble(PageDrawing.Text::y).sorted().toArray();
        assertEquals(together.box().bottom() + 1, ys[0], EPS, "the low curves' letters are raised");
        assertEquals(9, ys[1] - ys[0], EPS);
        assertEquals(9, ys[2] - ys[1], EPS);
    }

    // ------------------------------------------------------------------ the table and the text around it

    void tableRowsLieBetweenTwoRulesEverySecondOneShadedAndTheNoteFollows() throws Exception {
        for (Handout h : all()) {
            List<PageDrawing.Path> rules = rules(h);
            assertEquals(3, rules.size(), "under the table's headings, under its rows, above the closing statement");
            for (PageDrawing.Path r : rules) {
                assertEquals(0.6f, r.strokeGrey(), EPS);
                assertEquals(0.5f, r.width(), EPS);
                assertTrue(r.solid());
            }
            // the headings: each scenario's letter and name, the lowest line 6 pt above the first rule
            double lowestHeading = Double.MAX_VALUE;
            for (int i = 0; i < h.n(); i++) {
                PageDrawing.Text t = h.page().startingWith(HandoutPdf.letter(i) + "  ");
                lowestHeading = Math.min(lowestHeading, t.y());
                final double x = t.x();
                for (PageDrawing.Text more : h.page().texts(u -> Math.abs(u.x() - x) < EPS && u.y() < t.y() && t.y() - u.y() < 11 && u.size() == 9f)) {
                    lowestHeading = Math.min(lowestHeading, more.y());
                }
            }
            PageDrawing.Text age = h.page().texts(t -> t.text().equals(Messages.get("consult.table.age"))).getFirst();
            PageDrawing.Text sentence = h.page().startingWith("At age");
            double sentenceLast = h.page().texts(t -> t.size() == 10.5f && t.x() == MARGIN && t.y() <= sentence.y() && t.y() > age.y()).stream()
                    .mapToDouble(PageDrawing.Text::y).min().orElseThrow();
            assertEquals(sentenceLast - 0.3 * 10.5 - 3 - 10, age.y(), EPS, "the table 3 pt under the sentence");
            double rule1 = rules.get(0).line()[1], rule2 = rules.get(1).line()[1];
            assertEquals(lowestHeading - 6, rule1, EPS, "first rule under the headings");
            List<Double> ages = h.result().consultation().tableAges();
            double rowH = Double.NaN, top = rule1 - 3;
            for (int k = 0; k < ages.size(); k++) {
                String a = Wording.age(ages.get(k));
                final double near = top;
                PageDrawing.Text at = h.page().texts(t -> t.text().equals(a) && t.x() == MARGIN && t.y() < near && t.y() > near - 30).getFirst();
                assertEquals(top - 10, at.y(), EPS, "row " + k);
                List<PageDrawing.Text> cells1 = h.page().texts(t -> t.text().startsWith("T-score") && Math.abs(t.y() - at.y()) < 0.5);
                assertEquals(h.n(), cells1.size(), "the T-scores on the age's line");
                List<PageDrawing.Text> cells2 = h.page().texts(t -> t.text().contains("g/cm") && t.y() < at.y() && t.y() > at.y() - 20);
                assertEquals(h.n(), cells2.size(), "the second lines under the first");
                if (k == 0) rowH = at.y() + 10 + 3 - cells2.getFirst().y();
                for (PageDrawing.Text c2 : cells2) assertEquals(top - rowH + 3, c2.y(), EPS);
                final double rowTop = top, rh = rowH;
                List<PageDrawing.Path> shade = h.page().paths(p -> p.paint().equals("f") && p.rect() != null && p.fillGrey() == 0.93f
                        && Math.abs(p.rect()[1] + p.rect()[3] - (rowTop + 2)) < EPS);
                assertEquals(k % 2, shade.size(), "row " + k + (k % 2 == 1 ? " shaded" : " plain"));
                if (k % 2 == 1) assertArrayEquals(new float[] {MARGIN, (float) (rowTop - rh + 2), h.page().pageWidth - 2 * MARGIN, (float) rh},
                        shade.getFirst().rect(), EPS);
                top -= rowH;
            }
            assertTrue(rowH >= 21 && rowH <= 23, "row height " + rowH);
            assertEquals(top - 2, rule2, EPS, "second rule under the last row");
            String note = Messages.get("consult.table.note", Wording.age(h.result().outcomes().getFirst().scenario().startAge()));
            PageDrawing.Text first = h.page().texts(t -> t.x() == MARGIN && t.y() < rule2 && t.y() > rule2 - 12).getFirst();
            assertTrue(note.startsWith(first.text()), first.text());
            assertEquals(rule2 - 3 - first.size(), first.y(), EPS, "the note under the rule");
            List<PageDrawing.Text> noteLines = h.page().texts(t -> t.x() == MARGIN && t.size() == first.size() && t.y() <= first.y() && t.y() > first.y() - 40);
            assertEquals(note, String.join(" ", noteLines.stream().map(PageDrawing.Text::text).toList()), "the whole note");
            double noteLast = noteLines.getLast().y();
            PageDrawing.Text next = h.page().texts(t -> t.y() < noteLast).getFirst();
            assertEquals(noteLast - 0.3 * first.size() - 2 - 4 - 11, next.y(), EPS, "the arrays' heading 2 pt under the note");
            assertEquals(11.5f, next.size(), EPS);
        }
    }

    /** The rules: light horizontal lines across the text width. */
    static List<PageDrawing.Path> rules(Handout h) {
        return h.page().paths(p -> {
            float[] l = p.line();
            return p.paint().equals("S") && l != null && l[1] == l[3] && Math.abs(l[0] - MARGIN) < EPS
                    && Math.abs(l[2] - (h.page().pageWidth - MARGIN)) < EPS;
        });
    }

    void theTitleFillsTheLineUpToTheDateAndTheColumnsCloseAboveTheLastRule() throws Exception {
        for (Handout h : all()) {
            PageDrawing.Text title = h.page().text(Messages.get("consult.handout.title"));
            PageDrawing.Text date = h.page().text("January 15, 2026");
            // at most 17 pt, and as large as fits 12 pt before the date
            assertTrue(title.size() <= 17 && title.x() + width(title) <= date.x() - 12 + 0.05, "clear of the date");
            if (title.size() < 17) assertEquals(date.x() - 12, title.x() + width(title), 0.05, "set smaller only as far as needed");
            assertEquals(h.page().pageWidth - MARGIN, date.x() + width(date), EPS, "the date ends at the margin");
            // the two columns, their headings at full size, side by side; the last rule 6 pt under the longer
            PageDrawing.Text what = h.page().startingWith(Messages.get("consult.handout.whatHeading").split(" ")[0] + " ");
            PageDrawing.Text other = h.page().startingWith(Messages.get("consult.balance.heading").split(" ")[0] + " ");
            assertEquals(11.5f, what.size(), EPS);
            assertEquals(11.5f, other.size(), EPS);
            assertEquals(what.y(), other.y(), EPS);
            float half = (h.page().pageWidth - 2 * MARGIN - 16) / 2;
            assertEquals(MARGIN + half + 16, other.x(), EPS);
            float small = h.page().startingWith(String.join(" ", Arrays.copyOf(Messages.get("consult.handout.what").split(" "), 3))).size();
            double lowest = h.page().texts(t -> t.size() == small && t.y() < what.y()).stream().mapToDouble(PageDrawing.Text::y).min().orElseThrow();
            double last = rules(h).getLast().line()[1];
            assertEquals(lowest - 0.3 * small - 6, last, EPS, "the last rule under the columns");
            PageDrawing.Text disclaimer = h.page().startingWith("This is not medical advice");
            assertEquals(last - 3 - 10, disclaimer.y(), EPS);
            // the heading 4 pt under what came before it
            double above = h.page().texts(t -> t.y() > what.y() && t.y() < what.y() + 30).stream().mapToDouble(PageDrawing.Text::y).min().orElseThrow();
            PageDrawing.Text aboveText = h.page().texts(t -> t.y() == above).getFirst();
            double afterTable = h.drawn().arrays().isEmpty() ? 2 : 0;
            assertEquals(above - 0.3 * aboveText.size() - afterTable - 4 - 11, what.y(), EPS, "the columns' headings under the " + aboveText.text());
        }
    }

    @Test
    void aSpanishTitleTooLongForTheLineIsSetSmallerToEndTwelvePointsBeforeTheDate() throws Exception {
        Messages.setLocale(java.util.Locale.forLanguageTag("es"));
        try {
            Handout h = make(HandoutPageTest.rich(), HandoutPdf.Paper.A4);
            PageDrawing.Text title = h.page().text(Messages.get("consult.handout.title"));
            PageDrawing.Text date = h.page().texts(t -> t.text().contains("2026")).getFirst();
            assertTrue(title.size() < 17, "set smaller: " + title.size());
            assertEquals(date.x() - 12, title.x() + width(title), 0.05);
        } finally {
            Messages.setLocale(java.util.Locale.ENGLISH);
        }
    }

    // ------------------------------------------------------------------ the icon arrays

    void eachArrayIsAHundredPeopleEachARoundHeadOverShoulders() {
        Handout h = rich;
        List<HandoutPdf.ArrayBox> arrays = h.drawn().arrays();
        assertEquals(3, arrays.size());
        // people: a closed circle then a closed arch in one path, filled black or outlined light grey
        List<PageDrawing.Path> people = h.page().paths(p -> p.segs().size() == 9 && p.segs().get(5).op().equals("h"));
        assertEquals(100 * arrays.size(), people.size(), "a hundred people per array");
        int k = 0;
        for (HandoutPdf.ArrayBox a : arrays) {
            for (int i = 0; i < 100; i++, k++) {
                PageDrawing.Path p = people.get(k);
                float cx = a.x() + (i % 10) * a.icon() + a.icon() / 2, cy = a.top() - (i / 10) * a.icon() - a.icon() / 2;
                float r = a.icon() * 0.42f, hr = r * 0.42f, hk = 0.5523f * hr, hy = cy + r * 0.45f;
                float[][] head = {{cx + hr, hy}, {cx + hr, hy + hk, cx + hk, hy + hr, cx, hy + hr}, {cx - hk, hy + hr, cx - hr, hy + hk, cx - hr, hy},
                        {cx - hr, hy - hk, cx - hk, hy - hr, cx, hy - hr}, {cx + hk, hy - hr, cx + hr, hy - hk, cx + hr, hy}};
                String[] ops = {"m", "c", "c", "c", "c", "h", "m", "c", "h"};
                for (int s = 0; s < 9; s++) assertEquals(ops[s], p.segs().get(s).op(), "person " + i + " segment " + s);
                for (int s = 0; s < 5; s++) assertArrayEquals(head[s], p.segs().get(s).p(), 1e-3f, "head of person " + i);
                assertArrayEquals(new float[] {cx - r * 0.8f, cy - r}, p.segs().get(6).p(), 1e-3f, "shoulders of person " + i);
                assertArrayEquals(new float[] {cx - r * 0.8f, cy + r * 0.05f, cx + r * 0.8f, cy + r * 0.05f, cx + r * 0.8f, cy - r},
                        p.segs().get(7).p(), 1e-3f, "shoulders of person " + i);
                if (p.paint().equals("f")) assertEquals(0f, p.fillGrey(), EPS);
                else {
                    assertEquals("S", p.paint());
                    assertEquals(0.55f, p.strokeGrey(), EPS);
                    assertEquals(0.4f, p.width(), EPS);
                }
            }
        }
        // captions under the grids; the note under the lowest caption
        PageDrawing.Text heading = h.page().startingWith("Out of 100");
        for (HandoutPdf.ArrayBox a : arrays) {
            assertEquals(heading.y() - 6, a.top(), EPS, "grid under the heading");
            List<PageDrawing.Text> caption = h.page().texts(t -> Math.abs(t.x() - a.x()) < EPS && t.size() == 9f && t.y() < a.top() - 10 * a.icon());
            assertEquals(a.top() - 10 * a.icon() - 9, caption.getFirst().y(), EPS, "caption under the grid");
        }
        double lowestCaption = h.page().texts(t -> t.size() == 9f && t.y() < arrays.getFirst().top() - 10 * arrays.getFirst().icon()
                && t.y() > arrays.getFirst().top() - 10 * arrays.getFirst().icon() - 60).stream().mapToDouble(PageDrawing.Text::y).min().orElseThrow();
        PageDrawing.Text note = h.page().texts(t -> t.text().contains("FRAX")).getFirst();
        assertEquals(lowestCaption - 10.5 - note.size(), note.y(), EPS, "the note 2 pt under the lowest caption");
    }
}
