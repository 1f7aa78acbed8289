package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.validation.PublishedCases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Texts that quote the model get their numbers from it, in both languages. */
class ModelFiguresTest {
    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void everyQuotingTextTakesItsNumberAsAnArgumentInBothLanguages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
            Messages.setLocale(l);
            for (String key : ModelFigures.keys()) {
                assertTrue(Messages.get(key).contains("{0}"), key + " in " + l + " has no {0}");
                assertFalse(ModelFigures.text(key).contains("{0}"), key + " in " + l + " is not filled in");
            }
        }
    }

    @Test
    void theFiguresAreTheModelsOwn() {
        double swan = PublishedCases.evaluate().stream().filter(c -> c.id().equals("swan")).findFirst().orElseThrow()
                .model();
        assertEquals(swan, ModelFigures.swanChangePct(), 1e-9);
        Messages.setLocale(Locale.ENGLISH);
        assertTrue(ModelFigures.text("content.evidence.model-core.size")
                .contains(String.format(Locale.ROOT, "−%.2f %%", -swan)));
        assertTrue(Glossary.definition("estrogen-deficiency", Depth.ACADEMIC).contains(String.format(Locale.ROOT,
                "%.2f at 5 pg/mL", HormoneEffects.of(HormoneLevels.POSTMENOPAUSAL).estrogenDeficiency())));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(Glossary.definition("rankl", Depth.ACADEMIC).contains(
                String.format(Locale.ROOT, "%.1f", ModelFigures.postmenopausalRanklFold()).replace('.', ',')));
        assertTrue(Explanations.text("men", Depth.ACADEMIC).contains(
                String.format(Locale.ROOT, "%.2f", HormoneLevels.AROMATIZATION_EXPONENT).replace('.', ',')));
    }

    @Test
    void noTextKeepsAFigureOfThePreviousCalibration() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
            Messages.setLocale(l);
            for (String key : ModelFigures.keys()) {
                String t = Messages.get(key);
                for (String stale : new String[] {"6.95", "6,95", "3.6-fold", "3,6 tras", "0.005 × T", "0,005 × T", "0.78", "0,78"}) {
                    assertFalse(t.contains(stale), key + " still says " + stale);
                }
            }
        }
    }
}
