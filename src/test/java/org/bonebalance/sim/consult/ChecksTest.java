package org.bonebalance.sim.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.sim.Regimen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Validation messages are read by patients and clinicians: the form's words and the language's numbers. */
class ChecksTest {
    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static Checks.InvalidFieldException problem(Runnable r) {
        return assertThrows(Checks.InvalidFieldException.class, r::run);
    }

    @Test
    void messagesUseTheVisibleLabelNotTheFieldId() {
        var e = problem(() -> Consultation.example().withPerson(new Person("", Person.example().sex(), 56.5,
                Person.example().menopause(), 70, null)));
        assertEquals("person.menopauseAge", e.field());
        assertEquals("Menopause age must be between " + Wording.fmt(Person.MIN_MENOPAUSE_AGE) + " and "
                + Wording.fmt(Person.MAX_MENOPAUSE_AGE) + " (found 70)", Wording.problem(e));
        assertFalse(Wording.problem(e).contains("menopauseAge"), Wording.problem(e));
        var scan = problem(() -> new Measurement(55, Measurement.Kind.BMD, 0.1));
        assertEquals("The scan value must be between 0.3 and 2 (found 0.1)", Wording.problem(scan));
    }

    @Test
    void aScenarioProblemSaysWhichScenario() {
        var e = problem(() -> Checks.inScenario(1, () -> ScenarioSpec.therapy(Regimen.EP, 60, 55)));
        assertEquals("scenarios[2].stopAge", e.field());
        assertEquals("Scenario B: therapy stop age must be later than the start age (therapy must stop after it starts)", Wording.problem(e));
        // a file names the field as it is written in the file
        assertEquals("scenarios[2].stopAge must be later than the start age (therapy must stop after it starts)", Wording.problemNaming(e, "scenarios[2].stopAge"));
    }

    @Test
    void spanishMessagesUseSpanishLabelsAndDecimalCommas() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        var e = problem(() -> new Measurement(55, Measurement.Kind.BMD, 0.25));
        assertEquals("El valor de la densitometría debe estar entre 0,3 y 2 (se encontró 0,25)", Wording.problem(e));
        var age = problem(() -> Consultation.example().withPerson(new Person("", Person.example().sex(), 56.5,
                Person.example().menopause(), 70.5, null)));
        assertTrue(Wording.problem(age).startsWith(Messages.get("consult.ui.menopauseAge") + " debe estar entre"), Wording.problem(age));
        assertTrue(Wording.problem(age).endsWith("(se encontró 70,5)"), Wording.problem(age));
    }

    @Test
    void everyFieldIdHasALabel() {
        for (String id : new String[]{"person", "person.label", "person.sex", "person.age", "person.menopause",
                "person.menopauseAge", "person.measurement", "person.measurement.kind", "person.measurement.age",
                "person.measurement.value", "scenarios", "tableAges", "majorFracturePct", "hipFracturePct",
                "scenario.name", "scenario.startAge", "scenario.stopAge", "scenarios[3]", "scenarios[1].regimen",
                "scenarios[2].startAge", "tableAges[4]"}) {
            String label = Wording.label(id);
            assertNotEquals(id, label, id);
            assertFalse(label.contains("!"), label);
            assertFalse(label.matches(".*[a-z][A-Z].*|.*\\[.*"), "no camelCase id or index brackets: " + label);
        }
    }
}
