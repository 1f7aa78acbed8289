package org.bonebalance.io.handout;

import org.bonebalance.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ChartAxes;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.IconArray;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.sim.consult.TrialEffect;
import org.bonebalance.content.Wording;

/**
 * The one-page take-home handout, drawn with PDFBox vector operations only (no JavaFX, no display), in
 * greys so it prints well on any printer. Lines are told apart by dash pattern and a label, never by colour.
 */
public final class HandoutPdf {
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        final PDRectangle size;

        Paper(PDRectangle size) { this.size = size; }
    }

    /** Dash patterns of the scenario lines, in points: solid, dashed, dotted. Shared with the screen's CSS. */
    static final float[][] DASHES = {{}, {7, 4}, {1.5f, 3}};
    private static final float MARGIN = 40;
    private static final float BODY = 10.5f;

    private HandoutFonts fonts;
    private ChartBox chartBox;
    private final List<ArrayBox> arrayBoxes = new ArrayList<>();
    private PDFont regular, bold;
    private PDPageContentStream cs;
    private float y;
    private float left, width;

    private HandoutPdf() {}

    /**
     * Builds the handout as it reads back from its file (fonts subset and embedded), so a printer gets the same
     * page as the PDF; the caller closes the document.
     */
    public static PDDocument build(ConsultForecast.Result result, LocalDate date, Paper paper) throws IOException {
        return Loader.loadPDF(bytes(result, date, paper));
    }

    /** The handout's PDF file contents. */
    static byte[] bytes(ConsultForecast.Result result, LocalDate date, Paper paper) throws IOException {
        return drawn(result, date, paper).pdf();
    }

    /** The plot's box (PDF points, y up) and the scale the curves were drawn with. */
    record ChartBox(float x0, float x1, float bottom, float top, ChartAxes axes) {}

    /** One icon array: its top-left corner and the size of one person. */
    record ArrayBox(float x, float top, float icon) {}

    /** The file and where its pictures are, for tests that look at the rendered page. */
    record Drawn(byte[] pdf, ChartBox chart, List<ArrayBox> arrays) {}

    static Drawn drawn(ConsultForecast.Result result, LocalDate date, Paper paper) throws IOException {
        HandoutPdf h = new HandoutPdf();
        try (PDDocument doc = h.render(result, date, paper)) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            doc.save(bytes);
            return new Drawn(bytes.toByteArray(), h.chartBox, List.copyOf(h.arrayBoxes));
        }
    }

    /** Builds and writes the handout atomically. */
    public static void write(ConsultForecast.Result result, LocalDate date, Paper paper, Path out) throws IOException {
        AtomicFiles.write(out, bytes(result, date, paper));
    }

    /**
     * Sizes per density level: chart height, icon size, small text, table row height, note text. The page is
     * drawn at level 0 and, when the content does not fit (many table ages, three therapies, a longer
     * language), again at the next level, so it always stays one page.
     */
    private static final float[][] LEVELS = {
            {138, 9.5f, 9.5f, 23, 8}, {122, 8.5f, 9.2f, 22, 7.8f}, {108, 7.6f, 9, 21, 7.5f},
            {96, 6.8f, 8.5f, 21.5f, 7.2f}, {84, 6.2f, 8, 21, 7}};
    private float chartH, iconSize, small, rowH, noteSize;
    private float overflow;

    private PDDocument render(ConsultForecast.Result r, LocalDate date, Paper paper) throws IOException {
        for (int level = 0; ; level++) {
            float[] l = LEVELS[level];
            chartH = l[0];
            iconSize = l[1];
            small = l[2];
            rowH = l[3];
            noteSize = l[4];
            arrayBoxes.clear();
            PDDocument doc = renderOnce(r, date, paper);
            if (overflow <= 0) return doc;
            doc.close();
            if (level == LEVELS.length - 1) {
                throw new IllegalStateException("handout overflows the page by " + overflow + " pt");
            }
        }
    }

    private PDDocument renderOnce(ConsultForecast.Result r, LocalDate date, Paper paper) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(paper.size);
        doc.addPage(page);
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(Messages.get("consult.handout.title"));
        info.setCreator("BoneBalance");
        float pageW = paper.size.getWidth(), pageH = paper.size.getHeight();
        left = MARGIN;
        width = pageW - 2 * MARGIN;
        fonts = new HandoutFonts(doc);
        regular = fonts.regular;
        bold = fonts.bold;
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            cs = s;
            y = pageH - MARGIN;
            Consultation c = r.consultation();
            String when = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Messages.locale()));
            float dw = textWidth(regular, BODY, when);
            String title = Messages.get("consult.handout.title");
            float titleSize = Math.min(17, 17 * (width - dw - 12) / textWidth(bold, 17, title));
            text(bold, titleSize, left, y - 14, title);
            text(regular, BODY, left + width - dw, y - 12, when);
            y -= 22;
            if (!c.person().label().isBlank()) {
                paragraph(bold, BODY, fit(bold, BODY, Messages.get("consult.handout.for", c.person().label()), width), width);
            }
            paragraph(regular, BODY, aboutPerson(c.person()), width * 0.8f);
            chart(r, chartH);
            paragraph(bold, 10.5f, Wording.sentence(r), width);
            y -= 3;
            table(r);
            if (c.majorFracturePct() != null || c.hipFracturePct() != null) arrays(r, iconSize);
            // two columns: what the model is / other benefits and risks
            float top = y, half = (width - 16) / 2, keepLeft = left;
            heading(Messages.get("consult.handout.whatHeading"), half);
            paragraph(regular, small, Messages.get("consult.handout.what"), half);
            float afterLeft = y;
            y = top;
            left = keepLeft + half + 16;
            heading(Messages.get("consult.balance.heading"), half);
            paragraph(regular, small, Messages.get("consult.balance.text"), half);
            left = keepLeft;
            y = Math.min(y, afterLeft) - 4;
            rule();
            paragraph(bold, 10, Messages.get("consult.disclaimer"), width);
            paragraph(regular, 8, Messages.get("consult.handout.footer", when), width);
            overflow = (MARGIN - 12) - y;
        }
        return doc;
    }

    // ---------------------------------------------------------------- sections

    static String aboutPerson(Person p) {
        String meno = switch (p.menopause()) {
            case NATURAL -> Messages.get("consult.handout.menoNatural", Wording.age(p.menopauseAge()));
            case SURGICAL -> Messages.get("consult.handout.menoSurgical", Wording.age(p.menopauseAge()));
            case NONE -> "";
        };
        String scan = p.measurement() == null ? Messages.get("consult.handout.noScan")
                : Messages.get("consult.handout.scan", Wording.age(p.measurement().ageYears()),
                        Wording.bmd(p.measurement().bmdGPerCm2()), Wording.tScore(BmdScale.tScore(p.measurement().bmdGPerCm2())));
        return Messages.get("consult.handout.person", Wording.age(p.ageYears()), meno, scan).replace("  ", " ");
    }

    private void chart(ConsultForecast.Result r, float h) throws IOException {
        float axisW = 30, rightLabels = 14;
        float x0 = left + axisW, x1 = left + width - rightLabels;
        int n = r.outcomes().size();
        float yTop = y - 10, yBottom = yTop - h;
        ChartAxes base = ChartAxes.of(r);
        // legend inside the plot, top right: keep every curve below it by raising the top of the scale
        float legendW = 0;
        boolean scan = r.consultation().person().measurement() != null;
        for (int i = 0; i < n; i++) legendW = Math.max(legendW, 46 + textWidth(regular, 8.5f, Wording.name(r.outcomes().get(i).spec())));
        if (scan) legendW = Math.max(legendW, 46 + textWidth(regular, 8.5f, Messages.get("consult.chart.scanLegend")));
        float legendH = 11 * (n + (scan ? 1 : 0)) + 6;
        ChartAxes axes = base.withClearTop(r, base.age(x1 - legendW - 8, x0, x1), (legendH + 6) / h);
        chartBox = new ChartBox(x0, x1, yBottom, yTop, axes);
        final double fMin = axes.tMin(), fMax = axes.tMax(), ageMax = axes.ageMax();
        java.util.function.DoubleUnaryOperator px = a -> axes.x(a, x0, x1);
        java.util.function.DoubleUnaryOperator py = t -> axes.y(t, yBottom, yTop);
        // WHO bands, light to darker grey, each with its name (not shade alone)
        double[][] bands = {{py.applyAsDouble(-1), py.applyAsDouble(fMax)}, {py.applyAsDouble(-2.5), py.applyAsDouble(-1)},
                {py.applyAsDouble(fMin), py.applyAsDouble(-2.5)}};
        float[] greys = {0.97f, 0.91f, 0.84f};
        for (int b = 0; b < bands.length; b++) band(x0, x1, bands[b][0], bands[b][1], greys[b]);
        cs.setStrokingColor(0.35f);
        cs.setLineWidth(0.6f);
        cs.setLineDashPattern(new float[0], 0);
        cs.addRect(x0, yBottom, x1 - x0, yTop - yBottom);
        cs.stroke();
        cs.setNonStrokingColor(0f);
        for (int t : axes.tScoreTicks(yTop - yBottom, 14)) {
            float yy = (float) py.applyAsDouble(t);
            String lbl = Wording.tScore(t);
            text(regular, 8, x0 - 4 - textWidth(regular, 8, lbl), yy - 3, lbl);
        }
        for (int a : axes.ageTicks()) {
            float xx = (float) px.applyAsDouble(a);
            cs.moveTo(xx, yBottom);
            cs.lineTo(xx, yBottom - 3);
            cs.stroke();
            String lbl = Integer.toString(a);
            text(regular, 8, xx - textWidth(regular, 8, lbl) / 2, yBottom - 11, lbl);
        }
        text(bold, 8, left, yTop + 4, Messages.get("consult.chart.yAxis"));
        String xl = Messages.get("consult.chart.xAxis");
        text(regular, 8, x1 - textWidth(regular, 8, xl), yBottom - 21, xl);
        Person p = r.consultation().person();
        // names go where ChartLabels finds room (it counts y downwards, so PDF heights are passed negated)
        ChartLabels places = new ChartLabels(x0, x1, -yTop, -yBottom, 2);
        List<NamedLine> markers = new ArrayList<>();
        if (p.menopause() != Scenario.Menopause.NONE) {
            markers.add(new NamedLine((float) px.applyAsDouble(p.menopauseAge()), Messages.get("consult.chart.menopause"), true));
        }
        markers.add(new NamedLine((float) px.applyAsDouble(p.ageYears()), Messages.get("consult.chart.today"), false));
        for (NamedLine m : markers) {
            marker(m.x(), yBottom, yTop);
            places.blockLine(m.x(), 1.5);
        }
        for (int i = 0; i < n; i++) {
            ConsultForecast.Outcome o = r.outcomes().get(i);
            cs.setStrokingColor(0f);
            cs.setLineWidth(1.6f);
            cs.setLineDashPattern(DASHES[i], 0);
            List<Readout> pts = o.chart();
            double[] curve = new double[2 * pts.size()];
            for (int k = 0; k < pts.size(); k++) {
                float xx = (float) px.applyAsDouble(pts.get(k).ageYears());
                float yy = (float) py.applyAsDouble(pts.get(k).tScore());
                if (k == 0) cs.moveTo(xx, yy); else cs.lineTo(xx, yy);
                curve[2 * k] = xx;
                curve[2 * k + 1] = -yy;
            }
            cs.stroke();
            places.curve(curve);
        }
        cs.setLineDashPattern(new float[0], 0);
        if (p.measurement() != null) {
            float mx = (float) px.applyAsDouble(p.measurement().ageYears());
            float my = (float) py.applyAsDouble(BmdScale.tScore(p.measurement().bmdGPerCm2()));
            cs.setNonStrokingColor(0f);
            cs.addRect(mx - 3.5f, my - 3.5f, 7, 7);
            cs.fill();
            places.block(new ChartLabels.Box(mx - 3.5, -my - 3.5, 7, 7));
        }
        // letters at the line ends, spread so they never overlap
        List<float[]> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) ends.add(new float[]{(float) py.applyAsDouble(r.outcomes().get(i).chart().getLast().tScore()), i});
        ends.sort((a, b) -> Float.compare(b[0], a[0]));
        float lastY = Float.MAX_VALUE;
        float[] at = new float[ends.size()];
        for (int k = 0; k < at.length; k++) {
            at[k] = Math.min(ends.get(k)[0] - 3, lastY - 9);
            lastY = at[k];
        }
        // all raised together when the lowest would reach the age numbers under the plot
        float raise = at.length == 0 ? 0 : Math.max(0, yBottom + 1 - at[at.length - 1]);
        cs.setNonStrokingColor(0f);
        for (int k = 0; k < at.length; k++) text(bold, 8, x1 + 3, at[k] + raise, letter((int) ends.get(k)[1]));
        // legend box
        float lx = x1 - legendW - 4, ly = yTop - 4;
        cs.setNonStrokingColor(1f);
        cs.addRect(lx, ly - legendH + 2, legendW, legendH);
        cs.fill();
        for (int i = 0; i < n; i++) {
            float yy = ly - 11 * (i + 1);
            cs.setStrokingColor(0f);
            cs.setLineWidth(1.6f);
            cs.setLineDashPattern(DASHES[i], 0);
            cs.moveTo(lx + 4, yy + 3);
            cs.lineTo(lx + 28, yy + 3);
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
            cs.setNonStrokingColor(0f);
            text(bold, 8.5f, lx + 32, yy, letter(i));
            text(regular, 8.5f, lx + 42, yy, Wording.name(r.outcomes().get(i).spec()));
        }
        if (scan) {
            float yy = ly - 11 * (n + 1);
            cs.setNonStrokingColor(0f);
            cs.addRect(lx + 13, yy, 7, 7);
            cs.fill();
            text(regular, 8.5f, lx + 42, yy, Messages.get("consult.chart.scanLegend"));
        }
        places.block(new ChartLabels.Box(lx, -(ly + 2), legendW, legendH));
        // marker names at the top on small white boxes beside their lines, then the band names
        for (NamedLine m : markers) {
            String name = m.name();
            ChartLabels.Box b = places.besideLine(m.x(), 2.5, textWidth(regular, NAME, name) + 4, NAME + 2, m.preferLeft());
            cs.setNonStrokingColor(1f);
            cs.setStrokingColor(0.6f);
            cs.setLineWidth(0.5f);
            cs.addRect((float) b.x(), (float) -b.maxY(), (float) b.w(), (float) b.h());
            cs.fillAndStroke();
            cs.setNonStrokingColor(0.1f);
            text(regular, NAME, (float) b.x() + 2, (float) -b.maxY() + 1 + 0.22f * NAME, name);
        }
        cs.setNonStrokingColor(0.25f);
        String[] bandNames = {Messages.get("consult.band.normal"), Messages.get("consult.band.low"), Messages.get("consult.band.osteo")};
        for (int b = 0; b < bands.length; b++) {
            ChartLabels.Box box = places.inBand(textWidth(regular, NAME, bandNames[b]), NAME + 1, -bands[b][1], -bands[b][0], 3, 6);
            if (box != null) text(regular, NAME, (float) box.x(), (float) -box.maxY() + 0.5f + 0.22f * NAME, bandNames[b]);
        }
        // therapy periods: thick bars under the age axis, with the same dash pattern and letter
        float by = yBottom - 30;
        for (int i = 0; i < n; i++) {
            ScenarioSpec s = r.outcomes().get(i).spec();
            if (s.regimen() == null) continue;
            float a = (float) px.applyAsDouble(s.startAge()), b = (float) px.applyAsDouble(Math.min(s.stopAge(), ageMax));
            cs.setLineWidth(3.5f);
            cs.setStrokingColor(0.15f);
            cs.setLineDashPattern(DASHES[i], 0);
            cs.moveTo(a, by);
            cs.lineTo(b, by);
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
            cs.setNonStrokingColor(0f);
            text(regular, 8, b + 4, by - 3, Messages.get("consult.chart.therapyBar", letter(i), Wording.age(s.startAge()), Wording.age(s.stopAge())));
            by -= 10;
        }
        y = by - 2;
    }

    /** A, B, C: the letter that names a scenario on the chart and in the table. */
    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }

    /** Font size of the names on the chart (WHO bands, markers). */
    private static final float NAME = 7.5f;

    /** A WHO band, shaded (its name is placed later, clear of everything else). */
    private void band(float x0, float x1, double yLow, double yHigh, float grey) throws IOException {
        cs.setNonStrokingColor(grey);
        cs.addRect(x0, (float) yLow, x1 - x0, (float) (yHigh - yLow));
        cs.fill();
    }

    /** A dashed vertical line across the plot (its name is placed later, clear of everything else). */
    private void marker(float x, float yBottom, float yTop) throws IOException {
        cs.setStrokingColor(0.3f);
        cs.setLineWidth(0.8f);
        cs.setLineDashPattern(new float[]{2, 2}, 0);
        cs.moveTo(x, yBottom);
        cs.lineTo(x, yTop);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
    }

    private void table(ConsultForecast.Result r) throws IOException {
        Consultation c = r.consultation();
        int n = r.outcomes().size();
        float ageCol = 34, col = (width - ageCol) / n;
        cs.setNonStrokingColor(0f);
        float headTop = y, lowest = y;
        text(bold, 9, left, y - 10, Messages.get("consult.table.age"));
        for (int i = 0; i < n; i++) {
            List<String> lines = wrap(bold, 9, letter(i) + "  " + Wording.name(r.outcomes().get(i).spec()), col - 8);
            float yy = headTop - 10;
            for (String line : lines) {
                text(bold, 9, left + ageCol + i * col, yy, line);
                yy -= 10.5f;
            }
            lowest = Math.min(lowest, yy + 10.5f - 4);
        }
        y = lowest;
        rule();
        for (int k = 0; k < c.tableAges().size(); k++) {
            if (k % 2 == 1) {
                cs.setNonStrokingColor(0.93f);
                cs.addRect(left, y - rowH + 2, width, rowH);
                cs.fill();
                cs.setNonStrokingColor(0f);
            }
            text(bold, 10, left, y - 10, Wording.age(c.tableAges().get(k)));
            for (int i = 0; i < n; i++) {
                Readout ro = r.outcomes().get(i).table().get(k);
                float x = left + ageCol + i * col;
                text(bold, 9, x, y - 10, fit(bold, 9, Messages.get("consult.table.cell1", Wording.tScore(ro.tScore()),
                        Wording.band(ro.band())), col - 8));
                text(regular, 8.5f, x, y - rowH + 3, fit(regular, 8.5f, Messages.get("consult.table.cell2",
                        Wording.bmd(ro.bmdGPerCm2()), Wording.rr(ro.fractureRrVertebral())), col - 8));
            }
            y -= rowH;
        }
        rule();
        paragraph(regular, noteSize, Messages.get("consult.table.note", Wording.age(r.outcomes().getFirst().scenario().startAge())), width);
        y -= 2;
    }

    private void arrays(ConsultForecast.Result r, float icon) throws IOException {
        Consultation c = r.consultation();
        boolean hip = c.majorFracturePct() == null;
        double pct = hip ? c.hipFracturePct() : c.majorFracturePct();
        heading(Wording.riskHeading(c.person(), hip), width);
        List<IconArray.Pair> pairs = pairs(r, pct, hip);
        int arrays = 1 + pairs.size();
        float slot = width / arrays;
        icon = Math.min(icon, (slot - 12) / 10);
        float gridW = icon * 10;
        float top = y - 2;
        float captionTop = top - gridW - 9, lowest = captionTop;
        drawArray(left, top, icon, IconArray.marked(pct));
        lowest = Math.min(lowest, caption(left, captionTop, slot - 10,
                Messages.get("consult.risk.without", Messages.number(pct, 1), IconArray.marked(pct))));
        for (int i = 0; i < pairs.size(); i++) {
            IconArray.Pair p = pairs.get(i);
            float x = left + (i + 1) * slot;
            drawArray(x, top, icon, p.markedWith());
            lowest = Math.min(lowest, caption(x, captionTop, slot - 10, Messages.get("consult.risk.with",
                    Wording.regimen(p.effect().regimen()), Messages.number(p.withPct(), 1), p.markedWith(),
                    Messages.number(p.hazardRatio(), 2))));
        }
        y = lowest - 2;
        paragraph(regular, Math.min(noteSize, 7.5f), riskNote(pairs), width);
    }

    /** Source, time frame and denominator of the arrays, in words. */
    public static String riskNote(List<IconArray.Pair> pairs) {
        StringBuilder src = new StringBuilder(Messages.get("consult.risk.frame"));
        for (IconArray.Pair p : pairs) src.append(' ').append(Messages.get(p.effect().sourceKey()));
        if (!pairs.isEmpty()) src.append(' ').append(Messages.get("consult.risk.after"));
        return src.toString();
    }

    /** One array pair per distinct therapy among the scenarios, in order; none when no scenario has therapy. */
    public static List<IconArray.Pair> pairs(ConsultForecast.Result r, double pct, boolean hip) {
        Map<Regimen, IconArray.Pair> m = new LinkedHashMap<>();
        for (ConsultForecast.Outcome o : r.outcomes()) {
            Regimen g = o.spec().regimen();
            if (g != null && !m.containsKey(g)) m.put(g, IconArray.pair(pct, TrialEffect.of(g), hip));
        }
        return new ArrayList<>(m.values());
    }

    private void drawArray(float x, float top, float icon, int marked) throws IOException {
        arrayBoxes.add(new ArrayBox(x, top, icon));
        for (int k = 0; k < IconArray.PEOPLE; k++) {
            int row = k / 10, colI = k % 10;
            float cx = x + colI * icon + icon / 2, cy = top - row * icon - icon / 2;
            boolean on = k < marked;
            person(cx, cy, icon * 0.42f, on);
        }
    }

    /** A small person: a head and shoulders. Marked people are filled black, the others light outlines. */
    private void person(float cx, float cy, float r, boolean filled) throws IOException {
        float headR = r * 0.42f;
        circle(cx, cy + r * 0.45f, headR);
        cs.moveTo(cx - r * 0.8f, cy - r);
        cs.curveTo(cx - r * 0.8f, cy + r * 0.05f, cx + r * 0.8f, cy + r * 0.05f, cx + r * 0.8f, cy - r);
        cs.closePath();
        if (filled) {
            cs.setNonStrokingColor(0f);
            cs.fill();
        } else {
            cs.setStrokingColor(0.55f);
            cs.setLineWidth(0.4f);
            cs.stroke();
        }
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** Writes a wrapped caption; returns the y below its last line. */
    private float caption(float x, float top, float w, String s) throws IOException {
        float yy = top;
        cs.setNonStrokingColor(0f);
        for (String line : wrap(regular, 9, s, w)) {
            text(regular, 9, x, yy, line);
            yy -= 10.5f;
        }
        return yy + 2;
    }

    // ---------------------------------------------------------------- text helpers

    /**
     * A heading on one line of the column: a long one (Spanish) is set a little smaller rather than run past the
     * margin or take a second line the page has no room for; only a very long one wraps.
     */
    private void heading(String s, float w) throws IOException {
        y -= 4;
        cs.setNonStrokingColor(0f);
        float size = Math.max(9.5f, Math.min(11.5f, 11.5f * w / textWidth(bold, 11.5f, s)));
        for (String line : wrap(bold, size, s, w)) {
            text(bold, size, left, y - 11, line);
            y -= 15;
        }
    }

    private void paragraph(PDFont f, float size, String s, float w) throws IOException {
        cs.setNonStrokingColor(0f);
        for (String line : wrap(f, size, s, w)) {
            text(f, size, left, y - size, line);
            y -= size * 1.3f;
        }
    }

    private void rule() throws IOException {
        cs.setStrokingColor(0.6f);
        cs.setLineWidth(0.5f);
        cs.setLineDashPattern(new float[0], 0);
        cs.moveTo(left, y - 2);
        cs.lineTo(left + width, y - 2);
        cs.stroke();
        y -= 5;
    }

    /** Draws the text in visual order, each run in the font that has its glyphs. */
    private void text(PDFont f, float size, float x, float yy, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, yy);
        for (HandoutFonts.Run run : fonts.runs(f, VisualText.visual(s))) {
            cs.setFont(run.font(), size);
            cs.showText(run.text());
        }
        cs.endText();
    }

    private float textWidth(PDFont f, float size, String s) throws IOException {
        float w = 0;
        for (HandoutFonts.Run run : fonts.runs(f, VisualText.visual(s))) w += run.font().getStringWidth(run.text());
        return w / 1000 * size;
    }

    private String fit(PDFont f, float size, String s, float w) throws IOException {
        if (textWidth(f, size, s) <= w) return s;
        String t = s;
        while (t.length() > 1 && textWidth(f, size, t + "…") > w) t = t.substring(0, t.length() - 1);
        return t + "…";
    }

    private List<String> wrap(PDFont f, float size, String s, float w) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String para : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (textWidth(f, size, candidate) > w && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The characters of what the person typed (the label, the scenario names) that no font of the handout can
     * draw, each once; empty when the handout shows every one. Callers say so before writing.
     */
    public static String undrawable(Consultation c) {
        StringBuilder typed = new StringBuilder(c.person().label());
        for (ScenarioSpec s : c.scenarios()) typed.append(' ').append(Wording.name(s));
        return HandoutFonts.undrawable(typed.toString());
    }

    /** The one line that says which characters the handout cannot show, or null when it shows them all. */
    public static String undrawableNote(Consultation c) {
        String missing = undrawable(c);
        if (missing.isEmpty()) return null;
        StringBuilder listed = new StringBuilder();
        missing.codePoints().forEach(cp -> listed.append(listed.isEmpty() ? "" : " ").appendCodePoint(cp));
        return Messages.get("consult.handout.undrawable", listed, HandoutFonts.MISSING);
    }

    /** A dashed age line (menopause, today) and its name; preferLeft: the name goes left of the line if it fits. */
    private record NamedLine(float x, String name, boolean preferLeft) {}
}
