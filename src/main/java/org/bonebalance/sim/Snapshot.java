package org.bonebalance.sim;

import org.bonebalance.model.Readout;

/**
 * What the view sees after one step of the real-time simulation. Immutable.
 *
 * @param frame        count of steps since start (increases by one per {@link Simulation#step})
 * @param elapsedDays  simulated days since the last reset
 * @param ageYears     the simulated person's age
 * @param lastStepDays simulated days the last step advanced (0 when paused)
 * @param playing      whether the clock is running
 * @param speed        simulated time per real second
 * @param readout      every model quantity at this moment
 * @param history      BMD trajectory since reset (append-only; read the first historySize points)
 * @param historySize  number of valid points in history
 * @param menopauseAgeYears the age at which this run's levels first became a postmenopausal woman's
 *                     ({@link Simulation#isPostmenopausalWoman}); NaN while they never have (or a man's)
 */
public record Snapshot(long frame, double elapsedDays, double ageYears, double lastStepDays, boolean playing,
                       Speed speed, Readout readout, TrajectoryLog history, int historySize,
                       double menopauseAgeYears) {

    /** Years since this run's menopause (negative never; NaN when there was none). */
    public double yearsSinceMenopause() {
        return Double.isNaN(menopauseAgeYears) ? Double.NaN : Math.max(0, ageYears - menopauseAgeYears);
    }
}
