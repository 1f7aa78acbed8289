package org.bonebalance.sim.consult;

import org.bonebalance.sim.Scenario;

/**
 * The person in a consultation. Nothing identifying is needed: {@code label} is a free, optional text
 * (e.g. initials) and the only such field stored.
 *
 * @param label        optional free text, may be empty
 * @param sex          female or male
 * @param ageYears     age today, years
 * @param menopause    natural or surgical (NONE for a man)
 * @param menopauseAge final menstrual period or surgery, years (ignored when menopause is NONE)
 * @param measurement  optional measured spine BMD or T-score that anchors the curve; null when none
 */
public record Person(String label, Scenario.Sex sex, double ageYears, Scenario.Menopause menopause,
                     double menopauseAge, Measurement measurement) {

    public static final int MAX_LABEL = 80;
    public static final double MIN_MENOPAUSE_AGE = 30, MAX_MENOPAUSE_AGE = 65;

    public Person {
        label = label == null ? "" : label;
        if (menopause == Scenario.Menopause.NONE) menopauseAge = 0; // not used, and not stored in files
        Checks.text("person.label", label, MAX_LABEL);
        Checks.required("person.sex", sex);
        Checks.required("person.menopause", menopause);
        Checks.range("person.age", ageYears, Consultation.MIN_AGE, Consultation.END_AGE);
        if (sex == Scenario.Sex.MALE && menopause != Scenario.Menopause.NONE) {
            Checks.fail("person.menopause", "consult.error.maleMenopause");
        }
        if (sex == Scenario.Sex.FEMALE && menopause == Scenario.Menopause.NONE) {
            Checks.fail("person.menopause", "consult.error.femaleMenopause");
        }
        if (menopause != Scenario.Menopause.NONE) {
            Checks.range("person.menopauseAge", menopauseAge, MIN_MENOPAUSE_AGE, MAX_MENOPAUSE_AGE);
        }
        if (measurement != null) {
            if (measurement.ageYears() > ageYears) Checks.fail("person.measurement.age", "consult.error.futureScan");
            if (measurement.ageYears() < runStartAge(menopause, menopauseAge)) {
                Checks.fail("person.measurement.age", "consult.error.scanBeforeStart",
                        runStartAge(menopause, menopauseAge));
            }
        }
    }

    /** A woman of 52 with natural menopause at 51 and no scan. */
    public static Person example() {
        return new Person("", Scenario.Sex.FEMALE, 52, Scenario.Menopause.NATURAL, 51, null);
    }

    /** Age at which the modelled timeline starts: before the menopause transition, at the reference state. */
    public double runStartAge() {
        return runStartAge(menopause, menopauseAge);
    }

    static double runStartAge(Scenario.Menopause menopause, double menopauseAge) {
        if (menopause == Scenario.Menopause.NONE) return Consultation.DEFAULT_RUN_START;
        return Math.min(Consultation.DEFAULT_RUN_START, menopauseAge - 5);
    }

    public Person withMeasurement(Measurement m) {
        return new Person(label, sex, ageYears, menopause, menopauseAge, m);
    }
}
