package org.bonebalance.sim;

import java.util.List;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.SteadyState;

/**
 * A complete, immutable description of one forecast: who, which hormone course, which therapy, how long.
 *
 * @param sex             female or male (sets the reference starting state)
 * @param startAge        age at the start, years
 * @param years           length of the forecast, years
 * @param menopause       natural, surgical, or none (constant levels / male)
 * @param menopauseAge    final menstrual period (natural) or surgery (surgical), years
 * @param constantLevels  when not null, these levels hold throughout instead of a menopause profile
 * @param therapies       therapy courses, applied on top of the base levels
 * @param baselineBmdGPerCm2 spine BMD at the reference state, g/cm²
 * @param everyDays       spacing of reported rows, days
 */
public record Scenario(Sex sex, double startAge, double years, Menopause menopause, double menopauseAge,
                       HormoneLevels constantLevels, List<TherapyCourse> therapies,
                       double baselineBmdGPerCm2, int everyDays) {

    public enum Sex { FEMALE, MALE }

    public enum Menopause { NATURAL, SURGICAL, NONE }

    public static final double DEFAULT_START_AGE = 45;
    public static final double DEFAULT_YEARS = 40;
    public static final double DEFAULT_FMP_AGE = 51;
    public static final int DEFAULT_EVERY_DAYS = 30;
    public static final double MAX_YEARS = 100;

    public Scenario {
        therapies = List.copyOf(therapies);
        if (sex == null || menopause == null) throw new IllegalArgumentException("sex and menopause are required");
        if (!(startAge >= 0 && startAge <= 120)) throw new IllegalArgumentException("start age must be between 0 and 120 years");
        if (!(years > 0 && years <= MAX_YEARS)) throw new IllegalArgumentException("years must be more than 0 and at most " + (int) MAX_YEARS);
        if (menopause != Menopause.NONE && !(menopauseAge >= 0 && menopauseAge <= 120)) {
            throw new IllegalArgumentException("menopause age must be between 0 and 120 years");
        }
        if (!(baselineBmdGPerCm2 > 0.2 && baselineBmdGPerCm2 <= 3)) {
            throw new IllegalArgumentException("baseline BMD must be between 0.2 and 3 g/cm²");
        }
        if (everyDays < 1 || everyDays > 36525) throw new IllegalArgumentException("row spacing must be between 1 and 36525 days");
    }

    /** The default: a woman from 45 for 40 years, natural menopause at 51, no therapy. */
    public static Scenario defaultFemale() {
        return new Scenario(Sex.FEMALE, DEFAULT_START_AGE, DEFAULT_YEARS, Menopause.NATURAL, DEFAULT_FMP_AGE,
                null, List.of(), BmdScale.DEFAULT_BASELINE_G_PER_CM2, DEFAULT_EVERY_DAYS);
    }

    public Scenario withTherapies(List<TherapyCourse> courses) {
        return new Scenario(sex, startAge, years, menopause, menopauseAge, constantLevels, courses,
                baselineBmdGPerCm2, everyDays);
    }

    public Scenario withStart(double age, double lengthYears) {
        return new Scenario(sex, age, lengthYears, menopause, menopauseAge, constantLevels, therapies,
                baselineBmdGPerCm2, everyDays);
    }

    public Scenario withEveryDays(int days) {
        return new Scenario(sex, startAge, years, menopause, menopauseAge, constantLevels, therapies,
                baselineBmdGPerCm2, days);
    }

    public Scenario withBaselineBmd(double g) {
        return new Scenario(sex, startAge, years, menopause, menopauseAge, constantLevels, therapies, g, everyDays);
    }

    /** Levels of the reference state this person starts from. */
    public HormoneLevels referenceLevels() {
        return sex == Sex.MALE ? HormoneLevels.YOUNG_MALE : HormoneLevels.PREMENOPAUSAL;
    }

    /** The levels over age, therapy included. */
    public HormoneSchedule schedule() {
        HormoneSchedule base;
        if (constantLevels != null) {
            base = HormoneSchedule.constant(constantLevels);
        } else if (sex == Sex.MALE || menopause == Menopause.NONE) {
            base = HormoneSchedule.constant(referenceLevels());
        } else if (menopause == Menopause.SURGICAL) {
            base = HormoneSchedule.surgicalMenopause(menopauseAge, HormoneLevels.PREMENOPAUSAL,
                    HormoneLevels.POSTMENOPAUSAL_SURGICAL);
        } else {
            base = HormoneSchedule.naturalMenopause(menopauseAge, HormoneLevels.PREMENOPAUSAL, HormoneLevels.POSTMENOPAUSAL);
        }
        if (therapies.isEmpty()) return base;
        return new WithTherapy(base, therapies);
    }

    /** Base levels with therapy courses applied on top; holds until the next course starts or stops. */
    private record WithTherapy(HormoneSchedule base, List<TherapyCourse> courses) implements HormoneSchedule {
        @Override public HormoneLevels at(double age) {
            HormoneLevels levels = base.at(age);
            for (TherapyCourse c : courses) {
                if (c.activeAt(age)) levels = c.regimen().apply(levels);
            }
            return levels;
        }

        @Override public double levelsHoldUntil(double age) {
            return nextCourseChange(age, base.levelsHoldUntil(age));
        }

        /** Starting or stopping a course is a step of the levels. */
        @Override public double levelsSmoothUntil(double age) {
            return nextCourseChange(age, base.levelsSmoothUntil(age));
        }

        private double nextCourseChange(double age, double until) {
            for (TherapyCourse c : courses) {
                if (c.startAge() > age) until = Math.min(until, c.startAge());
                if (c.stopAge() > age) until = Math.min(until, c.stopAge());
            }
            return until;
        }
    }

    /** The starting state: the steady state of the reference levels. */
    public double[] initialState() {
        return SteadyState.solve(HormoneEffects.of(referenceLevels()));
    }
}
