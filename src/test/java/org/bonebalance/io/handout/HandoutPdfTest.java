package org.bonebalance.io.handout;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.ConsultForecast;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.junit.jupiter.api.Test;

class HandoutPdfTest {

    private static String text(Consultation c, HandoutPdf.Paper paper) throws Exception {
        try (PDDocument d = HandoutPdf.build(ConsultForecast.run(c), LocalDate.of(2026, 1, 15), paper)) {
            assertEquals(1, d.getNumberOfPages());
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aManGetsNoTherapyArrays() throws Exception {
        Consultation man = new Consultation(new Person("", Scenario.Sex.MALE, 60, Scenario.Menopause.NONE, 0, null),
                List.of(ScenarioSpec.none()), List.of(70.0), 8.0, null);
        String t = text(man, HandoutPdf.Paper.A4);
        assertTrue(t.contains("Out of 100 men like you"), t);
        assertFalse(t.contains("While taking"), t);
        assertTrue(t.contains("8 of 100"), t);
        assertTrue(HandoutPdf.pairs(ConsultForecast.run(man), 8, false).isEmpty());
    }

    @Test
    void eachDistinctTherapyGetsItsOwnArrayWithItsTrialRatio() throws Exception {
        Consultation c = Consultation.example().withScenarios(List.of(ScenarioSpec.none(),
                ScenarioSpec.therapy(Regimen.E, 52, 60), ScenarioSpec.therapy(Regimen.EP, 52, 60))).withRisks(null, 6.0);
        var pairs = HandoutPdf.pairs(ConsultForecast.run(c), 6, true);
        assertEquals(List.of(Regimen.E, Regimen.EP), pairs.stream().map(p -> p.effect().regimen()).toList());
        assertEquals(0.61, pairs.get(0).hazardRatio());
        assertEquals(0.66, pairs.get(1).hazardRatio());
        String t = text(c, HandoutPdf.Paper.LETTER);
        assertTrue(t.contains("break a hip"), t);
        assertTrue(t.contains("Anderson 2004"), t);
        assertTrue(t.contains("Rossouw 2002"), t);
    }

    @Test
    void longContentStillFitsOnePage() throws Exception {
        Consultation c = Consultation.example().withScenarios(List.of(
                        new ScenarioSpec("A rather long scenario name for this test", null, 52, 60),
                        ScenarioSpec.therapy(Regimen.E, 52, 60), ScenarioSpec.therapy(Regimen.EPT, 52, 70)))
                .withTableAges(List.of(55.0, 60.0, 70.0, 80.0, 90.0)).withRisks(30.0, 10.0)
                .withPerson(new Person("x".repeat(80), Scenario.Sex.FEMALE, 52, Scenario.Menopause.SURGICAL, 48, null));
        for (HandoutPdf.Paper p : HandoutPdf.Paper.values()) {
            String t = text(c, p);
            assertTrue(t.contains("This is not medical advice"), p + ": " + t);
        }
    }

    @Test
    void aLabelTooLongForTheLineIsCutWithAnEllipsisJustWhereItStopsFitting() throws Exception {
        String label = "Wilhelmina " + "W".repeat(Person.MAX_LABEL - 11); // the longest label a person may have
        Consultation c = Consultation.example()
                .withPerson(new Person(label, Scenario.Sex.FEMALE, 52, Scenario.Menopause.NATURAL, 51, null));
        for (HandoutPdf.Paper paper : HandoutPdf.Paper.values()) {
            HandoutPdf.Drawn d = HandoutPdf.drawn(ConsultForecast.run(c), LocalDate.of(2026, 1, 15), paper);
            PageDrawing page = new PageDrawing(d.pdf());
            PageDrawing.Text line = page.startingWith("For: ");
            String shown = line.text();
            assertTrue(shown.endsWith("\u2026"), paper + ": " + shown);
            String kept = shown.substring(0, shown.length() - 1);
            String full = "For: " + label;
            assertTrue(full.startsWith(kept) && kept.length() > "For: Wilhelmina".length(), paper + ": " + shown);
            float right = page.pageWidth - line.x(); // the margins are the same on both sides
            assertTrue(width(line, shown) <= right - line.x() + 0.01f, paper + ": the cut line fits");
            assertTrue(width(line, full.substring(0, kept.length() + 1) + "\u2026") > right - line.x(),
                    paper + ": one more letter would not have fitted, so no more is cut than needed");
        }
    }

    @Test
    void aLabelThatFitsIsShownWhole() throws Exception {
        Consultation c = Consultation.example()
                .withPerson(new Person("Ana María", Scenario.Sex.FEMALE, 52, Scenario.Menopause.NATURAL, 51, null));
        HandoutPdf.Drawn d = HandoutPdf.drawn(ConsultForecast.run(c), LocalDate.of(2026, 1, 15), HandoutPdf.Paper.A4);
        assertEquals("For: Ana María", new PageDrawing(d.pdf()).startingWith("For: ").text());
    }

    private static float width(PageDrawing.Text t, String s) throws java.io.IOException {
        return t.fonts().get(0).getStringWidth(s) / 1000 * t.size();
    }
}
