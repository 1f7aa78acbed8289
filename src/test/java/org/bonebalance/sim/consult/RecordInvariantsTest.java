package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every range and rule of Person, Measurement, ScenarioSpec and Consultation, at its edges: the limit itself
 * is accepted, the nearest number beyond it is refused naming the field, and so are NaN and infinities.
 */
class RecordInvariantsTest {
    private static final Scenario.Sex F = Scenario.Sex.FEMALE, M = Scenario.Sex.MALE;
    private static final Scenario.Menopause NATURAL = Scenario.Menopause.NATURAL, NONE = Scenario.Menopause.NONE;

    private static void refused(String field, Executable build) {
        Checks.InvalidFieldException e = assertThrows(Checks.InvalidFieldException.class, build, field);
        assertEquals(field, e.field());
        assertFalse(e.getMessage().isBlank());
    }

    /** make(min) and make(max) are accepted; just below min, just above max, NaN and ±∞ are refused. */
    private static void range(String field, double min, double max, DoubleFunction<Object> make) {
        assertDoesNotThrow(() -> make.apply(min), field + " at " + min);
        assertDoesNotThrow(() -> make.apply(max), field + " at " + max);
        for (double bad : new double[] {Math.nextDown(min), Math.nextUp(max), Double.NaN,
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            refused(field, () -> make.apply(bad));
        }
    }

    private static Person woman(double age, double menopauseAge) {
        return new Person("", F, age, NATURAL, menopauseAge, null);
    }

    @Test
    void person() {
        range("person.age", Consultation.MIN_AGE, Consultation.END_AGE, a -> woman(a, 50));
        range("person.menopauseAge", Person.MIN_MENOPAUSE_AGE, Person.MAX_MENOPAUSE_AGE, m -> woman(70, m));
        range("person.menopauseAge", 30, 65, m -> new Person("", F, 70, Scenario.Menopause.SURGICAL, m, null));
        assertEquals(0, new Person("", M, 60, NONE, 200, null).menopauseAge(), "a man's is not used, not checked");
        refused("person.sex", () -> new Person("", null, 60, NONE, 0, null));
        refused("person.menopause", () -> new Person("", F, 60, null, 50, null));
        refused("person.menopause", () -> new Person("", M, 60, NATURAL, 50, null));
        refused("person.menopause", () -> new Person("", F, 60, NONE, 0, null));
        String longest = "x".repeat(Person.MAX_LABEL);
        assertEquals(longest, new Person(longest, F, 60, NATURAL, 50, null).label());
        refused("person.label", () -> new Person(longest + "x", F, 60, NATURAL, 50, null));
        refused("person.label", () -> new Person("A\tB", F, 60, NATURAL, 50, null));
        assertEquals("", new Person(null, F, 60, NATURAL, 50, null).label());
    }

    @Test
    void theScanIsNeitherInTheFutureNorBeforeTheTimelineStarts() {
        Measurement atToday = new Measurement(60, Measurement.Kind.BMD, 0.9);
        assertDoesNotThrow(() -> woman(60, 50).withMeasurement(atToday));
        refused("person.measurement.age", () -> woman(60, 50).withMeasurement(new Measurement(Math.nextUp(60), Measurement.Kind.BMD, 0.9)));
        // the timeline starts at 45, or 5 years before an earlier menopause
        assertEquals(45, woman(60, 51).runStartAge());
        assertEquals(40, woman(60, 45).runStartAge());
        assertEquals(45, woman(60, 50).runStartAge(), "exactly five years before: 45");
        assertEquals(45, new Person("", M, 60, NONE, 0, null).runStartAge());
        assertDoesNotThrow(() -> woman(60, 45).withMeasurement(new Measurement(40, Measurement.Kind.BMD, 0.9)));
        refused("person.measurement.age", () -> woman(60, 45).withMeasurement(new Measurement(Math.nextDown(40), Measurement.Kind.BMD, 0.9)));
        refused("person.measurement.age", () -> woman(60, 51).withMeasurement(new Measurement(44.9, Measurement.Kind.BMD, 0.9)));
    }

    @Test
    void measurement() {
        range("person.measurement.age", Consultation.MIN_AGE, Consultation.END_AGE, a -> new Measurement(a, Measurement.Kind.BMD, 1));
        range("person.measurement.value", Measurement.MIN_BMD_G_PER_CM2, Measurement.MAX_BMD_G_PER_CM2,
                v -> new Measurement(50, Measurement.Kind.BMD, v));
        range("person.measurement.value", Measurement.MIN_T_SCORE, Measurement.MAX_T_SCORE,
                v -> new Measurement(50, Measurement.Kind.T_SCORE, v));
        assertEquals(0.3, Measurement.MIN_BMD_G_PER_CM2);
        assertEquals(-6, Measurement.MIN_T_SCORE);
        refused("person.measurement.kind", () -> new Measurement(50, null, 1));
        // a T-score is read on the NHANES young-women scale: mean 1.064, SD 0.106 g/cm²
        assertEquals(1.064 - 2 * 0.106, new Measurement(50, Measurement.Kind.T_SCORE, -2).bmdGPerCm2(), 1e-12);
        assertEquals(0.87, new Measurement(50, Measurement.Kind.BMD, 0.87).bmdGPerCm2(), 0);
        assertEquals(Measurement.Kind.T_SCORE, Measurement.Kind.fromCode("tscore"));
        assertEquals(Measurement.Kind.BMD, Measurement.Kind.fromCode("bmd"));
        assertNull(Measurement.Kind.fromCode("BMD"));
    }

    @Test
    void scenarioSpec() {
        range("scenario.startAge", Consultation.MIN_AGE, Consultation.END_AGE, a -> new ScenarioSpec("", null, a, 60));
        range("scenario.stopAge", Consultation.MIN_AGE, Consultation.END_AGE, a -> new ScenarioSpec("", null, 52, a));
        assertDoesNotThrow(() -> ScenarioSpec.therapy(Regimen.E, 52, Math.nextUp(52.0)));
        refused("scenario.stopAge", () -> ScenarioSpec.therapy(Regimen.E, 52, 52));
        refused("scenario.stopAge", () -> ScenarioSpec.therapy(Regimen.E, 52, 51));
        assertDoesNotThrow(() -> new ScenarioSpec("", null, 60, 52), "without therapy the ages are kept, not checked");
        String longest = "n".repeat(ScenarioSpec.MAX_NAME);
        assertEquals(longest, new ScenarioSpec(longest, null, 52, 60).name());
        refused("scenario.name", () -> new ScenarioSpec(longest + "n", null, 52, 60));
        refused("scenario.name", () -> new ScenarioSpec("a\nb", null, 52, 60));
        assertEquals("", new ScenarioSpec(null, null, 52, 60).name());
        assertTrue(ScenarioSpec.none().course().isEmpty());
        var course = ScenarioSpec.therapy(Regimen.EP, 52, 60).course().orElseThrow();
        assertEquals(List.of(Regimen.EP, 52.0, 60.0), List.of(course.regimen(), course.startAge(), course.stopAge()));
    }

    private static Consultation with(Person p, List<ScenarioSpec> s, List<Double> ages, Double major, Double hip) {
        return new Consultation(p, s, ages, major, hip);
    }

    @Test
    void consultation() {
        Person p = Person.example();   // timeline from 45
        List<ScenarioSpec> one = List.of(ScenarioSpec.none());
        List<Double> ages = List.of(60.0);
        refused("person", () -> with(null, one, ages, null, null));
        refused("scenarios", () -> with(p, null, ages, null, null));
        refused("tableAges", () -> with(p, one, null, null, null));
        refused("scenarios", () -> with(p, List.of(), ages, null, null));
        List<ScenarioSpec> three = List.of(ScenarioSpec.none(), ScenarioSpec.none(), ScenarioSpec.none());
        assertDoesNotThrow(() -> with(p, three, ages, null, null));
        List<ScenarioSpec> four = new ArrayList<>(three);
        four.add(ScenarioSpec.none());
        refused("scenarios", () -> with(p, four, ages, null, null));
        refused("tableAges", () -> with(p, one, List.of(), null, null));
        assertDoesNotThrow(() -> with(p, one, List.of(50.0, 60.0, 70.0, 80.0, 90.0), null, null));
        refused("tableAges", () -> with(p, one, List.of(50.0, 55.0, 60.0, 70.0, 80.0, 90.0), null, null));
        refused("scenarios[1]", () -> with(p, Arrays.asList((ScenarioSpec) null), ages, null, null));

        range("tableAges[1]", 45, Consultation.END_AGE, a -> with(p, one, List.of(a), null, null));
        refused("tableAges[2]", () -> with(p, one, List.of(60.0, 60.0), null, null));
        refused("tableAges[3]", () -> with(p, one, List.of(60.0, 70.0, 65.0), null, null));
        refused("tableAges[2]", () -> with(p, one, Arrays.asList(60.0, null), null, null));

        // a therapy within the timeline: from its start (45 here) to the end (90); the stop age is after the
        // start by ScenarioSpec's own rule, so the start decides
        assertDoesNotThrow(() -> with(p, List.of(ScenarioSpec.none(), ScenarioSpec.therapy(Regimen.EP, 45, 90)), ages, null, null));
        refused("scenarios[2].startAge",
                () -> with(p, List.of(ScenarioSpec.none(), ScenarioSpec.therapy(Regimen.EP, Math.nextDown(45.0), 60)), ages, null, null));
        Person early = woman(60, 45);   // timeline from 40
        assertDoesNotThrow(() -> with(early, List.of(ScenarioSpec.therapy(Regimen.EP, 40, 41)), ages, null, null));
        refused("scenarios[1].startAge", () -> with(early, List.of(ScenarioSpec.therapy(Regimen.EP, 39.5, 41)), ages, null, null));
        assertDoesNotThrow(() -> with(p, List.of(new ScenarioSpec("", null, 20, 30)), ages, null, null),
                "no therapy: its ages are not checked against the timeline");
        Person man = new Person("", M, 60, NONE, 0, null);
        refused("scenarios[1].regimen", () -> with(man, List.of(ScenarioSpec.therapy(Regimen.E, 50, 60)), ages, null, null));
        assertDoesNotThrow(() -> with(man, one, ages, null, null));

        range("majorFracturePct", 0, Consultation.MAX_RISK_PCT, r -> with(p, one, ages, r, null));
        range("hipFracturePct", 0, Consultation.MAX_RISK_PCT, r -> with(p, one, ages, null, r));
        assertDoesNotThrow(() -> with(p, one, ages, 10.0, 10.0), "hip may equal major");
        refused("hipFracturePct", () -> with(p, one, ages, 10.0, Math.nextUp(10.0)));
        assertEquals(90, Consultation.MAX_RISK_PCT);
    }
}
