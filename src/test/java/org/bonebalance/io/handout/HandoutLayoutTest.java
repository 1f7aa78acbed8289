package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.text.TextPosition;
import org.bonebalance.content.Messages;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where things stand on the page, from the rendered image and the text's positions: inside the margins, no two
 * pieces of text on top of each other, sections in reading order, the chart's numbers beside their ticks, and
 * each line drawn in its own pattern (solid, dashed, dotted) and weight. Nothing of the calibration is assumed:
 * positions come from the model's readouts through the chart's own scale.
 */
class HandoutLayoutTest {
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    /** A text piece's box in PDF points, y down from the page's top (as PDFTextStripper gives it). */
    record Box(String text, double x0, double x1, double top, double bottom) {
        boolean overlaps(Box o, double slack) {
            return x0 + slack < o.x1 && o.x0 + slack < x1 && top + slack < o.bottom && o.top + slack < bottom;
        }

        double cx() { return (x0 + x1) / 2; }

        double cy() { return (top + bottom) / 2; }
    }

    static Box box(HandoutPageTest.Line l) {
        double x0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, top = Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
        for (TextPosition g : l.glyphs()) {
            if (g.getUnicode().isBlank()) continue;
            x0 = Math.min(x0, g.getXDirAdj());
            x1 = Math.max(x1, g.getXDirAdj() + g.getWidthDirAdj());
            top = Math.min(top, g.getYDirAdj() - g.getHeightDir());
            bottom = Math.max(bottom, g.getYDirAdj());
        }
        return new Box(l.text(), x0, x1, top, bottom);
    }

    static List<Box> boxes(HandoutPageTest.Page page) {
        List<Box> b = new ArrayList<>();
        for (HandoutPageTest.Line l : page.lines()) if (!l.text().isBlank()) b.add(box(l));
        return b;
    }

    static Box first(List<Box> boxes, String start) {
        return boxes.stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + start + "' among " + boxes.stream().map(Box::text).toList()));
    }

    @Test
    void textStaysInsideTheMarginsAndNeverOnTopOfOtherText() throws Exception {
        for (String lang : new String[] {"en", "es"}) {
            Messages.setLocale(Locale.forLanguageTag(lang));
            for (int k = 0; k < 4; k++) {
                HandoutPdf.Paper paper = HandoutPdf.Paper.values()[k % 2];
                // ours, and the consultation file tests' fullest one (three therapies, a scan, both risks)
                Consultation c = k < 2 ? HandoutPageTest.rich() : org.bonebalance.io.consult.ConsultationJsonTest.rich();
                HandoutPdf.Drawn d = HandoutPdf.drawn(ConsultForecast.run(c), DATE, paper);
                HandoutPageTest.Page page = HandoutPageTest.page(d.pdf());
                double w = paper == HandoutPdf.Paper.A4 ? 595.28 : 612;
                List<Box> boxes = boxes(page);
                assertTrue(boxes.size() > 60, lang + " " + paper + ": " + boxes.size() + " pieces of text");
                List<String> bad = new ArrayList<>();
                for (Box b : boxes) {
                    if (b.x0() < 40 - 0.5 || b.x1() > w - 40 + 0.5 || b.top() < 40 - 0.5 || b.bottom() > page.height() - 28)
                        bad.add("outside the margins: " + b);
                }
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        if (boxes.get(i).overlaps(boxes.get(j), 0.6)) bad.add(boxes.get(i) + " over " + boxes.get(j));
                    }
                }
                assertTrue(bad.isEmpty(), lang + " " + paper + ":\n" + String.join("\n", bad));
            }
        }
    }

    @Test
    void sectionsComeInReadingOrderAndTheTwoColumnsSideBySide() throws Exception {
        HandoutPdf.Drawn d = HandoutPdf.drawn(ConsultForecast.run(HandoutPageTest.rich()), DATE, HandoutPdf.Paper.A4);
        HandoutPageTest.Page page = HandoutPageTest.page(d.pdf());
        List<Box> b = boxes(page);
        double chartTop = page.height() - d.chart().top(), chartBottom = page.height() - d.chart().bottom();
        String[] order = {"Your bones", "Age 52.", "Spine T-score", "At age", "Age", "Out of 100", "What this model is",
                "The curves come", "This is not medical advice", "Made with BoneBalance"};
        double last = -1;
        for (String s : order) {
            Box x = s.equals("Age") ? b.stream().filter(t -> t.text().equals("Age")).findFirst().orElseThrow() : first(b, s);
            assertTrue(x.top() > last, s + " at " + x.top() + " comes after " + last);
            last = x.top();
        }
        assertTrue(first(b, "Age 52.").bottom() < chartTop - 8, "the description above the chart");
        assertTrue(first(b, "Spine T-score").bottom() < chartTop && first(b, "Spine T-score").bottom() > chartTop - 12, "axis title just above");
        assertTrue(first(b, "At age").top() > chartBottom + 20, "the sentence under the chart and its axis");
        assertTrue(first(b, "January 15, 2026").x1() > 595.28 - 40 - 1, "the date at the right margin");
        assertEquals(first(b, "Your bones").cy(), first(b, "January 15, 2026").cy(), 3, "date beside the title");
        Box what = first(b, "What this model is"), other = first(b, "Other benefits and risks");
        assertEquals(what.top(), other.top(), 0.5, "the two columns start level");
        assertEquals(40, what.x0(), 1);
        assertEquals(40 + (595.28 - 80 - 16) / 2 + 16, other.x0(), 1.5, "the second column starts after half the width and the gap");
        Box disclaimer = first(b, "This is not medical advice");
        assertEquals(40, disclaimer.x0(), 1);
        // the table: each age on its row, the scenarios' letters heading their columns in order
        Box a = first(b, "A  "), bb = first(b, "B  "), c = first(b, "C  ");
        assertTrue(a.x0() < bb.x0() && bb.x0() < c.x0(), "columns A, B, C");
        assertEquals(bb.x0() - a.x0(), c.x0() - bb.x0(), 1, "equal columns");
        // every cell under its heading: the T-score line, then the bone-density line, row after row
        List<Box> cells1 = b.stream().filter(x -> x.text().startsWith("T-score -") || x.text().startsWith("T-score 0")).toList();
        List<Box> cells2 = b.stream().filter(x -> x.text().contains("g/cm²,")).toList();
        assertEquals(9, cells1.size(), cells1.toString());
        assertEquals(9, cells2.size(), cells2.toString());
        double[] colX = {a.x0(), bb.x0(), c.x0()};
        for (int k = 0; k < 9; k++) {
            assertEquals(colX[k % 3], cells1.get(k).x0(), 1, "cell " + k);
            assertEquals(colX[k % 3], cells2.get(k).x0(), 1, "cell " + k);
            assertTrue(cells2.get(k).top() > cells1.get(k).bottom() - 0.5 && cells2.get(k).top() < cells1.get(k).bottom() + 4, "cell " + k + " lines");
            if (k >= 3) assertTrue(cells1.get(k).top() > cells2.get(k - 3).bottom() + 2, "row " + k / 3 + " under the one before");
            assertTrue(cells1.get(k).top() > a.bottom() + 3, "cells under the headings");
        }
        double row60 = first(b, "60").top(), row70 = b.stream().filter(x -> x.text().equals("70") && x.x0() < 45).findFirst().orElseThrow().top();
        assertTrue(row70 > row60 + 15, "rows apart: " + row60 + ", " + row70);
    }

    @Test
    void theChartsNumbersStandBesideTheirTicks() throws Exception {
        ConsultForecast.Result r = ConsultForecast.run(HandoutPageTest.rich());
        HandoutPdf.Drawn d = HandoutPdf.drawn(r, DATE, HandoutPdf.Paper.A4);
        HandoutPageTest.Page page = HandoutPageTest.page(d.pdf());
        HandoutPdf.ChartBox box = d.chart();
        List<Box> b = boxes(page);
        double h = page.height();
        int ages = 0;
        for (int a : box.axes().ageTicks()) {
            double x = box.axes().x(a, box.x0(), box.x1());
            Box label = b.stream().filter(t -> t.text().equals(Integer.toString(a)) && Math.abs(t.cx() - x) < 1.5
                    && t.top() > h - box.bottom() && t.bottom() < h - box.bottom() + 14).findFirst()
                    .orElseThrow(() -> new AssertionError("no age " + a + " under its tick at " + x));
            assertTrue(page.darkNear(x, box.bottom() - 1.5, 0.6, 0.6), "tick mark at " + a);
            ages++;
            assertNotNull(label);
        }
        assertTrue(ages >= 4, "age ticks: " + ages);
        int ts = 0;
        for (int t : box.axes().tScoreTicks(box.top() - box.bottom(), 14)) {
            double y = h - box.axes().y(t, box.bottom(), box.top());
            String lbl = org.bonebalance.content.Wording.tScore(t);
            assertTrue(b.stream().anyMatch(x -> x.text().equals(lbl) && Math.abs(x.x1() - (box.x0() - 4)) < 1.5
                    && Math.abs(x.cy() - y) < 3.5), "T-score " + lbl + " beside its height " + y);
            ts++;
        }
        assertTrue(ts >= 3, "T-score ticks: " + ts);
        Box xl = first(b, "Age (years)");
        assertEquals(box.x1(), xl.x1(), 1.5, "the age axis's name ends at the plot's right");
        assertTrue(xl.top() > h - box.bottom() + 8, "under the age numbers");
        // the letters at the line ends: right of the plot, in the order of the curves' last values
        List<Box> letters = b.stream().filter(x -> x.text().matches("[ABC]") && x.x0() > box.x1()).toList();
        assertEquals(3, letters.size(), letters.toString());
        for (Box l : letters) assertEquals(box.x1() + 3, l.x0(), 1, l.text());
        List<String> byHeight = new ArrayList<>(letters.stream().sorted((p, q) -> Double.compare(p.top(), q.top())).map(Box::text).toList());
        List<Integer> idx = new ArrayList<>(List.of(0, 1, 2));
        idx.sort((i, j) -> Double.compare(r.outcomes().get(j).chart().getLast().tScore(), r.outcomes().get(i).chart().getLast().tScore()));
        assertEquals(idx.stream().map(i -> String.valueOf((char) ('A' + i))).toList(), byHeight, "highest curve's letter on top");
        // markers' names on white boxes at the top, band names inside their bands
        Box today = first(b, "Today"), meno = first(b, "Menopause");
        assertTrue(today.top() > h - box.top() && today.bottom() < h - box.top() + 14, "Today at the top of the plot");
        assertTrue(meno.top() > h - box.top() && meno.bottom() < h - box.top() + 14, "Menopause at the top");
        assertEquals(1.0, page.grey(today.x0() - 1, (h - today.cy())), 0.05, "white box behind 'Today'");
        double todayX = box.axes().x(52, box.x0(), box.x1()), menoX = box.axes().x(51, box.x0(), box.x1());
        assertTrue(today.x0() >= todayX, "today's name right of its line");
        assertTrue(meno.x1() <= menoX, "menopause's name left of its line");
        Box osteo = first(b, "osteoporosis");
        double yOsteo = h - box.axes().y(-2.5, box.bottom(), box.top());
        assertTrue(osteo.top() > yOsteo && osteo.bottom() < h - box.bottom(), "the osteoporosis band's name inside it");
    }

    /** Fraction of points along the curve (every 0.4 pt of its path) that are dark. */
    private static double inkAlong(HandoutPageTest.Page page, List<double[]> path) {
        int dark = 0, all = 0;
        for (int k = 1; k < path.size(); k++) {
            double[] p = path.get(k - 1), q = path.get(k);
            double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
            for (double s = 0; s < len; s += 0.4) {
                double x = p[0] + (q[0] - p[0]) * s / len, y = p[1] + (q[1] - p[1]) * s / len;
                all++;
                if (page.grey(x, y) < 0.35) dark++;
            }
        }
        return all == 0 ? 0 : dark / (double) all;
    }

    /** The part of a scenario's curve at least 8 pt from the others' and inside the plot, as runs of points. */
    private static List<List<double[]>> apart(ConsultForecast.Result r, HandoutPdf.ChartBox box, int i) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (Readout p : r.outcomes().get(i).chart()) {
            double x = box.axes().x(p.ageYears(), box.x0(), box.x1()), y = box.axes().y(p.tScore(), box.bottom(), box.top());
            boolean clear = x > box.x0() + 2 && x < box.x1() - 2;
            for (int j = 0; j < r.outcomes().size() && clear; j++) {
                if (j == i) continue;
                for (Readout q : r.outcomes().get(j).chart()) {
                    double qx = box.axes().x(q.ageYears(), box.x0(), box.x1()), qy = box.axes().y(q.tScore(), box.bottom(), box.top());
                    if (Math.hypot(qx - x, qy - y) < 6) clear = false;
                }
            }
            if (clear) run.add(new double[] {x, y});
            else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) runs.add(run);
        return runs;
    }

    @Test
    void eachLineHasItsPatternAndWeight() throws Exception {
        // no therapy, estrogen from 52 to 75, and estrogen with a progestogen from 60 to 85: the three curves
        // part widely (a course that has stopped rejoins the untreated curve within a few years, docs/model.md §7)
        ConsultForecast.Result r = ConsultForecast.run(HandoutPageTest.rich().withScenarios(List.of(
                org.bonebalance.sim.consult.ScenarioSpec.none(), org.bonebalance.sim.consult.ScenarioSpec.therapy(org.bonebalance.sim.Regimen.E, 52, 75),
                org.bonebalance.sim.consult.ScenarioSpec.therapy(org.bonebalance.sim.Regimen.EP, 60, 85))));
        HandoutPdf.Drawn d = HandoutPdf.drawn(r, DATE, HandoutPdf.Paper.A4);
        HandoutPageTest.Page page = HandoutPageTest.page(d.pdf());
        HandoutPdf.ChartBox box = d.chart();
        // expected share of ink along a line: solid 1, dashed 7 of 11, dotted 1.5 of 4.5
        double[][] share = {{0.93, 1.01}, {0.5, 0.8}, {0.2, 0.5}};
        for (int i = 0; i < 3; i++) {
            double ink = 0, len = 0;
            for (List<double[]> run : apart(r, box, i)) {
                if (run.size() < 2) continue;
                double l = 0;
                for (int k = 1; k < run.size(); k++) l += Math.hypot(run.get(k)[0] - run.get(k - 1)[0], run.get(k)[1] - run.get(k - 1)[1]);
                ink += inkAlong(page, run) * l;
                len += l;
            }
            assertTrue(len > 40, "scenario " + i + ": " + len + " pt of curve apart from the others");
            double s = ink / len;
            assertTrue(s >= share[i][0] && s <= share[i][1], "scenario " + i + ": " + s + " of its curve inked");
        }
        // weight: the solid line (1.6 pt) seen across, in the middle of its longest stretch apart from the others
        List<double[]> longest = apart(r, box, 0).stream().max((p, q) -> Integer.compare(p.size(), q.size())).orElseThrow();
        double ex = longest.get(longest.size() / 2)[0], ey = longest.get(longest.size() / 2)[1];
        int thick = 0;
        for (double dy = -4; dy <= 4; dy += 1 / 3.0) if (page.grey(ex, ey + dy) < 0.5) thick++;
        assertTrue(thick >= 4 && thick <= 8, "solid curve " + thick / 3.0 + " pt thick");
        // the legend's samples: each letter has its line pattern left of it
        List<Box> b = boxes(page);
        double h = page.height();
        for (int i = 0; i < 3; i++) {
            String letter = String.valueOf((char) ('A' + i));
            Box l = b.stream().filter(x -> x.text().equals(letter) && x.x0() < box.x1() && x.top() < h - box.top() + 50)
                    .findFirst().orElseThrow(() -> new AssertionError("legend letter " + letter));
            double y = h - l.bottom() + 3, x = l.x0() - 28;
            List<double[]> sample = List.of(new double[] {x + 1, y}, new double[] {x + 23, y});
            double s = inkAlong(page, sample);
            assertTrue(s >= share[i][0] - 0.1 && s <= share[i][1] + 0.1, "legend " + letter + ": " + s + " inked");
        }
        // the legend box is white under its words; the plot's bands are grey
        Box legendName = first(b, "No therapy");
        assertEquals(1.0, page.grey(legendName.x1() + 2, h - legendName.cy()), 0.02, "legend background");
        // today's and menopause's lines: dashed, grey (not black)
        for (double age : new double[] {51, 52}) {
            double x = box.axes().x(age, box.x0(), box.x1());
            int dark = 0, grey = 0, light = 0;
            for (double y = box.bottom() + 1; y < box.bottom() + 40; y += 0.25) {
                double g = page.grey(x, y);
                if (g < 0.15) dark++;
                else if (g < 0.6) grey++;
                else light++;
            }
            assertTrue(grey > 20 && light > 20, "age " + age + " line: grey " + grey + ", light " + light + ", black " + dark);
        }
        // therapy bars under the axis: thick, dashed like their scenario, from its start to its stop age
        for (String s : new String[] {"B: therapy", "C: therapy"}) {
            Box label = first(b, s);
            double y = h - label.bottom() + 3;
            int scenario = s.charAt(0) - 'A';
            double start = scenario == 1 ? 52 : 60, stop = scenario == 1 ? 75 : 85;
            double x0 = box.axes().x(start, box.x0(), box.x1()), x1 = box.axes().x(stop, box.x0(), box.x1());
            assertEquals(x1 + 4, label.x0(), 1, s + " label after the bar's end");
            double inked = inkAlong(page, List.of(new double[] {x0 + 0.5, y}, new double[] {x1 - 0.5, y}));
            assertTrue(inked > share[scenario][0] - 0.1 && inked < share[scenario][1] + 0.1, s + ": " + inked);
            assertTrue(page.grey(x0 + 3, y + 1.2) < 0.6 || page.grey(x0 + 1, y + 1.2) < 0.6, s + ": 3.5 pt thick");
            assertTrue(page.grey((x0 + x1) / 2, y + 4) > 0.9, s + ": not thicker");
        }
    }

    @Test
    void tableRowsAreShadedInTurnsBetweenRules() throws Exception {
        Consultation c = HandoutPageTest.rich().withTableAges(List.of(60.0, 70.0, 80.0));
        HandoutPageTest.Page page = HandoutPageTest.page(HandoutPdf.bytes(ConsultForecast.run(c), DATE, HandoutPdf.Paper.A4));
        List<Box> b = boxes(page);
        double h = page.height();
        Box r60 = first(b, "60"), r70 = b.stream().filter(x -> x.text().equals("70") && x.x0() < 45).findFirst().orElseThrow();
        Box r80 = b.stream().filter(x -> x.text().equals("80") && x.x0() < 45).findFirst().orElseThrow();
        double gap = 60; // between the age and the first column
        assertEquals(1.0, page.grey(r60.x1() + 8, h - r60.bottom() + 4), 0.02, "first row plain");
        assertEquals(0.93, page.grey(r70.x1() + 8, h - r70.bottom() + 4), 0.03, "second row shaded");
        assertEquals(1.0, page.grey(r80.x1() + 8, h - r80.bottom() + 4), 0.02, "third row plain");
        assertEquals(0.93, page.grey(595.28 - 41, h - r70.bottom() + 4), 0.03, "the shade spans the width");
        // a rule under the headings and one under the last row
        int rules = 0;
        double x = 595.28 / 2 + gap;
        boolean inRule = false;
        for (double y = h - r60.top() + 20; y > h - r80.bottom() - 30; y -= 1 / 3.0) {
            double g = page.grey(x, y);
            boolean line = g > 0.4 && g < 0.85;
            if (line && !inRule) rules++;
            inRule = line;
        }
        assertTrue(rules >= 2, "rules around the rows: " + rules);
    }
}
