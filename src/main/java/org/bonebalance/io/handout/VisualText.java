package org.bonebalance.io.handout;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Text as a PDF page must draw it. PDFBox puts glyphs left to right in the order given and joins nothing, so
 * right-to-left words (Arabic, Hebrew) are reordered here with {@link java.text.Bidi} into visual order, and
 * Arabic letters are replaced by their joined forms (the Arabic Presentation Forms the fonts carry), chosen
 * from each letter's joining type as the Unicode Standard's joining data (ArabicShaping.txt) gives it.
 */
final class VisualText {
    private VisualText() {}

    /** Joining types: U joins to nothing, R only to the letter before it (in reading order), D on both sides. */
    private enum Joining { U, R, D }

    /**
     * Letters with presentation forms: letter, its isolated form, its joining type. The forms follow the
     * isolated one in the order isolated, final, initial, medial (R letters have the first two).
     */
    private record Letter(char base, char isolated, Joining type) {}

    private static final Letter[] LETTERS;
    private static final char LAM = '\u0644';
    /** The lam–alef ligatures (isolated form; the final form follows), by alef: madda, hamza above, hamza below, plain. */
    private static final String ALEFS = "\u0622\u0623\u0625\u0627";
    private static final char[] LAM_ALEF = {'\uFEF5', '\uFEF7', '\uFEF9', '\uFEFB'};

    static {
        List<Letter> l = new ArrayList<>();
        l.add(new Letter('\u0621', '\uFE80', Joining.U)); // hamza
        // U+0622..U+063A and U+0641..U+064A have consecutive forms from U+FE81 (hamza, U+0621, has one: U+FE80)
        String types = "RRRRDRDRDDDDDRRRRDDDDDDDD" + "DDDDDDDRRD";
        char form = '\uFE81';
        int k = 0;
        for (char c = '\u0622'; c <= '\u064A'; c++) {
            if (c > '\u063A' && c < '\u0641') continue;
            Joining j = types.charAt(k++) == 'R' ? Joining.R : Joining.D;
            l.add(new Letter(c, form, j));
            form += (char) (j == Joining.R ? 2 : 4);
        }
        // letters Persian and Urdu names use, in Arabic Presentation Forms-A
        l.add(new Letter('\u0671', '\uFB50', Joining.R)); // alef wasla
        l.add(new Letter('\u067E', '\uFB56', Joining.D)); // peh
        l.add(new Letter('\u0686', '\uFB7A', Joining.D)); // tcheh
        l.add(new Letter('\u0698', '\uFB8A', Joining.R)); // jeh
        l.add(new Letter('\u06A9', '\uFB8E', Joining.D)); // keheh
        l.add(new Letter('\u06AF', '\uFB92', Joining.D)); // gaf
        l.add(new Letter('\u06CC', '\uFBFC', Joining.D)); // farsi yeh
        LETTERS = l.toArray(Letter[]::new);
    }

    private static Letter letter(char c) {
        for (Letter l : LETTERS) if (l.base() == c) return l;
        return null;
    }

    /** Tatweel and the zero-width joiner join on both sides but have no forms of their own. */
    private static boolean joinCausing(char c) {
        return c == '\u0640' || c == '\u200D';
    }

    /** Marks (harakat and the like) are transparent: letters join across them. */
    private static boolean transparent(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Whether the character at i can join to the letter before it (it is R, D or join-causing). */
    private static boolean joinsBack(char c) {
        Letter l = letter(c);
        return l != null ? l.type() != Joining.U : joinCausing(c);
    }

    /** Whether the character can join to the letter after it (it is D or join-causing). */
    private static boolean joinsOn(char c) {
        Letter l = letter(c);
        return l != null ? l.type() == Joining.D : joinCausing(c);
    }

    private static int previous(String s, int i) {
        for (int k = i - 1; k >= 0; k--) if (!transparent(s.charAt(k))) return k;
        return -1;
    }

    private static int next(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) if (!transparent(s.charAt(k))) return k;
        return -1;
    }

    /** Arabic letters in their joined forms, still in reading (logical) order; other text as it is. */
    static String shape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Letter l = letter(c);
            if (l == null) {
                b.append(c);
                continue;
            }
            int p = previous(s, i), n = next(s, i);
            boolean back = p >= 0 && joinsOn(s.charAt(p)) && l.type() != Joining.U;
            if (c == LAM && n >= 0 && ALEFS.indexOf(s.charAt(n)) >= 0) {
                b.append((char) (LAM_ALEF[ALEFS.indexOf(s.charAt(n))] + (back ? 1 : 0)));
                b.append(s, i + 1, n); // marks between the two stay with the ligature
                i = n;
                continue;
            }
            boolean on = l.type() == Joining.D && n >= 0 && joinsBack(s.charAt(n));
            int offset = on ? (back ? 3 : 2) : (back ? 1 : 0);
            b.append((char) (l.isolated() + offset));
        }
        return b.toString();
    }

    /**
     * The text in the order its glyphs go on a left-to-right line: shaped, right-to-left runs reversed (a letter
     * keeps its marks after it, mirrored brackets turn round), bidi control characters left out.
     */
    static String visual(String logical) {
        String s = shape(logical);
        char[] chars = s.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) return withoutControls(s);
        Bidi bidi = new Bidi(s, Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<StringBuilder> clusters = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!clusters.isEmpty() && transparent(cp)) {
                clusters.getLast().appendCodePoint(cp);
            } else {
                clusters.add(new StringBuilder().appendCodePoint(cp));
                levels.add(bidi.getLevelAt(i));
            }
            i += Character.charCount(cp);
        }
        Integer[] order = new Integer[clusters.size()];
        byte[] lv = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            lv[i] = (byte) (int) levels.get(i);
        }
        Bidi.reorderVisually(lv, 0, order, 0, order.length);
        StringBuilder out = new StringBuilder(s.length());
        for (int k : order) {
            String cluster = clusters.get(k).toString();
            if ((lv[k] & 1) == 1) {
                int first = cluster.codePointAt(0);
                out.appendCodePoint(mirror(first)).append(cluster, Character.charCount(first), cluster.length());
            } else {
                out.append(cluster);
            }
        }
        return withoutControls(out.toString());
    }

    private static final String MIRRORED = "()[]{}<>«»‹›";

    private static int mirror(int cp) {
        int i = MIRRORED.indexOf(cp);
        return i < 0 ? cp : MIRRORED.charAt(i ^ 1);
    }

    /** Direction marks, embeddings and isolates steer the order and are not drawn. */
    private static String withoutControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u200C' || c == '\u200D';
            if (!control) b.append(c);
        }
        return b.toString();
    }
}
