package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The shared name placement: clear of lines, legend, other names and (when there is room) the curves. */
class ChartLabelsTest {
    @Test
    void markerNamesSitBesideTheirLinesAndNeverCrossTheOtherLine() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        p.blockLine(100, 2);
        p.blockLine(110, 2);
        ChartLabels.Box meno = p.besideLine(100, 3, 60, 16, true);
        ChartLabels.Box today = p.besideLine(110, 3, 40, 16, false);
        assertTrue(meno.maxX() < 98 && meno.y() < 20, meno.toString());
        assertTrue(today.x() > 112 && today.y() < 20, today.toString());
        assertFalse(meno.intersects(today));
        // near the right edge the name goes to the other side of its line
        ChartLabels.Box late = p.besideLine(590, 3, 40, 16, false);
        assertTrue(late.maxX() < 588 && late.x() >= 1, late.toString());
    }

    @Test
    void bandNamesGoRightThenDownThenLeftAroundCurvesAndTakenPlaces() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        ChartLabels.Box top = p.inBand(50, 14, 0, 100, 6, 12);
        assertEquals(new ChartLabels.Box(544, 2, 50, 14), top);
        // a curve along the top of the next band: the name goes to the band's bottom
        p.curve(new double[]{0, 105, 600, 105});
        ChartLabels.Box low = p.inBand(50, 14, 100, 200, 6, 12);
        assertEquals(new ChartLabels.Box(544, 184, 50, 14), low);
        // a legend over the right end: the name moves left of it
        p.block(new ChartLabels.Box(400, 200, 200, 100));
        ChartLabels.Box osteo = p.inBand(50, 14, 200, 300, 6, 12);
        assertTrue(osteo.maxX() < 400, osteo.toString());
        // too thin a band gets no name
        assertNull(p.inBand(50, 14, 0, 10, 6, 12));
    }

    @Test
    void whenNoPlaceIsClearOfTheCurvesTheNameStillAvoidsLinesAndNames() {
        ChartLabels p = new ChartLabels(0, 200, 0, 40, 2);
        for (int y = 0; y <= 40; y += 4) p.curve(new double[]{0, y, 200, y});
        p.blockLine(180, 2);
        ChartLabels.Box b = p.inBand(50, 14, 0, 40, 6, 12);
        assertNotNull(b);
        assertTrue(b.maxX() < 178, b.toString());
    }
}
