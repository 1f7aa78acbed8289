package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Which font draws which character, and what stands in where none can. */
class HandoutFontsTest {
    @Test
    void eachCharacterGoesToTheFontThatHasItAndNoneIsLost() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts f = new HandoutFonts(doc);
            assertTrue(f.regular.isEmbedded() || f.regular.willBeSubset(), "regular embedded");
            assertNotSame(f.regular, f.bold);
            assertEquals(List.of(new HandoutFonts.Run(f.bold, "Ab Ωж שׁ ﺏ")), f.runs(f.bold, "Ab Ωж שׁ ﺏ"), "one run in one font");
            assertEquals(List.of(new HandoutFonts.Run(f.regular, "a b")), f.runs(f.regular, "a\tb"), "a control character is a space");
            List<HandoutFonts.Run> missing = f.runs(f.regular, "x\uD80C\uDC00y");
            assertEquals(List.of(new HandoutFonts.Run(f.regular, "x" + HandoutFonts.MISSING + "y")), missing, "the box stands in");
            assertEquals(List.of(), f.runs(f.regular, ""));
            List<HandoutFonts.Run> cjk = f.runs(f.regular, "a王b");
            if (HandoutFonts.systemCjkFont()) {
                assertEquals(3, cjk.size(), cjk.toString());
                assertEquals("王", cjk.get(1).text());
                assertNotSame(f.regular, cjk.get(1).font());
                assertSame(f.regular, cjk.get(2).font());
            } else {
                System.out.println("HandoutFontsTest: no CJK font among this machine's fonts: checked the box stands in for 王");
                assertEquals(List.of(new HandoutFonts.Run(f.regular, "a" + HandoutFonts.MISSING + "b")), cjk);
            }
        }
    }

    @Test
    void undrawableListsEachMissingCharacterOnceInOrderAndNotSpaces() {
        assertEquals("", HandoutFonts.undrawable("Zoë Ελένη Анна عائشة שרה \t\n"));
        assertEquals("\uD80C\uDC00\uD80C\uDC01", HandoutFonts.undrawable("\uD80C\uDC01 a \uD80C\uDC00\uD80C\uDC01"));
        assertEquals(HandoutFonts.systemCjkFont() ? "" : "王芳", HandoutFonts.undrawable("芳王 王"));
    }
}
