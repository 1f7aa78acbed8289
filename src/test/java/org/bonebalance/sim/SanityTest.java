package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.model.SteadyState;
import org.junit.jupiter.api.Test;

/**
 * Sanity checks a scientist would write. Where the specified model does not have a property everywhere, the
 * test states the domain where it holds and a second test pins the size of the exception, so a change of
 * the model shows up either way (docs/model.md, "Known quirks"):
 * <ul>
 * <li>above the premenopausal 100 pg/mL the estrogen deficiency d turns negative: extra RANKL is clipped at
 *     zero but the osteoblastogenesis multiplier falls, so more estradiol lowers BMD a little;</li>
 * <li>an anabolic excess over balance (progesterone or testosterone on top of adequate estrogen) raises
 *     turnover and the disuse mechanostat; younger bone holds less mineral, so BMD falls a little;</li>
 * <li>under constant levels for many years the long-run BMD is not monotone in E2 either.</li>
 * </ul>
 */
class SanityTest {
    /** BMD_rel every 30 days for constant levels from the premenopausal reference state. */
    private static double[] bmd(double e2, double p4, double t, double years) {
        return Forecast.project(SteadyState.REFERENCE, 45, years, HormoneSchedule.constant(new HormoneLevels(e2, p4, t)),
                30, 1.056, Double.NaN).stream().mapToDouble(Readout::bmdRel).toArray();
    }

    private static final double[][] P4_T = {{0.3, 20}, {5, 30}, {0.3, 550}, {0, 0}, {5, 20}};

    @Test
    void moreEstradiolUpToThePremenopausalLevelNeverLowersBmdOverTwoYears() {
        for (double[] pt : P4_T) {
            double[] prev = null;
            for (double e2 = 0; e2 <= 100; e2 += 2.5) {
                double[] cur = bmd(e2, pt[0], pt[1], 2);
                if (prev != null) {
                    for (int k = 0; k < cur.length; k++) {
                        int row = k;
                        double e = e2;
                        // at male testosterone (T 550) estrogen on top of the androgen surplus overshoots balance:
                        // the disuse mechanostat then costs a little (pinned below 0.03 points, docs/model.md §9)
                        double slack = pt[1] > 100 ? 3e-4 : 1e-12;
                        double diff = cur[k] - prev[k];
                        assertTrue(diff >= -slack, () -> "E2 " + e + " P4 " + pt[0] + " T " + pt[1] + " row " + row + ": " + diff);
                    }
                }
                prev = cur;
            }
        }
    }

    @Test
    void estradiolAbovePremenopausalLowersBmdByLessThanAFifthOfAPointOverTwoYears() {
        for (double[] pt : P4_T) {
            double[] at100 = bmd(100, pt[0], pt[1], 2);
            for (double e2 : new double[] {150, 400, 1000, 5000}) {
                double[] cur = bmd(e2, pt[0], pt[1], 2);
                for (int k = 0; k < cur.length; k++) {
                    assertTrue(100 * (at100[k] - cur[k]) < 0.2, "E2 " + e2 + " row " + k);
                }
            }
        }
    }

    @Test
    void progesteroneHelpsALittleOnlyWithEstrogenAndNeverHurts() {
        for (double e2 : new double[] {0, 5, 20, 40}) {
            double[] prev = null;
            for (double p4 = 0; p4 <= 5; p4 += 0.25) {
                double[] cur = bmd(e2, p4, 20, 2);
                if (prev != null) {
                    for (int k = 0; k < cur.length; k++) assertTrue(cur[k] >= prev[k] - 1e-12, "E2 " + e2 + " P4 " + p4);
                }
                prev = cur;
            }
            double gainP4 = bmd(e2, 5, 20, 2)[24] - bmd(e2, 0.3, 20, 2)[24];
            if (e2 <= 5) {
                // progesterone alone does not protect bone (Liu 2005; Prior 2010): no effect without estrogen
                assertEquals(0, gainP4, 1e-12, "P4 without estrogen at E2 " + e2);
            } else {
                // "a little": smaller than what estrogen does over the same two years
                double gainE2 = bmd(e2, 0.3, 20, 2)[24] - bmd(5, 0.3, 20, 2)[24];
                assertTrue(gainP4 > 0 && gainP4 < gainE2, "P4 gain " + gainP4 + " vs E2 gain " + gainE2 + " at " + e2);
            }
        }
    }

    @Test
    void testosteroneUpToTheTherapyLevelHelpsALittleAndNeverHurts() {
        for (double e2 : new double[] {0, 5, 40, 100}) {
            double[] prev = null;
            for (double t = 0; t <= 60; t += 5) {
                double[] cur = bmd(e2, 0.3, t, 2);
                if (prev != null) {
                    for (int k = 0; k < cur.length; k++) assertTrue(cur[k] >= prev[k] - 1e-12, "E2 " + e2 + " T " + t);
                }
                prev = cur;
            }
            double gainT = bmd(e2, 0.3, 60, 2)[24] - bmd(e2, 0.3, 20, 2)[24];
            // about a point over two years (docs/model.md §9); smaller than estrogen's effect
            assertTrue(gainT > 0 && gainT < 0.015, "T 20 -> 60 at E2 " + e2 + ": " + gainT);
        }
    }

    @Test
    void anabolicExcessOverBalanceCostsLessThanFourPointsOverTwoYears() {
        // the known quirk, pinned: progesterone 0-25 ng/mL, testosterone 0-1000 ng/dL at any estrogen level.
        // At most 3.6 points (E2 400, P4 25, T 550) with the app's fast scheme, which follows the exact solution
        // here; the 1-day RK4 goes unstable at these turnover levels (osteoclasts above about 2.3 × the
        // reference with the disuse mechanostat, docs/model.md §8) and showed 2.5
        for (double e2 : new double[] {0, 5, 40, 100, 400}) {
            for (double t : new double[] {20, 550}) {
                double best = 0;
                for (double p4 = 0; p4 <= 25; p4 += 2.5) {
                    double end = bmd(e2, p4, t, 2)[24];
                    best = Math.max(best, end);
                    assertTrue(100 * (best - end) < 4.0, "E2 " + e2 + " T " + t + " P4 " + p4);
                }
            }
        }
    }

    @Test
    void noNanOrNegativeConcentrationsAtSliderExtremesForFortyYears() {
        double[] e2s = {0, 1, 400, 5000};
        double[] p4s = {0, 25, 100};
        double[] ts = {0, 1000, 2000};
        for (double e2 : e2s) for (double p4 : p4s) for (double t : ts) {
            List<Readout> rows = Forecast.project(SteadyState.REFERENCE, 45, 40,
                    HormoneSchedule.constant(new HormoneLevels(e2, p4, t)), 30, 1.056, Double.NaN);
            assertEquals(488, rows.size());
            for (Readout r : rows) {
                double[] nonNegative = {r.obpRel(), r.obaRel(), r.ocaRel(), r.ranklRel(), r.opgRel(), r.ranklRankRel(),
                        r.ranklOpgRatioRel(), r.bvTvPct(), r.bmdRel(), r.bmdGPerCm2(), r.ctxRel(), r.p1npRel(),
                        r.fractureRrVertebral(), r.fractureRrAny(), r.formationOverResorption()};
                for (double v : nonNegative) {
                    assertTrue(Double.isFinite(v) && v >= 0, () -> "E2 " + e2 + " P4 " + p4 + " T " + t + " at " + r);
                }
                assertTrue(Double.isFinite(r.tScore()));
            }
        }
    }

    @Test
    void identicalInputsGiveIdenticalOutputs() {
        Scenario s = Scenario.defaultFemale().withTherapies(List.of(new TherapyCourse(Regimen.EP, 55, 60)));
        assertEquals(Forecast.run(s), Forecast.run(s));
        assertEquals(Forecast.run(Scenario.defaultFemale()), Forecast.run(Scenario.defaultFemale()));
    }
}
