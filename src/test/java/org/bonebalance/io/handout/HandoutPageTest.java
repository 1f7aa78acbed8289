package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.IconArray;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.sim.consult.TrialEffect;
import org.bonebalance.content.Wording;
import org.junit.jupiter.api.Test;

/**
 * The handout as a reader sees it: the page rendered to an image (PDFBox's renderer, 216 dpi) and its text read
 * back. The pictures (icon arrays, the chart's curves and bands, the description of the person) must be drawn
 * where the model puts them, and names in any script must come out as typed, drawn with real glyphs.
 */
class HandoutPageTest {
    private static final float SCALE = 3;
    private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

    /** The rendered page, its text lines and the glyphs of each line. */
    record Page(BufferedImage image, float height, List<Line> lines, String text) {
        double grey(double x, double y) {
            int px = (int) Math.round(x * SCALE), py = (int) Math.round((height - y) * SCALE);
            if (px < 0 || py < 0 || px >= image.getWidth() || py >= image.getHeight()) return 1;
            return (image.getRaster().getSample(px, py, 0)) / 255.0;
        }

        /** Whether a pixel darker than {@code below} lies within r points of (x, y) (PDF points, y up). */
        boolean darkNear(double x, double y, double r, double below) {
            for (double dx = -r; dx <= r; dx += 1 / SCALE) {
                for (double dy = -r; dy <= r; dy += 1 / SCALE) {
                    if (dx * dx + dy * dy <= r * r && grey(x + dx, y + dy) < below) return true;
                }
            }
            return false;
        }

        /** Pixels darker than half grey inside a glyph's box (text coordinates: y down from the top). */
        int ink(TextPosition g) {
            int n = 0;
            int x0 = (int) Math.floor(g.getXDirAdj() * SCALE), x1 = (int) Math.ceil((g.getXDirAdj() + g.getWidthDirAdj()) * SCALE);
            int y0 = (int) Math.floor((g.getYDirAdj() - g.getHeightDir() * 1.2) * SCALE), y1 = (int) Math.ceil((g.getYDirAdj() + 1) * SCALE);
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
                    if (image.getRaster().getSample(x, y, 0) < 128) n++;
                }
            }
            return n;
        }

        Line line(String start) {
            return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting '" + start + "' in " + text));
        }
    }

    record Line(String text, List<TextPosition> glyphs) {}

    static Page page(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            BufferedImage image = new PDFRenderer(doc).renderImage(0, SCALE, ImageType.GRAY);
            List<Line> lines = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    lines.add(new Line(text, List.copyOf(positions)));
                    super.writeString(text, positions);
                }
            };
            String text = s.getText(doc).replaceAll("\\s+", " ");
            return new Page(image, doc.getPage(0).getMediaBox().getHeight(), lines, text);
        }
    }

    static Consultation withLabel(Consultation c, String label) {
        Person p = c.person();
        return c.withPerson(new Person(label, p.sex(), p.ageYears(), p.menopause(), p.menopauseAge(), p.measurement()));
    }

    /** Every glyph of the line is a real glyph of an embedded font (not .notdef, not '?') and leaves ink. */
    static void drawnWithRealGlyphs(Page page, Line line, String what) throws IOException {
        for (TextPosition g : line.glyphs()) {
            if (g.getUnicode().isBlank()) continue;
            assertNotEquals("?", g.getUnicode(), what + ": '?' in " + line.text());
            assertTrue(g.getFont() instanceof PDType0Font && g.getFont().isEmbedded(), what + ": " + g.getFont());
            int gid = ((PDType0Font) g.getFont()).codeToGID(g.getCharacterCodes()[0]);
            assertTrue(gid > 0, what + ": no glyph for '" + g.getUnicode() + "' in " + line.text());
            assertTrue(page.ink(g) > 0, what + ": nothing drawn for '" + g.getUnicode() + "' in " + line.text());
        }
    }

    // ------------------------------------------------------------------ names in any script

    @Test
    void namesInFiveScriptsReadBackAsTypedAndAreDrawnWithRealGlyphs() throws Exception {
        String[] names = {"Zoë Ñúñez-Łukasz", "Ελένη Παπαδοπούλου", "Анна Иванова", "عائشة الفاسي", "שרה כהן", "王芳 عائشة"};
        for (String name : names) {
            Consultation c = withLabel(Consultation.example(), name);
            boolean cjk = name.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            Page page = page(HandoutPdf.bytes(ConsultForecast.run(c), DATE, HandoutPdf.Paper.A4));
            Line line = page.line("For: ");
            if (cjk && !HandoutFonts.systemCjkFont()) {
                System.out.println("HandoutPageTest: no CJK font among this machine's fonts (" + String.join(", ", HandoutFonts.CJK_FILES)
                        + "): checked only that '王芳' is reported and drawn as a box");
                assertEquals("For: \u25A1\u25A1 عائشة", line.text().strip(), name);
                assertEquals("王芳", HandoutPdf.undrawable(c));
                String note = HandoutPdf.undrawableNote(c);
                assertTrue(note != null && note.contains("王 芳") && note.contains("\u25A1"), note);
                continue;
            }
            assertEquals("For: " + name, line.text().strip(), name);
            assertEquals("", HandoutPdf.undrawable(c), name);
            assertNull(HandoutPdf.undrawableNote(c), name);
            drawnWithRealGlyphs(page, line, name);
        }
    }

    @Test
    void rightToLeftNamesAreDrawnInVisualOrderWithJoinedLetters() throws Exception {
        Page page = page(HandoutPdf.bytes(ConsultForecast.run(withLabel(Consultation.example(), "محمد سلام שלום")), DATE, HandoutPdf.Paper.A4));
        // glyphs left to right on the page: the last word in reading order comes first, each word reversed
        List<TextPosition> g = new ArrayList<>(page.line("For: ").glyphs());
        g.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
        StringBuilder drawn = new StringBuilder();
        for (TextPosition t : g) drawn.append(t.getUnicode());
        // joined forms: meem alone after alef, the lam-alef ligature (final), seen initial; dal final, meem and
        // hah medial, meem initial
        assertEquals("For:" + "םולש" + "\uFEE1\uFEFC\uFEB3" + "\uFEAA\uFEE4\uFEA4\uFEE3", drawn.toString().replace(" ", ""));
        assertEquals("For: محمد سلام שלום", page.line("For: ").text().strip(), "read back in reading order");
    }

    @Test
    void aCharacterNoFontHasIsReportedAndDrawnAsABoxNeverAsAQuestionMark() throws Exception {
        Consultation c = withLabel(Consultation.example(), "Ana \uD80C\uDC00");
        assertEquals("\uD80C\uDC00", HandoutPdf.undrawable(c));
        assertTrue(HandoutPdf.undrawableNote(c).contains("\uD80C\uDC00"), HandoutPdf.undrawableNote(c));
        Page page = page(HandoutPdf.bytes(ConsultForecast.run(c), DATE, HandoutPdf.Paper.A4));
        Line line = page.line("For: ");
        assertEquals("For: Ana \u25A1", line.text().strip());
        drawnWithRealGlyphs(page, line, "box");
        // a scenario's name is what the person typed too
        Consultation named = Consultation.example().withScenarios(List.of(new ScenarioSpec("Plan \uD80C\uDC01", null, 52, 60)));
        assertEquals("\uD80C\uDC01", HandoutPdf.undrawable(named));
        assertNull(HandoutPdf.undrawableNote(Consultation.example()));
    }

    @Test
    void everyFontOnThePageIsEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(HandoutPdf.bytes(ConsultForecast.run(rich()), DATE, HandoutPdf.Paper.LETTER))) {
            PDResources res = doc.getPage(0).getResources();
            int n = 0;
            for (COSName name : res.getFontNames()) {
                PDFont f = res.getFont(name);
                assertTrue(f.isEmbedded() && !f.isStandard14(), f.getName());
                n++;
            }
            assertTrue(n >= 2, "regular and bold: " + n);
        }
    }

    // ------------------------------------------------------------------ the pictures

    /** A woman of 52 with a scan, three scenarios (two therapies) and a major-fracture risk: every picture. */
    static Consultation rich() {
        Person p = Consultation.example().person();
        return Consultation.example()
                .withPerson(new Person("", p.sex(), p.ageYears(), p.menopause(), p.menopauseAge(), new Measurement(51, Measurement.Kind.BMD, 0.92)))
                .withScenarios(List.of(ScenarioSpec.none(), ScenarioSpec.therapy(Regimen.E, 52, 75), ScenarioSpec.therapy(Regimen.EP, 60, 70)))
                .withRisks(30.0, null);
    }

    @Test
    void theIconArraysMarkAsManyPeopleAsTheRisksSay() throws Exception {
        Consultation c = rich();
        ConsultForecast.Result r = ConsultForecast.run(c);
        List<Integer> expected = new ArrayList<>(List.of((int) Math.round(30.0)));
        for (Regimen g : List.of(Regimen.E, Regimen.EP)) expected.add(IconArray.pair(30.0, TrialEffect.of(g), false).markedWith());
        for (HandoutPdf.Paper paper : HandoutPdf.Paper.values()) {
            HandoutPdf.Drawn d = HandoutPdf.drawn(r, DATE, paper);
            Page page = page(d.pdf());
            assertEquals(expected.size(), d.arrays().size(), paper + ": one array without therapy and one per therapy");
            List<Integer> counted = new ArrayList<>();
            for (HandoutPdf.ArrayBox a : d.arrays()) counted.add(filledPeople(page, a, paper));
            assertEquals(expected, counted, paper + ": filled people in each array");
            assertTrue(page.text().contains("30 of 100"), page.text());
        }
    }

    /** Counts filled people (dark head and body); the first ones are filled, the rest drawn as light outlines. */
    private static int filledPeople(Page page, HandoutPdf.ArrayBox a, HandoutPdf.Paper paper) {
        int filled = 0;
        Set<Integer> unfilledSeen = new TreeSet<>();
        for (int k = 0; k < IconArray.PEOPLE; k++) {
            double cx = a.x() + (k % 10) * a.icon() + a.icon() / 2, cy = a.top() - (k / 10) * a.icon() - a.icon() / 2;
            double r = a.icon() * 0.42;
            boolean head = page.grey(cx, cy + 0.45 * r) < 0.3, body = page.grey(cx, cy - 0.55 * r) < 0.3;
            assertEquals(head, body, paper + ": person " + k + " half filled");
            if (head) {
                assertEquals(filled, k, paper + ": filled people come first (person " + k + ")");
                filled++;
                // a round head apart from the shoulders: white beside the head and between it and the body
                assertTrue(page.grey(cx - 0.25 * r, cy + 0.45 * r) < 0.5 && page.grey(cx + 0.25 * r, cy + 0.45 * r) < 0.5, paper + ": head " + k);
                assertTrue(page.grey(cx - 0.75 * r, cy + 0.45 * r) > 0.6 && page.grey(cx + 0.75 * r, cy + 0.45 * r) > 0.6, paper + ": head width " + k);
                assertTrue(page.grey(cx, cy + 1.08 * r) > 0.6, paper + ": top of head " + k);
                assertTrue(page.grey(cx, cy - 0.09 * r) > 0.35, paper + ": neck " + k);
                assertTrue(page.grey(cx - 0.5 * r, cy - 0.7 * r) < 0.5 && page.grey(cx + 0.5 * r, cy - 0.7 * r) < 0.5, paper + ": shoulders " + k);
                assertTrue(page.grey(cx - 1.0 * r, cy - 0.8 * r) > 0.6 && page.grey(cx + 1.0 * r, cy - 0.8 * r) > 0.6, paper + ": body width " + k);
            } else {
                // an outline: something drawn around a white head
                assertTrue(page.grey(cx, cy + 0.45 * r) > 0.9, paper + ": person " + k + " head not white");
                boolean outline = page.darkNear(cx, cy + 0.45 * r + 0.42 * r, 0.5, 0.95) && page.darkNear(cx - 0.8 * r, cy - r, 0.6, 0.95);
                if (outline) unfilledSeen.add(k);
            }
        }
        assertEquals(IconArray.PEOPLE - filled, unfilledSeen.size(), paper + ": every unmarked person is outlined");
        return filled;
    }

    @Test
    void eachScenariosCurveIsDrawnWhereTheModelPutsIt() throws Exception {
        ConsultForecast.Result r = ConsultForecast.run(rich());
        HandoutPdf.Drawn d = HandoutPdf.drawn(r, DATE, HandoutPdf.Paper.A4);
        Page page = page(d.pdf());
        HandoutPdf.ChartBox box = d.chart();
        int n = r.outcomes().size();
        for (int i = 0; i < n; i++) {
            List<Readout> pts = r.outcomes().get(i).chart();
            int apart = 0, hits = 0, shiftedHits = 0;
            for (int k = 0; k < pts.size(); k++) {
                double x = box.axes().x(pts.get(k).ageYears(), box.x0(), box.x1());
                double y = box.axes().y(pts.get(k).tScore(), box.bottom(), box.top());
                if (!clearOfOtherCurves(r, box, i, pts.get(k), 6)) continue;
                if (x < box.x0() + 3 || x > box.x1() - 3) continue;
                apart++;
                if (page.darkNear(x, y, 2.4, 0.2)) hits++;
                if (page.darkNear(x, y + 6, 1.0, 0.2) && clearOfOtherCurves(r, box, i, pts.get(k), 12)) shiftedHits++;
            }
            assertTrue(apart >= 8, "scenario " + i + ": only " + apart + " points apart from the other curves");
            assertTrue(hits >= 0.9 * apart, "scenario " + i + ": curve drawn at " + hits + " of " + apart + " model points");
            assertTrue(shiftedHits <= 0.2 * apart, "scenario " + i + ": dark 6 pt above the curve at " + shiftedHits + " of " + apart);
        }
        // the WHO bands, lightest (normal) above, with the plot's frame around them
        double left = box.x0() + 4;
        double normal = page.grey(left, box.axes().y(-0.5, box.bottom(), box.top()));
        double low = page.grey(left, box.axes().y(-1.75, box.bottom(), box.top()));
        double osteo = page.grey(left, box.axes().y(-3.2, box.bottom(), box.top()));
        assertTrue(normal > low + 0.03 && low > osteo + 0.03 && osteo < 0.95 && normal < 1, normal + " " + low + " " + osteo);
        assertTrue(page.darkNear(box.x0(), (box.top() + box.bottom()) / 2, 0.7, 0.7), "frame, left");
        assertTrue(page.darkNear(box.x1(), (box.top() + box.bottom()) / 2, 0.7, 0.7), "frame, right");
        assertTrue(page.darkNear((box.x0() + box.x1()) / 2, box.bottom(), 0.7, 0.7), "frame, bottom");
        // the scan: a filled square at its age and T-score
        double sx = box.axes().x(51, box.x0(), box.x1()), sy = box.axes().y(BmdScale.tScore(0.92), box.bottom(), box.top());
        assertTrue(page.grey(sx, sy) < 0.2 && page.grey(sx + 2.5, sy + 2.5) < 0.3 && page.grey(sx - 2.5, sy - 2.5) < 0.3, "scan marker");
        // today's line: dashed grey, at the person's age
        double today = box.axes().x(52, box.x0(), box.x1());
        int greyDots = 0;
        for (double y = box.bottom() + 2; y < box.top() - 20; y += 1) if (page.grey(today, y) < 0.8) greyDots++;
        assertTrue(greyDots > 10, "today's line: " + greyDots);
    }

    /** Whether this scenario's point lies at least {@code pt} points from every other scenario's curve at that age. */
    private static boolean clearOfOtherCurves(ConsultForecast.Result r, HandoutPdf.ChartBox box, int i, Readout p, double pt) {
        double y = box.axes().y(p.tScore(), box.bottom(), box.top());
        for (int j = 0; j < r.outcomes().size(); j++) {
            if (j == i) continue;
            for (Readout q : r.outcomes().get(j).chart()) {
                if (Math.abs(q.ageYears() - p.ageYears()) > 1.5) continue;
                double qx = box.axes().x(q.ageYears(), box.x0(), box.x1()) - box.axes().x(p.ageYears(), box.x0(), box.x1());
                double qy = box.axes().y(q.tScore(), box.bottom(), box.top()) - y;
                if (Math.hypot(qx, qy) < pt) return false;
            }
        }
        return true;
    }

    @Test
    void theDescriptionOfThePersonIsWrittenOnThePage() throws Exception {
        Consultation c = rich();
        Page page = page(HandoutPdf.bytes(ConsultForecast.run(c), DATE, HandoutPdf.Paper.A4));
        Line about = page.line("Age 52.");
        String scanT = Wording.tScore(BmdScale.tScore(0.92));
        assertTrue(page.text().contains("Menopause (last period) at 51"), page.text());
        assertTrue(page.text().contains(scanT), scanT + " in " + page.text());
        assertTrue(page.text().contains(Wording.bmd(0.92)), page.text());
        drawnWithRealGlyphs(page, about, "description");
        // the sentence under the chart, the table and the closing statement are drawn too
        drawnWithRealGlyphs(page, page.line("At age"), "sentence");
        drawnWithRealGlyphs(page, page.line("This is not medical advice"), "disclaimer");
    }
}
