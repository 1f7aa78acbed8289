package org.bonebalance.sim.consult;

import java.util.Optional;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.TherapyCourse;

/**
 * One of up to three what-if scenarios: a name, and a therapy course or none.
 *
 * @param name     short name shown in the legend (may be empty: a name is made from the therapy)
 * @param regimen  the therapy, or null for no therapy
 * @param startAge therapy start, years (kept, but unused, when regimen is null)
 * @param stopAge  therapy stop, years
 */
public record ScenarioSpec(String name, Regimen regimen, double startAge, double stopAge) {
    public static final int MAX_NAME = 60;

    public ScenarioSpec {
        name = name == null ? "" : name;
        Checks.text("scenario.name", name, MAX_NAME);
        Checks.range("scenario.startAge", startAge, Consultation.MIN_AGE, Consultation.END_AGE);
        Checks.range("scenario.stopAge", stopAge, Consultation.MIN_AGE, Consultation.END_AGE);
        if (regimen != null && !(stopAge > startAge)) Checks.fail("scenario.stopAge", "consult.error.stopBeforeStart");
    }

    public static ScenarioSpec none() { return new ScenarioSpec("", null, 52, 60); }

    public static ScenarioSpec therapy(Regimen r, double start, double stop) { return new ScenarioSpec("", r, start, stop); }

    public Optional<TherapyCourse> course() {
        return regimen == null ? Optional.empty() : Optional.of(new TherapyCourse(regimen, startAge, stopAge));
    }

    public ScenarioSpec withRegimen(Regimen r) { return new ScenarioSpec(name, r, startAge, stopAge); }

    public ScenarioSpec withAges(double start, double stop) { return new ScenarioSpec(name, regimen, start, stop); }
}
