package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Arabic joining and right-to-left order, character by character (the expected forms from the Unicode charts). */
class VisualTextTest {
    @Test
    void arabicLettersTakeTheirJoinedForms() {
        assertEquals("\uFE8F", VisualText.shape("ب"), "beh alone: isolated");
        assertEquals("\uFE91\uFE90", VisualText.shape("بب"), "initial, final");
        assertEquals("\uFE91\uFE92\uFE90", VisualText.shape("ببب"), "initial, medial, final");
        assertEquals("\uFE8D\uFE8F", VisualText.shape("اب"), "alef does not join onwards");
        assertEquals("\uFE91\uFE8E", VisualText.shape("با"), "alef joins back: final");
        assertEquals("\uFE80\uFEF1", VisualText.shape("ءي"), "hamza joins neither way");
        assertEquals("\uFEDF\uFEE0\uFEE2", VisualText.shape("للم"), "lam initial, medial; meem final");
        assertEquals("\uFEFB", VisualText.shape("لا"), "lam-alef ligature, isolated");
        assertEquals("\uFE91\uFEFC", VisualText.shape("بلا"), "lam-alef ligature, final");
        assertEquals("\uFEF7\uFEF9\uFEF5", VisualText.shape("لألإلآ"), "the ligatures with hamza and madda");
        assertEquals("\uFE91\u064E\uFE90", VisualText.shape("بَب"), "a mark between letters does not break the join");
        assertEquals("\uFE91\u0640\uFE90", VisualText.shape("بـب"), "tatweel joins both sides");
        assertEquals("\uFE8F\u200C\uFE8F", VisualText.shape("ب\u200Cب"), "zero-width non-joiner breaks it");
        assertEquals("\uFB58\uFB95\uFBFD", VisualText.shape("پگی"), "Persian letters");
        assertEquals("\uFB8A\uFB50", VisualText.shape("ژٱ"), "jeh and alef wasla join back only");
        assertEquals("\uFEF3\uFEEE\uFEA9\uFEAD\uFEA3\uFEF0\uFEAB\uFEA5", VisualText.shape("يودرحىذخ"),
                "every right-joiner ends the join");
        assertEquals("Zoë Анна", VisualText.shape("Zoë Анна"), "other scripts untouched");
    }

    @Test
    void rightToLeftRunsAreReversedForALeftToRightPage() {
        assertEquals("For: םולש", VisualText.visual("For: שלום"));
        assertEquals("abc ג(ב)א def", VisualText.visual("abc א(ב)ג def"), "brackets turn round inside a right-to-left run");
        assertEquals("12 בא", VisualText.visual("12 אב"));
        assertEquals("ב 2024 א", VisualText.visual("א 2024 ב"), "numbers keep their own order");
        assertEquals("ב\u05B0א", VisualText.visual("אב\u05B0"), "a point stays after its letter");
        assertEquals("\uFE8E\uFE91", VisualText.visual("با"), "shaped, then reversed");
        assertEquals("ab", VisualText.visual("\u200Fa\u202Bb\u202C"), "direction controls are not drawn");
        assertEquals("plain", VisualText.visual("plain"));
    }

    @Test
    void everyMirroredPairTurnsRoundAndEveryControlIsLeftOut() {
        assertEquals("a ג[ב]א", VisualText.visual("a א[ב]ג"));
        assertEquals("a ג{ב}א", VisualText.visual("a א{ב}ג"));
        assertEquals("a ג<ב>א", VisualText.visual("a א<ב>ג"));
        assertEquals("a ג«ב»א", VisualText.visual("a א«ב»ג"));
        assertEquals("a ג‹ב›א", VisualText.visual("a א‹ב›ג"));
        assertEquals("a (b) c", VisualText.visual("a (b) c"), "left to right: as typed");
        for (char c : "\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200C\u200D".toCharArray()) {
            assertEquals("ab", VisualText.visual("a" + c + "b"), Integer.toHexString(c));
        }
        assertEquals("\uFE91\u200D", VisualText.shape("ب\u200D"), "a joiner after a letter makes it join onwards");
        assertEquals("\u200D\uFE90", VisualText.shape("\u200Dب"), "and before a letter, join back");
        assertEquals("\uFE91\u20DD\uFE90", VisualText.shape("ب\u20DDب"), "an enclosing mark is transparent too");
        assertEquals("\uFEDF\uFEE2", VisualText.shape("لم"), "lam without alef: no ligature");
        assertEquals("\uFEFB\u064E", VisualText.shape("لاَ"), "a mark after the ligature stays");
        assertEquals("\uFEFB\u064E", VisualText.shape("ل\u064Eا"), "a mark between lam and alef goes after the ligature");
        assertEquals("\uFE8E\uFE91 ab", VisualText.visual("با ab"), "an Arabic word then Latin");
    }

    @Test
    void aMarkAfterALetterThatDoesNotJoinOnwardsLeavesTheNextLetterUnjoined() {
        // alef, fatha, beh: looking back past the mark finds alef, which does not join onwards
        assertEquals("\uFE8D\u064E\uFE8F", VisualText.shape("\u0627\u064E\u0628"));
    }

    @Test
    void bracketsTurnRoundInARightToLeftRunNestedThreeDeep() {
        // right-to-left inside left-to-right inside right-to-left: the Hebrew run's level is 3, odd, so mirrored
        assertEquals("ג(ב)א", VisualText.visual("\u202B\u202A\u202Bא(ב)ג\u202C\u202C\u202C"));
    }
}
