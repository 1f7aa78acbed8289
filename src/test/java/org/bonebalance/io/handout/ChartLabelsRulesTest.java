package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.bonebalance.io.handout.ChartLabels.Box;
import org.junit.jupiter.api.Test;

/**
 * The placement rules of {@link ChartLabels} as documented, position by position: marker names at the top
 * beside their line, a row lower when both sides are taken, band names from the right along the band's top or
 * bottom; and the curve test against a brute-force one (points sampled along each segment).
 */
class ChartLabelsRulesTest {
    @Test
    void boxesThatTouchIntersectAndBoxesApartDoNot() {
        Box b = new Box(10, 20, 30, 40);
        assertEquals(40, b.maxX());
        assertEquals(60, b.maxY());
        assertTrue(b.intersects(new Box(40, 20, 5, 5)), "touching on the right");
        assertTrue(b.intersects(new Box(5, 20, 5, 5)), "touching on the left");
        assertTrue(b.intersects(new Box(10, 60, 5, 5)), "touching below");
        assertTrue(b.intersects(new Box(10, 15, 5, 5)), "touching above");
        assertFalse(b.intersects(new Box(40.01, 20, 5, 5)));
        assertFalse(b.intersects(new Box(4.99, 20, 5, 5)));
        assertFalse(b.intersects(new Box(10, 60.01, 5, 5)));
        assertFalse(b.intersects(new Box(10, 14.99, 5, 5)));
    }

    @Test
    void aMarkerNameSitsAtTheTopBesideItsLineOnThePreferredSide() {
        ChartLabels p = new ChartLabels(0, 600, 10, 300, 2);
        assertEquals(new Box(100 - 3 - 60, 12, 60, 16), p.besideLine(100, 3, 60, 16, true));
        assertEquals(new Box(300 + 3, 12, 40, 16), p.besideLine(300, 3, 40, 16, false));
    }

    @Test
    void aTakenSideSendsTheNameToTheOtherSideThenARowLower() {
        ChartLabels p = new ChartLabels(0, 600, 10, 300, 2);
        p.block(new Box(0, 0, 100, 20));     // left of x = 100 at the top
        assertEquals(new Box(103, 12, 60, 16), p.besideLine(100, 3, 60, 16, true));
        // both sides of x = 120 are now taken at the top: the second row, (16 + 2) lower, on the preferred side
        assertEquals(new Box(120 - 3 - 10, 12 + 18, 10, 16), p.besideLine(120, 3, 10, 16, true));
    }

    @Test
    void aNameNeverCrossesADashedLineKeptClear() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        p.blockLine(200, 4);   // keeps 196..204 clear over the whole height
        Box right = p.besideLine(190, 3, 30, 16, false);   // would cover 193..223: moves to the left side
        assertEquals(new Box(190 - 3 - 30, 2, 30, 16), right);
        Box fits = p.besideLine(170, 3, 20, 16, false);    // 173..193 at the top is taken by the name above; next row
        assertEquals(new Box(173, 2 + 18, 20, 16), fits);
        ChartLabels q = new ChartLabels(0, 600, 0, 300, 2);
        q.blockLine(200, 4);
        assertEquals(new Box(173, 2, 20, 16), q.besideLine(170, 3, 20, 16, false), "173..193 is clear of 196");
        assertEquals(new Box(208, 2, 20, 16), q.besideLine(205, 3, 20, 16, true), "the left side (182..202) crosses the line's zone");
    }

    @Test
    void withNoRoomAnywhereTheNameTakesTheTopRowRightOfItsLinePulledInside() {
        ChartLabels p = new ChartLabels(0, 100, 0, 56, 2);
        p.block(new Box(0, 0, 100, 56));
        assertEquals(new Box(100 - 1 - 30, 2, 30, 16), p.besideLine(90, 3, 30, 16, false));
        assertEquals(new Box(1, 2, 30, 16), p.besideLine(-50, 3, 30, 16, true));
        // rows are tried while the next one would end above the bottom: 2 + 3 × (16 + 2) = 56
        ChartLabels q = new ChartLabels(0, 100, 0, 56, 2);
        q.block(new Box(0, 0, 100, 37));   // the first two rows taken everywhere
        assertEquals(new Box(53, 2, 30, 16), q.besideLine(50, 3, 30, 16, false), "fallback, not a third row");
        ChartLabels r = new ChartLabels(0, 100, 0, 57, 2);
        r.block(new Box(0, 0, 100, 37));
        assertEquals(new Box(53, 2 + 36, 30, 16), r.besideLine(50, 3, 30, 16, false), "a third row fits in 57");
    }

    @Test
    void aBandNameStartsAtTheRightInsetAndMovesLeftStepByStep() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        assertNull(p.inBand(50, 14, 100, 117.99, 6, 12), "thinner than the name and 2 on each side");
        assertEquals(new Box(544, 102, 50, 14), p.inBand(50, 14, 100, 118, 6, 12));
        // top and bottom of the next band taken at the right: one step left
        p.block(new Box(540, 200, 60, 100));
        assertEquals(new Box(544 - 5 * 12, 202, 50, 14), p.inBand(50, 14, 200, 300, 6, 12), "five steps left, clear of it");
        ChartLabels q = new ChartLabels(0, 600, 0, 300, 2);
        q.block(new Box(0, 200, 600, 10));   // the band's top row taken across: the bottom, at the right
        assertEquals(new Box(544, 300 - 2 - 14, 50, 14), q.inBand(50, 14, 200, 300, 6, 12));
        ChartLabels full = new ChartLabels(0, 600, 0, 300, 2);
        full.block(new Box(0, 0, 600, 300));
        assertNull(full.inBand(50, 14, 0, 300, 6, 12), "nowhere clear: no name");
        // the leftmost place tried is the inset from the left edge
        ChartLabels narrow = new ChartLabels(0, 600, 0, 300, 2);
        narrow.block(new Box(7, 0, 600, 300));
        assertNull(narrow.inBand(50, 14, 0, 300, 6, 12), "every place tried overlaps the block");
        ChartLabels edge = new ChartLabels(0, 600, 0, 300, 2);
        edge.block(new Box(57, 0, 600, 300));
        assertEquals(new Box(6, 2, 50, 14), edge.inBand(50, 14, 0, 300, 6, 1), "the last place tried: the inset");
    }

    @Test
    void aBandNameAvoidsCurvesWhenItCanAndOtherwiseTakesTheFirstPlaceClearOfNames() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 4);
        p.curve(new double[] {0, 10, 600, 10});     // along the top of the band
        p.curve(new double[] {400, 0, 400, 300});   // and a vertical one at x = 400
        Box b = p.inBand(50, 14, 0, 100, 6, 12);
        assertEquals(new Box(544, 100 - 2 - 14, 50, 14), b, "the bottom of the band, right of the vertical curve");
        ChartLabels crowded = new ChartLabels(0, 200, 0, 40, 2);
        for (int y = 0; y <= 40; y += 4) crowded.curve(new double[] {0, y, 200, y});
        assertEquals(new Box(144, 2, 50, 14), crowded.inBand(50, 14, 0, 40, 6, 12), "no place clear of curves: the first one");
    }

    /** A segment passes within pad of the box: brute force over points along it. */
    private static boolean sampledHit(double[] c, Box r, double pad) {
        for (int i = 0; i <= 4000; i++) {
            double t = i / 4000.0, x = c[0] + t * (c[2] - c[0]), y = c[1] + t * (c[3] - c[1]);
            if (x >= r.x() - pad && x <= r.maxX() + pad && y >= r.y() - pad && y <= r.maxY() + pad) return true;
        }
        return false;
    }

    @Test
    void theCurveTestAgreesWithPointsSampledAlongTheCurves() {
        SplittableRandom rnd = new SplittableRandom(11);
        int hits = 0;
        for (int n = 0; n < 3000; n++) {
            double pad = rnd.nextDouble(0, 5);
            Box box = new Box(rnd.nextDouble(0, 80), rnd.nextDouble(0, 80), rnd.nextDouble(1, 20), rnd.nextDouble(1, 20));
            double ax = rnd.nextDouble(0, 100), bx = rnd.nextInt(10) == 0 ? ax : rnd.nextDouble(0, 100);
            double[] seg = {ax, rnd.nextDouble(0, 100), bx, rnd.nextDouble(0, 100)};
            ChartLabels p = new ChartLabels(0, 100, 0, 100, pad);
            p.curve(rnd.nextBoolean() ? seg : new double[] {seg[2], seg[3], seg[0], seg[1]});
            boolean fast = p.crossesCurve(box);
            // a brute-force answer that is robust at the edges: a hit for sure, or a miss by more than 0.05
            if (sampledHit(seg, box, pad)) assertTrue(fast, "hit missed: " + box + " " + java.util.Arrays.toString(seg) + " pad " + pad);
            else if (!sampledHit(seg, box, pad + 0.05)) assertFalse(fast, "false hit: " + box + " " + java.util.Arrays.toString(seg) + " pad " + pad);
            if (fast) hits++;
        }
        assertTrue(hits > 300 && hits < 2700, "both answers are exercised: " + hits);
        // a polyline: only its segments count, and a curve of one point has none
        ChartLabels p = new ChartLabels(0, 100, 0, 100, 0);
        p.curve(new double[] {0, 0, 50, 0, 50, 100});
        assertTrue(p.crossesCurve(new Box(45, 40, 10, 10)));
        assertFalse(p.crossesCurve(new Box(10, 40, 10, 10)));
        ChartLabels dot = new ChartLabels(0, 100, 0, 100, 0);
        dot.curve(new double[] {50, 50});
        assertFalse(dot.crossesCurve(new Box(40, 40, 20, 20)));
    }

    @Test
    void edgesOfThePlotAndOfALinesZone() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        assertEquals(new Box(1, 2, 20, 16), p.besideLine(24, 3, 20, 16, true), "1 from the left edge is inside");
        assertEquals(new Box(26, 2, 20, 16), p.besideLine(23, 3, 20, 16, true), "0 is not: the other side");
        ChartLabels q = new ChartLabels(0, 600, 0, 300, 2);
        assertEquals(new Box(579, 2, 20, 16), q.besideLine(576, 3, 20, 16, false), "ending 1 from the right edge is inside");
        assertEquals(new Box(577 - 3 - 20, 2, 20, 16), q.besideLine(577, 3, 20, 16, false), "ending at the edge is not");
        // a line's zone is pad wide on both sides: a name inside it on the right is moved
        ChartLabels z = new ChartLabels(0, 600, 0, 300, 2);
        z.blockLine(200, 4);
        assertEquals(new Box(185, 2, 6, 16), z.besideLine(194, 3, 6, 16, false), "197..203 is within 196..204");
        // three rows at most, even with room below
        ChartLabels r = new ChartLabels(0, 100, 0, 300, 2);
        r.block(new Box(0, 0, 100, 55));
        assertEquals(new Box(53, 2, 30, 16), r.besideLine(50, 3, 30, 16, false), "no fourth row");
        // band names are not placed left of the inset
        ChartLabels b = new ChartLabels(0, 600, 0, 300, 2);
        b.block(new Box(15, 0, 600, 300));
        assertNull(b.inBand(10, 14, 0, 300, 6, 1));
    }

    @Test
    void aCurveExactlyPadAwayCounts() {
        ChartLabels p = new ChartLabels(0, 100, 0, 100, 2);
        p.curve(new double[] {0, 10, 100, 10});
        assertTrue(p.crossesCurve(new Box(40, 12, 10, 10)), "2 above the box");
        assertFalse(p.crossesCurve(new Box(40, 12.01, 10, 10)));
        ChartLabels q = new ChartLabels(0, 100, 0, 100, 2);
        q.curve(new double[] {0, 30, 100, 30});
        assertTrue(q.crossesCurve(new Box(40, 18, 10, 10)), "2 below the box");
        assertFalse(q.crossesCurve(new Box(40, 17.99, 10, 10)));
        ChartLabels v = new ChartLabels(0, 100, 0, 100, 0);
        v.curve(new double[] {50, 0, 50, 100});
        assertTrue(v.crossesCurve(new Box(40, 40, 10, 10)), "a vertical curve touching the right side");
        assertTrue(v.crossesCurve(new Box(50, 40, 10, 10)), "and the left side");
        assertFalse(v.crossesCurve(new Box(50.01, 40, 10, 10)));
    }

    @Test
    void aNameKeepsOnePointInsideThePlotsSides() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        // left of x = 61.5 would start at 0.5, within a point of the plot's left: it goes right instead
        assertEquals(new Box(62.5, 2, 60, 16), p.besideLine(61.5, 1, 60, 16, true));
        ChartLabels q = new ChartLabels(0, 600, 0, 300, 2);
        // right of x = 538.5 would end at 599.5, within a point of the plot's right: it goes left instead
        assertEquals(new Box(477.5, 2, 60, 16), q.besideLine(538.5, 1, 60, 16, false));
    }

    @Test
    void aDashedLineIsKeptClearOnBothSidesOfIt() {
        ChartLabels p = new ChartLabels(0, 600, 0, 300, 2);
        p.blockLine(100, 2);   // 98..102, the whole height
        // 89..99 on the left and 101..111 on the right both reach into it on every row: the fallback, right of the line
        assertEquals(new Box(101, 2, 10, 5), p.besideLine(100, 1, 10, 5, true));
    }

    @Test
    void aStrayCoordinateAfterTheLastPointIsIgnored() {
        ChartLabels p = new ChartLabels(0, 100, 0, 100, 2);
        p.curve(new double[] {0, 50, 100, 50, 7});
        assertTrue(p.crossesCurve(new Box(40, 45, 10, 10)));
        assertFalse(p.crossesCurve(new Box(40, 10, 10, 10)));
    }
}
