package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md §6: every calibration target within its published tolerance, and the regression values of our
 * implementation within tolerances that fit our numerics (1-day RK4; any change of the model or of the
 * integrator beyond rounding shows up here).
 */
class CalibrationTest {
    private static CalibrationRuns runs;

    @BeforeAll
    static void run() {
        runs = new CalibrationRuns();
    }

    @Test
    void bmdChangeFromFmpMinus1ToFmpPlus2MatchesSwan() {
        assertEquals(-7.38, runs.cumulativeFromFmpMinus1(2), 1.0, "Greendale 2012");
        assertEquals(-6.93, runs.cumulativeFromFmpMinus1(2), 0.01, "regression");
    }

    @Test
    void lossRateTwoToFiveYearsAfterFmp() {
        assertEquals(-1.0, runs.rate(2, 5), 0.3, "derived from SWAN");
        assertEquals(-1.144, runs.rate(2, 5), 0.001, "regression");
    }

    @Test
    void lossRateTenToTwentyYearsAfterFmp() {
        assertEquals(-0.75, runs.rate(10, 20), 0.25, "Looker 1998");
        assertEquals(-0.787, runs.rate(10, 20), 0.001, "regression");
    }

    @Test
    void osteoclastsOneYearAfterFmp() {
        double oca = CalibrationRuns.osteoclastsOneYearAfterFmp();
        assertEquals(1.85, oca, 0.1, "Recker 2004");
        assertEquals(1.857, oca, 0.001, "regression");
    }

    @Test
    void standardTherapyFiveYearsAfterFmpFirstYear() {
        assertEquals(3.5, runs.mhtOneYear(), 1.0, "Abdi 2017");
        assertEquals(4.338, runs.mhtOneYear(), 0.001, "regression");
    }

    @Test
    void standardTherapyMinusNoTreatmentAtTwoYears() {
        assertEquals(6.76, runs.mhtMinusNoneTwoYears(), 1.0, "Wells 2002");
        assertEquals(6.483, runs.mhtMinusNoneTwoYears(), 0.001, "regression");
    }

    @Test
    void progestogenAddsToEstrogenAtTwoYears() {
        assertEquals(1.36, runs.progestogenGainTwoYears(), 0.6, "Prior 2017");
        assertEquals(1.405, runs.progestogenGainTwoYears(), 0.001, "regression");
    }

    @Test
    void cumulativeNaturalMenopauseLossMatchesRegressionValues() {
        // MODEL.md §6: FMP+2 −6.9 %, FMP+5 −10.1 %, FMP+10 −14.5 %, FMP+20 −21.2 %
        assertEquals(-6.9, runs.cumulativeFromFmpMinus1(2), 0.05);
        assertEquals(-10.1, runs.cumulativeFromFmpMinus1(5), 0.05);
        assertEquals(-14.5, runs.cumulativeFromFmpMinus1(10), 0.05);
        assertEquals(-21.2, runs.cumulativeFromFmpMinus1(20), 0.05);
        // our values, to the last digit our numerics justify
        assertEquals(-6.930, runs.cumulativeFromFmpMinus1(2), 0.001);
        assertEquals(-10.124, runs.cumulativeFromFmpMinus1(5), 0.001);
        assertEquals(-14.497, runs.cumulativeFromFmpMinus1(10), 0.001);
        assertEquals(-21.227, runs.cumulativeFromFmpMinus1(20), 0.001);
    }
}
