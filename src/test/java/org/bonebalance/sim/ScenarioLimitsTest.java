package org.bonebalance.sim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.junit.jupiter.api.Test;

/** The limits of a scenario and of a therapy course are inclusive where documented, and nothing beyond. */
class ScenarioLimitsTest {
    private static Scenario s(double start, double years, double menopauseAge, double baseline, int every) {
        return new Scenario(Scenario.Sex.FEMALE, start, years, Scenario.Menopause.NATURAL, menopauseAge, null, List.of(),
                baseline, every);
    }

    @Test
    void scenarioLimits() {
        assertDoesNotThrow(() -> s(0, 1, 51, 1, 30));
        assertDoesNotThrow(() -> s(120, Scenario.MAX_YEARS, 0, 3, 1));
        assertDoesNotThrow(() -> s(45, 1, 120, Math.nextUp(0.2), 36525));
        assertThrows(IllegalArgumentException.class, () -> s(Math.nextDown(0.0), 1, 51, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(Math.nextUp(120.0), 1, 51, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 0, 51, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, Math.nextUp(Scenario.MAX_YEARS), 51, 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, Math.nextDown(0.0), 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, Math.nextUp(120.0), 1, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, 51, 0.2, 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, 51, Math.nextUp(3.0), 30));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, 51, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> s(45, 1, 51, 1, 36526));
        assertDoesNotThrow(() -> new Scenario(Scenario.Sex.MALE, 45, 1, Scenario.Menopause.NONE, Double.NaN, null, List.of(),
                BmdScale.DEFAULT_BASELINE_G_PER_CM2, 30), "no menopause: its age is not checked");
    }

    @Test
    void aCourseRunsFromItsStartUpToButNotIncludingItsStop() {
        TherapyCourse c = new TherapyCourse(Regimen.EP, 52, 60);
        assertFalse(c.activeAt(Math.nextDown(52.0)));
        assertTrue(c.activeAt(52));
        assertTrue(c.activeAt(Math.nextDown(60.0)));
        assertFalse(c.activeAt(60));
        assertThrows(IllegalArgumentException.class, () -> new TherapyCourse(Regimen.EP, 52, 52));
        assertDoesNotThrow(() -> new TherapyCourse(Regimen.EP, 52, Math.nextUp(52.0)));
        // without a stop a course runs to the end of the forecast, and at least one day
        assertEquals(85, TherapyCourse.defaultStopAge(55, 85));
        assertEquals(85 + 1 / Forecast.DAYS_PER_YEAR, TherapyCourse.defaultStopAge(85, 85), 1e-12);
        assertEquals(90 + 1 / Forecast.DAYS_PER_YEAR, TherapyCourse.defaultStopAge(90, 85), 1e-12);
    }
}
