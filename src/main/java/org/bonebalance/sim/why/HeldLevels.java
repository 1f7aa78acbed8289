package org.bonebalance.sim.why;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.Readout;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.HormoneSchedule;
import org.bonebalance.sim.Scenario;

/**
 * The question the {@code why} command asks: start from the steady state of the reference levels for one sex
 * (a premenopausal woman, a young man), hold other levels for some years, and read the model then.
 */
public final class HeldLevels {
    /** Age at the start of the hold, years; labels the rows (docs/model.md: no ageing apart from hormones). */
    public static final double START_AGE = Scenario.DEFAULT_START_AGE;
    public static final double DEFAULT_YEARS = 5;

    private HeldLevels() {}

    /** The reference levels of a sex: the steady state a hold starts from. */
    public static HormoneLevels referenceLevels(Scenario.Sex sex) {
        return sex == Scenario.Sex.MALE ? HormoneLevels.YOUNG_MALE : HormoneLevels.PREMENOPAUSAL;
    }

    /** The model after {@code levels} have been held for {@code years} from the reference steady state of {@code sex}. */
    public static Moment after(Scenario.Sex sex, HormoneLevels levels, double years) {
        Scenario start = new Scenario(sex, START_AGE, years, Scenario.Menopause.NONE, Double.NaN, null, List.of(),
                BmdScale.DEFAULT_BASELINE_G_PER_CM2, Scenario.DEFAULT_EVERY_DAYS);
        long totalDays = Math.round(years * Forecast.DAYS_PER_YEAR);
        if (totalDays < 1) throw new IllegalArgumentException("a hold must last at least one day");
        // the rate is taken over the last year (or the whole hold, if shorter): a row one year before the end is
        // needed. From two years on, rows every (total − 1 year) days fall at the start, there and at the end;
        // a shorter hold takes daily rows (at most 730).
        long lastYearDays = Math.min(Math.round(Forecast.DAYS_PER_YEAR), totalDays);
        long every = totalDays >= 2 * lastYearDays ? totalDays - lastYearDays : 1;
        List<Readout> rows = Forecast.project(start.initialState(), START_AGE, years, HormoneSchedule.constant(levels),
                (int) every, start.baselineBmdGPerCm2(), Double.NaN);
        Readout end = rows.get(rows.size() - 1);
        Readout before = rows.get(every == 1 ? (int) (totalDays - lastYearDays) : rows.size() - 2);
        double rate = (end.bmdRel() / before.bmdRel() - 1) * 100 * Forecast.DAYS_PER_YEAR / lastYearDays;
        return new Moment(end, rate);
    }

    /** The whole trace of one reading for levels held {@code years} (eight holds, for the attribution). */
    public static Trace trace(Reading reading, Scenario.Sex sex, HormoneLevels levels, double years) {
        return Trace.held(reading, levels, referenceLevels(sex), l -> after(sex, l, years));
    }
}
