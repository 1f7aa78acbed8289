package org.bonebalance.io.handout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a PDF reader paints from the handout's page, read back from the saved file: every painted path with
 * its painting operator and the graphics state it is painted in (grey, line width, dash pattern), and every
 * piece of text (one text object) with where its baseline starts, its size and its grey. Page coordinates:
 * PDF points, y up.
 */
final class PageDrawing {
    /** One path segment: m (move), l (line), c (curve: 3 points), h (close), re (rectangle: x, y, w, h). */
    record Seg(String op, float... p) {}

    /** A painted path: S stroke, f fill, B fill and stroke. Greys are DeviceGray values (0 black, 1 white). */
    record Path(List<Seg> segs, String paint, float strokeGrey, float fillGrey, float width, float[] dash) {
        boolean stroked() { return !paint.equals("f"); }

        boolean filled() { return !paint.equals("S"); }

        /** The single rectangle this path is, or null. */
        float[] rect() {
            return segs.size() == 1 && segs.getFirst().op().equals("re") ? segs.getFirst().p() : null;
        }

        /** The single straight line (x0, y0, x1, y1) this path is, or null. */
        float[] line() {
            if (segs.size() != 2 || !segs.get(0).op().equals("m") || !segs.get(1).op().equals("l")) return null;
            return new float[] {segs.get(0).p()[0], segs.get(0).p()[1], segs.get(1).p()[0], segs.get(1).p()[1]};
        }

        boolean solid() { return dash.length == 0; }
    }

    /** A piece of text as shown: its characters (in drawing order), baseline start, font size, grey, fonts. */
    record Text(String text, float x, float y, float size, float grey, List<PDFont> fonts) {}

    final List<Path> paths = new ArrayList<>();
    final List<Text> texts = new ArrayList<>();
    /** The raw content stream operators, in order. */
    final List<String> operators = new ArrayList<>();
    final PDDocumentInformation info;
    final float pageWidth, pageHeight;

    PageDrawing(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            info = doc.getDocumentInformation();
            pageWidth = page.getMediaBox().getWidth();
            pageHeight = page.getMediaBox().getHeight();
            new Engine(page).processPage(page);
            PDFStreamParser parser = new PDFStreamParser(page);
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (token instanceof Operator op) operators.add(op.getName());
            }
        }
    }

    List<Path> paths(Predicate<Path> p) { return paths.stream().filter(p).toList(); }

    List<Text> texts(Predicate<Text> p) { return texts.stream().filter(p).toList(); }

    Text text(String exactly) {
        return texts.stream().filter(t -> t.text().equals(exactly)).findFirst()
                .orElseThrow(() -> new AssertionError("no text '" + exactly + "' among " + texts.stream().map(Text::text).toList()));
    }

    Text startingWith(String start) {
        return texts.stream().filter(t -> t.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no text starting '" + start + "' among " + texts.stream().map(Text::text).toList()));
    }

    private final class Engine extends PDFGraphicsStreamEngine {
        private List<Seg> current = new ArrayList<>();
        private Point2D.Float point;
        private StringBuilder shown;
        private float tx, ty, tsize, tgrey;
        private List<PDFont> tfonts;

        Engine(PDPage page) { super(page); }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            float x = (float) Math.min(p0.getX(), p2.getX()), y = (float) Math.min(p0.getY(), p2.getY());
            current.add(new Seg("re", x, y, (float) Math.abs(p2.getX() - p0.getX()), (float) Math.abs(p2.getY() - p0.getY())));
            point = new Point2D.Float((float) p0.getX(), (float) p0.getY());
        }

        @Override public void drawImage(PDImage image) { throw new AssertionError("the handout draws no images"); }

        @Override public void clip(int windingRule) {}

        @Override public void moveTo(float x, float y) {
            current.add(new Seg("m", x, y));
            point = new Point2D.Float(x, y);
        }

        @Override public void lineTo(float x, float y) {
            current.add(new Seg("l", x, y));
            point = new Point2D.Float(x, y);
        }

        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.add(new Seg("c", x1, y1, x2, y2, x3, y3));
            point = new Point2D.Float(x3, y3);
        }

        @Override public Point2D getCurrentPoint() { return point; }

        @Override public void closePath() { current.add(new Seg("h")); }

        @Override public void endPath() { reset(); }

        @Override public void strokePath() { paint("S"); }

        @Override public void fillPath(int windingRule) { paint("f"); }

        @Override public void fillAndStrokePath(int windingRule) { paint("B"); }

        @Override public void shadingFill(COSName shadingName) { throw new AssertionError("the handout has no shadings"); }

        private void paint(String how) {
            PDGraphicsState g = getGraphicsState();
            paths.add(new Path(List.copyOf(current), how, grey(g.getStrokingColor().getComponents()),
                    grey(g.getNonStrokingColor().getComponents()), g.getLineWidth(), g.getLineDashPattern().getDashArray().clone()));
            reset();
        }

        private void reset() {
            current = new ArrayList<>();
            point = null;
        }

        private static float grey(float[] c) { return c.length == 1 ? c[0] : Float.NaN; }

        @Override public void beginText() throws IOException {
            super.beginText();
            shown = new StringBuilder();
            tfonts = new ArrayList<>();
        }

        @Override public void endText() throws IOException {
            super.endText();
            texts.add(new Text(shown.toString(), tx, ty, tsize, tgrey, List.copyOf(tfonts)));
        }

        @Override protected void showGlyph(Matrix m, PDFont font, int code, Vector displacement) throws IOException {
            super.showGlyph(m, font, code, displacement);
            if (shown.isEmpty()) {
                tx = m.getTranslateX();
                ty = m.getTranslateY();
                tsize = getGraphicsState().getTextState().getFontSize();
                tgrey = grey(getGraphicsState().getNonStrokingColor().getComponents());
            }
            if (!tfonts.contains(font)) tfonts.add(font);
            String u = font.toUnicode(code);
            shown.append(u == null ? "\uFFFD" : u);
        }
    }
}
