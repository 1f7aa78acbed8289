package org.bonebalance.io.handout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The handout's fonts, embedded (subsets) so the page looks the same on every machine: DejaVu Sans Condensed
 * and its bold (about as wide as Helvetica), shipped with the app (Latin, Greek, Cyrillic, Arabic, Hebrew;
 * licence in {@code fonts/LICENSE-DejaVu.txt}), then, for characters DejaVu lacks (Chinese, Japanese, Korean),
 * the first CJK font found among the system's fonts.
 * A character no font has is drawn as {@link #MISSING}, never as '?'.
 */
final class HandoutFonts {
    /** What stands in for a character no font can draw. */
    static final String MISSING = "\u25A1";

    private static final String REGULAR = "/org/bonebalance/fonts/DejaVuSansCondensed.ttf";
    private static final String BOLD = "/org/bonebalance/fonts/DejaVuSansCondensed-Bold.ttf";

    /**
     * CJK font files that are TrueType outlines (PDFBox embeds only those), most wanted first: Linux packages,
     * then Windows and macOS system fonts. A CFF-outline file of the same name is skipped.
     */
    static final List<String> CJK_FILES = List.of("wqy-microhei.ttc", "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc",
            "NotoSansSC-Regular.ttf", "NotoSansJP-Regular.ttf", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
            "uming.ttc", "ukai.ttc", "msyh.ttc", "msyh.ttf", "simsun.ttc", "msgothic.ttc", "meiryo.ttc", "malgun.ttf",
            "Arial Unicode.ttf", "STHeiti Light.ttc", "STHeiti Medium.ttc");

    private final PDDocument doc;
    final PDFont regular, bold;
    private PDFont cjk;
    private boolean cjkTried;

    HandoutFonts(PDDocument doc) throws IOException {
        this.doc = doc;
        regular = PDType0Font.load(doc, new RandomAccessReadBuffer(Shipped.REGULAR_BYTES), true, false);
        bold = PDType0Font.load(doc, new RandomAccessReadBuffer(Shipped.BOLD_BYTES), true, false);
    }

    /** A piece of a line drawn in one font. */
    record Run(PDFont font, String text) {}

    /** The visual-order text split into runs by the font that draws each character (the asked weight first). */
    List<Run> runs(PDFont primary, String visual) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        PDFont curFont = null;
        for (int i = 0; i < visual.length(); ) {
            int cp = visual.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) cp = ' ';
            PDFont f = primary;
            String piece = Character.toString(cp);
            if (!has(primary, cp)) {
                PDFont other = cjk();
                if (other != null && has(other, cp)) f = other;
                else piece = MISSING;
            }
            if (f != curFont && !cur.isEmpty()) {
                runs.add(new Run(curFont, cur.toString()));
                cur.setLength(0);
            }
            curFont = f;
            cur.append(piece);
        }
        if (!cur.isEmpty()) runs.add(new Run(curFont, cur.toString()));
        return runs;
    }

    private static boolean has(PDFont f, int cp) {
        return f instanceof PDType0Font t && t.getCmapLookup() != null && t.getCmapLookup().getGlyphId(cp) != 0;
    }

    private PDFont cjk() throws IOException {
        if (!cjkTried) {
            cjkTried = true;
            Optional<SystemFont> sys = SystemFont.font();
            if (sys.isPresent()) cjk = PDType0Font.load(doc, sys.get().open(), true);
        }
        return cjk;
    }

    /**
     * Characters of the text that no font of the handout can draw (after Arabic shaping), each once, in code
     * point order; empty when all can be drawn.
     */
    static String undrawable(String text) {
        String shaped = VisualText.shape(text);
        TreeSet<Integer> missing = new TreeSet<>();
        shaped.codePoints().forEach(cp -> {
            if (!Character.isISOControl(cp) && !Character.isWhitespace(cp) && !Shipped.covers(cp)
                    && SystemFont.font().map(f -> !f.covers(cp)).orElse(true)) {
                missing.add(cp);
            }
        });
        StringBuilder b = new StringBuilder();
        for (int cp : missing) b.appendCodePoint(cp);
        return b.toString();
    }

    /** Whether a CJK font was found among the system's fonts (tests say so when it was not). */
    static boolean systemCjkFont() {
        return SystemFont.font().isPresent();
    }

    /** The shipped fonts, read once. */
    private static final class Shipped {
        static final byte[] REGULAR_BYTES = read(REGULAR), BOLD_BYTES = read(BOLD);
        private static final CmapLookup REGULAR_CMAP, BOLD_CMAP;

        static {
            try {
                REGULAR_CMAP = new TTFParser().parse(new RandomAccessReadBuffer(REGULAR_BYTES)).getUnicodeCmapLookup();
                BOLD_CMAP = new TTFParser().parse(new RandomAccessReadBuffer(BOLD_BYTES)).getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static synchronized boolean covers(int cp) {
            return REGULAR_CMAP.getGlyphId(cp) != 0 && BOLD_CMAP.getGlyphId(cp) != 0;
        }

        private static byte[] read(String resource) {
            try (InputStream in = HandoutFonts.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing font " + resource);
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A CJK font found on this machine: its file's bytes and which font of a collection. */
    private record SystemFont(Path file, byte[] bytes, String name, CmapLookup cmap) {
        private static final Optional<SystemFont> FOUND = find();

        static Optional<SystemFont> font() { return FOUND; }

        synchronized boolean covers(int cp) { return cmap.getGlyphId(cp) != 0; }

        /** A fresh copy for one document (each document subsets its own). */
        TrueTypeFont open() throws IOException {
            if (name == null) return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            TrueTypeCollection c = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            return c.getFontByName(name);
        }

        private static Optional<SystemFont> find() {
            List<Path> candidates = new ArrayList<>();
            for (Path dir : fontDirs()) {
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> files = Files.walk(dir, 5)) {
                    files.filter(Files::isRegularFile).forEach(candidates::add);
                } catch (IOException | UncheckedIOException e) {
                    // an unreadable font folder is skipped, as if it had no fonts
                }
            }
            for (String wanted : CJK_FILES) {
                for (Path p : candidates) {
                    if (!p.getFileName().toString().equalsIgnoreCase(wanted)) continue;
                    Optional<SystemFont> s = usable(p);
                    if (s.isPresent()) return s;
                }
            }
            return Optional.empty();
        }

        /** The file's first font with TrueType outlines and Chinese characters, if any. */
        private static Optional<SystemFont> usable(Path p) {
            try {
                byte[] bytes = Files.readAllBytes(p);
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                    List<SystemFont> found = new ArrayList<>();
                    try (TrueTypeCollection c = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
                        c.processAllFonts(f -> {
                            if (found.isEmpty() && drawsCjk(f)) found.add(new SystemFont(p, bytes, f.getName(), f.getUnicodeCmapLookup()));
                        });
                    }
                    return found.stream().findFirst();
                }
                TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return drawsCjk(f) ? Optional.of(new SystemFont(p, bytes, null, f.getUnicodeCmapLookup())) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a damaged or unusual font file: look further
            }
        }

        private static boolean drawsCjk(TrueTypeFont f) throws IOException {
            CmapLookup c = f.getUnicodeCmapLookup();
            return f.getTableMap().containsKey("glyf") && c != null && c.getGlyphId('中') != 0 && c.getGlyphId('王') != 0;
        }

        /** {@code bonebalance.fontDirs} (a path list) first, then where Linux, Windows and macOS keep fonts. */
        private static List<Path> fontDirs() {
            List<Path> dirs = new ArrayList<>();
            String extra = System.getProperty("bonebalance.fontDirs", "");
            for (String d : extra.split(java.io.File.pathSeparator)) if (!d.isBlank()) dirs.add(Path.of(d));
            String home = System.getProperty("user.home", "");
            for (String d : new String[] {"/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts",
                    home + "/.fonts", "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts"}) dirs.add(Path.of(d));
            String win = System.getenv("WINDIR");
            if (win != null) dirs.add(Path.of(win, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            return dirs;
        }
    }
}
