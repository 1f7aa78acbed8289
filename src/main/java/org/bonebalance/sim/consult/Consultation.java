package org.bonebalance.sim.consult;

import java.util.ArrayList;
import java.util.List;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;

/**
 * Everything a consultation holds: the person, one to three scenarios, the ages the table shows, and
 * optionally a 10-year fracture probability the clinician typed in from FRAX or another tool (the app never
 * computes an absolute risk). Immutable; every field is validated with a message that names it.
 *
 * @param person          the person
 * @param scenarios       1 to 3 scenarios
 * @param tableAges       1 to 5 ages for the table, ascending, within the timeline
 * @param majorFracturePct 10-year major osteoporotic fracture probability in %, or null
 * @param hipFracturePct   10-year hip fracture probability in %, or null
 */
public record Consultation(Person person, List<ScenarioSpec> scenarios, List<Double> tableAges,
                           Double majorFracturePct, Double hipFracturePct) {

    public static final double MIN_AGE = 18;
    /** The timeline ends here. */
    public static final double END_AGE = 90;
    /** The timeline starts here (or 5 years before an earlier menopause), at the premenopausal reference. */
    public static final double DEFAULT_RUN_START = 45;
    public static final int MAX_SCENARIOS = 3;
    public static final int MAX_TABLE_AGES = 5;
    public static final List<Double> DEFAULT_TABLE_AGES = List.of(60.0, 70.0, 80.0);
    public static final double MAX_RISK_PCT = 90;

    public Consultation {
        Checks.required("person", person);
        Checks.required("scenarios", scenarios);
        Checks.required("tableAges", tableAges);
        if (scenarios.isEmpty() || scenarios.size() > MAX_SCENARIOS) {
            Checks.fail("scenarios", "consult.error.count", 1, MAX_SCENARIOS);
        }
        if (tableAges.isEmpty() || tableAges.size() > MAX_TABLE_AGES) {
            Checks.fail("tableAges", "consult.error.count", 1, MAX_TABLE_AGES);
        }
        double start = person.runStartAge();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioSpec s = scenarios.get(i);
            String f = "scenarios[" + (i + 1) + "]";
            Checks.required(f, s);
            if (s.regimen() != null) {
                if (person.sex() == Scenario.Sex.MALE) Checks.fail(f + ".regimen", "consult.error.maleTherapy");
                Checks.range(f + ".startAge", s.startAge(), start, END_AGE);
                Checks.range(f + ".stopAge", s.stopAge(), start, END_AGE);
            }
        }
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < tableAges.size(); i++) {
            Double a = tableAges.get(i);
            String f = "tableAges[" + (i + 1) + "]";
            Checks.required(f, a);
            Checks.range(f, a, start, END_AGE);
            if (!(a > previous)) Checks.fail(f, "consult.error.ascending");
            previous = a;
        }
        // copied after the checks: List.copyOf refuses a missing entry with no word about which field
        scenarios = List.copyOf(scenarios);
        tableAges = List.copyOf(tableAges);
        if (majorFracturePct != null) Checks.range("majorFracturePct", majorFracturePct, 0, MAX_RISK_PCT);
        if (hipFracturePct != null) {
            Checks.range("hipFracturePct", hipFracturePct, 0, MAX_RISK_PCT);
            if (majorFracturePct != null && hipFracturePct > majorFracturePct) {
                Checks.fail("hipFracturePct", "consult.error.hipAboveMajor");
            }
        }
    }

    /** The example of the issue: no therapy, estrogen with progestogen 52–60, and 52–65. */
    public static Consultation example() {
        return new Consultation(Person.example(), List.of(ScenarioSpec.none(),
                ScenarioSpec.therapy(Regimen.EP, 52, 60), ScenarioSpec.therapy(Regimen.EP, 52, 65)),
                DEFAULT_TABLE_AGES, null, null);
    }

    public Consultation withPerson(Person p) {
        return new Consultation(p, scenarios, tableAges, majorFracturePct, hipFracturePct);
    }

    public Consultation withScenarios(List<ScenarioSpec> list) {
        return new Consultation(person, list, tableAges, majorFracturePct, hipFracturePct);
    }

    public Consultation withScenario(int index, ScenarioSpec s) {
        List<ScenarioSpec> list = new ArrayList<>(scenarios);
        list.set(index, s);
        return withScenarios(list);
    }

    public Consultation withTableAges(List<Double> ages) {
        return new Consultation(person, scenarios, ages, majorFracturePct, hipFracturePct);
    }

    public Consultation withRisks(Double majorPct, Double hipPct) {
        return new Consultation(person, scenarios, tableAges, majorPct, hipPct);
    }
}
