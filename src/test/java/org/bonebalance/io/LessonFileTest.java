package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFileTest {
    @TempDir Path dir;

    @BeforeEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    private static final String GOOD = """
            {
              "format": "bonebalance-lesson/1",
              "id": "my-lesson",
              "title": {"en": "My lesson", "es": "Mi lección"},
              "steps": [
                {
                  "screen": "explorer",
                  "reset": true,
                  "preset": "premenopausal",
                  "speed": "1y",
                  "narration": "Watch the gauges."
                },
                {
                  "levels": {"e2": 5},
                  "playing": true,
                  "highlight": "#gauge-osteoclast",
                  "narration": {"en": "Estrogen falls.", "es": "Baja el estrógeno."},
                  "question": {
                    "prompt": "What happens?",
                    "reading": "osteoclasts",
                    "years": 1,
                    "choices": [
                      {"text": "Rises", "from": 5},
                      {"text": "Falls", "to": 5}
                    ],
                    "answer": 1,
                    "explanation": "it rises"
                  }
                }
              ]
            }
            """;

    @Test
    void theBuiltInLessonsAreNumberedOneToFiveInTheIssueOrder() {
        List<Lesson> l = LessonFile.builtIn();
        assertEquals(List.of("normal-cycle", "menopause", "therapy", "stopping", "men"), l.stream().map(Lesson::id).toList());
        for (int i = 0; i < 5; i++) assertEquals(i + 1, l.get(i).number());
        assertTrue(l.get(0).title().text().toLowerCase().contains("remodeling cycle"));
        assertTrue(l.get(4).title().text().contains("aromatization"));
        for (Lesson x : l) assertTrue(x.steps().stream().anyMatch(s -> s.question().isPresent()), x.id() + " asks to predict");
    }

    @Test
    void aGoodLessonParsesAndFoldsItsState() throws Exception {
        Lesson l = LessonFile.parse(GOOD, "good.json");
        assertEquals(2, l.steps().size());
        Lesson.State s = l.stateAt(1, HormoneLevels.POSTMENOPAUSAL);
        assertEquals("explorer", s.screen().orElseThrow());
        assertEquals(Speed.YEAR, s.speed().orElseThrow());
        assertEquals(Preset.PREMENOPAUSAL.levels().withEstradiol(5), s.levels().orElseThrow());
        assertEquals(true, s.playing().orElseThrow());
        assertEquals("#gauge-osteoclast", s.highlight().orElseThrow());
        Lesson.Question q = l.steps().get(1).question().orElseThrow();
        assertEquals(java.util.Optional.of(0), q.answer());
        assertEquals(org.bonebalance.sim.why.Reading.OSTEOCLASTS, q.prediction().reading());
        assertEquals(1, q.prediction().years());
        assertEquals(0, q.prediction().answerFor(1, 1.2), "a rise of 20 % is the first choice");
        assertEquals(1, q.prediction().answerFor(1, 1.0), "no change is the second");
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("Baja el estrógeno.", l.steps().get(1).narration().text());
        assertEquals("Watch the gauges.", l.steps().get(0).narration().text(), "one-language text is used in every language");
    }

    @Test
    void resolveTakesANumberAnIdOrAFile() throws Exception {
        assertEquals("therapy", LessonFile.resolve("3").id());
        assertEquals("men", LessonFile.resolve("men").id());
        Path f = dir.resolve("mine.json");
        Files.writeString(f, GOOD);
        assertEquals("my-lesson", LessonFile.resolve(f.toString()).id());
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.resolve("9"));
        assertTrue(e.getMessage().contains("1 to 5"), e.getMessage());
    }

    @Test
    void aBadValueIsReportedWithItsLineAndField() {
        String bad = GOOD.replace("\"speed\": \"1y\"", "\"speed\": \"2y\"");
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.parse(bad, "bad.json"));
        assertEquals("bad.json, line 10: steps[1].speed: “speed” must be one of 1m, 1y, 5y, not “2y”", e.getMessage());
        assertEquals(10, e.line());
        assertEquals("steps[1].speed", e.field());
    }

    @Test
    void otherMistakesNameTheirLineAndField() {
        expect(GOOD.replace("\"preset\": \"premenopausal\"", "\"preset\": \"premenopause\""), 9, "steps[1].preset", "premenopause");
        expect(GOOD.replace("\"e2\": 5", "\"e2\": -5"), 14, "steps[2].levels.e2", "between 0 and 5000");
        expect(GOOD.replace("\"playing\": true", "\"playing\": \"yes\""), 15, "steps[2].playing", "true or false");
        expect(GOOD.replace("\"answer\": 1", "\"answer\": 3"), 26, "steps[2].question.answer", "between 1 and 2");
        expect(GOOD.replace("\"highlight\"", "\"hilight\""), 16, "steps[2].hilight", "not a field");
        expect(GOOD.replace("\"highlight\": \"#gauge-osteoclast\"", "\"highlight\": \"gauge\""), 16, "steps[2].highlight", "#slider-e2");
        expect(GOOD.replace("\"format\": \"bonebalance-lesson/1\"", "\"format\": \"v2\""), 2, "format", "bonebalance-lesson/1");
        expect(GOOD.replace("\"narration\": \"Watch the gauges.\"", "\"narration\": \"@content.nope\""), 11, "steps[1].narration", "content.nope");
        expect(GOOD.replace("      \"speed\": \"1y\",\n", "      \"speed\": \"1y\"\n"), 0, "", "not valid JSON");
    }

    @Test
    void aMalformedPredictionNamesItsLineAndField() {
        expect(GOOD.replace("\"reading\": \"osteoclasts\"", "\"reading\": \"osteoclast\""), 20,
                "steps[2].question.reading", "osteoclasts, osteoblasts, rankl-opg, balance, bmd");
        expect(GOOD.replace("      \"reading\": \"osteoclasts\",\n", ""), 18, "steps[2].question.reading", "missing");
        expect(GOOD.replace("\"years\": 1", "\"years\": 0"), 21, "steps[2].question.years", "between 0.1 and 40");
        expect(GOOD.replace("\"years\": 1", "\"years\": \"one\""), 21, "steps[2].question.years", "a number");
        expect(GOOD.replace("      \"years\": 1,\n", ""), 18, "steps[2].question.years", "missing");
        expect(GOOD.replace("{\"text\": \"Rises\", \"from\": 5}", "\"Rises\""), 23, "steps[2].question.choices[1]",
                "“text” and the change");
        expect(GOOD.replace("\"text\": \"Rises\"", "\"txt\": \"Rises\""), 23, "steps[2].question.choices[1].txt", "not a field");
        expect(GOOD.replace("\"text\": \"Rises\", ", ""), 23, "steps[2].question.choices[1].text", "missing");
        expect(GOOD.replace("\"from\": 5}", "\"from\": 6}"), 23, "steps[2].question.choices[1].from",
                "choice 1 must start where choice 2 ends (5 %), not at 6 %");
        expect(GOOD.replace("\"to\": 5}", "\"to\": 5, \"from\": -3}"), 24, "steps[2].question.choices[2].from",
                "no choice covers changes below -3 %");
        expect(GOOD.replace("\"from\": 5}", "\"from\": 5, \"to\": 50}"), 23, "steps[2].question.choices[1].to",
                "changes of 50 % or more");
        expect(GOOD.replace("\"from\": 5}", "\"from\": 5, \"to\": 2}"), 23, "steps[2].question.choices[1].to",
                "“to” (2) must be above “from” (5)");
        expect(GOOD.replace("\"from\": 5}", "\"from\": \"5\"}"), 23, "steps[2].question.choices[1].from", "a number");
        expect(GOOD.replace("{\"text\": \"Falls\", \"to\": 5}", "{\"text\": \"Falls\", \"to\": 5}, {\"text\": \"c\", \"to\": 1},"
                + " {\"text\": \"d\", \"to\": 0}, {\"text\": \"e\", \"to\": -1}"), 22, "steps[2].question.choices", "between 2 and 4");
        expect(GOOD.replace("\"prompt\": \"What happens?\"", "\"prompt\": \"\""), 19, "steps[2].question.prompt", "empty");
        expect(GOOD.replace("\"question\": {", "\"question\": {\"hint\": 1,"), 18, "steps[2].question.hint", "not a field");
        expect(GOOD.replace("\"playing\": true,", "\"playing\": true, \"explorerPredictions\": \"on\","), 15,
                "steps[2].explorerPredictions", "true or false");
    }

    @Test
    void aStatedAnswerTheModelDoesNotGiveIsRefusedWithTheModelsNumbers() {
        // estradiol falls to 5 from the reference state: osteoclasts rise, so "Falls" (2) is not what happens
        LessonFileException e = assertThrows(LessonFileException.class,
                () -> LessonFile.parse(GOOD.replace("\"answer\": 1", "\"answer\": 2"), "t.json"));
        assertEquals(26, e.line(), e.getMessage());
        assertEquals("steps[2].question.answer", e.field());
        assertTrue(e.getMessage().matches("t\\.json, line 26: steps\\[2\\]\\.question\\.answer: the model gives choice 1 "
                + "\\(“Rises”, \\+\\d+\\.\\d % in 1 year\\), not 2"), e.getMessage());
        Messages.setLocale(Locale.forLanguageTag("es"));
        e = assertThrows(LessonFileException.class, () -> LessonFile.parse(GOOD.replace("\"answer\": 1", "\"answer\": 2"), "t.json"));
        assertTrue(e.getMessage().contains("el modelo da la opción 1"), e.getMessage());
    }

    @Test
    void aQuestionWithoutAStatedAnswerIsAnsweredByTheModelAlone() throws Exception {
        Lesson l = LessonFile.parse(GOOD.replace("      \"answer\": 1,\n", ""), "t.json");
        assertEquals(java.util.Optional.empty(), l.steps().get(1).question().orElseThrow().answer());
        assertEquals(0, l.modelAnswer(1).orElseThrow().choice(), "osteoclasts rise after estradiol falls");
    }

    @Test
    void aMissingFieldIsNamed() {
        String noNarration = GOOD.replace(",\n      \"narration\": \"Watch the gauges.\"", "");
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.parse(noNarration, "x.json"));
        assertTrue(e.getMessage().contains("steps[1].narration") && e.getMessage().contains("missing"), e.getMessage());
        assertEquals(6, e.line(), "the line where the step that lacks it begins");
    }

    @Test
    void errorsAreInTheChosenLanguage() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        String bad = GOOD.replace("\"speed\": \"1y\"", "\"speed\": \"2y\"");
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.parse(bad, "bad.json"));
        assertEquals("bad.json, línea 10: steps[1].speed: «speed» debe ser uno de 1m, 1y, 5y, no «2y»", e.getMessage());
    }

    @Test
    void aSavedBuiltInLessonReadsBackTheSameInEveryLanguage() throws IOException, LessonFileException {
        for (Lesson original : LessonFile.builtIn()) {
            Path f = dir.resolve(original.id() + ".json");
            LessonFile.write(original, f);
            Lesson back = LessonFile.read(f);
            assertEquals(original.steps().size(), back.steps().size());
            for (int i = 0; i < original.steps().size(); i++) {
                assertEquals(original.stateAt(i, HormoneLevels.POSTMENOPAUSAL), back.stateAt(i, HormoneLevels.POSTMENOPAUSAL));
                for (Locale l : Messages.LANGUAGES) {
                    assertEquals(original.steps().get(i).narration().textIn(l), back.steps().get(i).narration().textIn(l));
                }
            }
            assertTrue(Files.readString(f).contains("\"es\""), "texts spelled out for a teacher to edit");
            assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void depthIsValidated() throws Exception {
        Lesson l = LessonFile.parse(GOOD.replace("\"speed\": \"1y\",", "\"speed\": \"1y\", \"depth\": \"academic\","), "d.json");
        assertEquals(Depth.ACADEMIC, l.stateAt(0, HormoneLevels.PREMENOPAUSAL).depth().orElseThrow());
        expect(GOOD.replace("\"speed\": \"1y\",", "\"speed\": \"1y\", \"depth\": \"expert\","), 10, "steps[1].depth", "fundamentals, intermediate, academic");
    }

    @Test
    void aFullDiskHalfWayThroughASaveLeavesThePreviousLessonFile() throws Exception {
        Path file = dir.resolve("lesson.json");
        Lesson first = LessonFile.parse(GOOD, "good.json");
        LessonFile.write(first, file);
        var before = org.bonebalance.testsupport.FailingDisk.contents(dir);
        Lesson other = LessonFile.builtIn().get(1);
        try (var fault = org.bonebalance.testsupport.FailingDisk.fullHalfWay()) {
            assertThrows(java.io.IOException.class, () -> LessonFile.write(other, file));
        }
        org.bonebalance.testsupport.FailingDisk.assertUnchanged(before, dir);
        assertEquals(first.id(), LessonFile.read(file).id());
        assertEquals(first.steps().size(), LessonFile.read(file).steps().size());
    }

    @Test
    void everyFieldOfAStepSurvivesSavingAndReading() throws Exception {
        String full = """
                {"format": "bonebalance-lesson/1", "id": "full", "number": 7,
                 "title": {"en": "T", "es": "T es"}, "summary": {"en": "S", "es": "S es"},
                 "steps": [
                   {"screen": "switch", "reset": true, "preset": "surgical", "speed": "5y", "playing": false,
                    "depth": "academic", "highlight": "#switch-view", "advanceYears": 2.5,
                    "narration": {"en": "N", "es": "N es"}, "evidence": "menopause-loss"},
                   {"levels": {"e2": 40, "p4": 5, "t": 20}, "playing": true, "narration": "M",
                    "explorerPredictions": true,
                    "question": {"prompt": "P", "reading": "bmd", "years": 2.5, "answer": 3, "explanation": "E",
                                 "choices": [{"text": "a", "to": -1}, {"text": "b", "from": -1, "to": 1}, {"text": "c", "from": 1}]}},
                   {"levels": {"p4": 0.3}, "narration": "only progesterone"}
                 ]}
                """;
        Lesson l = LessonFile.parse(full, "full.json");
        Path file = dir.resolve("full.json");
        LessonFile.write(l, file);
        Lesson back = LessonFile.read(file);
        assertEquals(l.id(), back.id());
        assertEquals(l.steps().size(), back.steps().size());
        for (int i = 0; i < l.steps().size(); i++) {
            Lesson.Step a = l.steps().get(i), b = back.steps().get(i);
            assertEquals(a.screen(), b.screen(), "screen of " + i);
            assertEquals(a.preset(), b.preset());
            assertEquals(a.levels(), b.levels(), "levels of " + i);
            assertEquals(a.reset(), b.reset());
            assertEquals(a.advanceYears(), b.advanceYears());
            assertEquals(a.speed(), b.speed());
            assertEquals(a.playing(), b.playing(), "playing of " + i);
            assertEquals(a.depth(), b.depth());
            assertEquals(a.highlight(), b.highlight());
            assertEquals(a.narration().resolvedAll(), b.narration().resolvedAll());
            assertEquals(a.evidence(), b.evidence());
            assertEquals(a.question().map(q -> q.answer()), b.question().map(q -> q.answer()));
            assertEquals(a.question().map(q -> q.choices().size()), b.question().map(q -> q.choices().size()));
            assertEquals(a.question().map(q -> q.prediction()), b.question().map(q -> q.prediction()), "reading, years, ranges of " + i);
            assertEquals(a.question().flatMap(q -> q.explanation()).map(t -> t.resolvedAll()),
                    b.question().flatMap(q -> q.explanation()).map(t -> t.resolvedAll()));
            assertEquals(a.explorerPredictions(), b.explorerPredictions(), "explorerPredictions of " + i);
        }
        assertEquals(l.summary().resolvedAll(), back.summary().resolvedAll());
        assertEquals(java.util.Optional.of(0.3), back.steps().get(2).levels().orElseThrow().p4NgPerMl());
        assertEquals(java.util.Optional.empty(), back.steps().get(2).levels().orElseThrow().e2PgPerMl());
    }

    @Test
    void aQuestionInTheOlderFormIsRefusedWithHowToUpdateIt() {
        String old = """
                {"format": "bonebalance-lesson/1", "id": "old", "title": "T",
                 "steps": [
                   {"narration": "N",
                    "question": {"prompt": "What will the osteoclast gauge do?",
                                 "choices": ["Fall", "Stay the same", "Rise"], "answer": 3}}
                 ]}
                """;
        expect(old, 4, "steps[1].question", "older form");
        expect(old, 4, "steps[1].question", "“reading” and “years”");
    }

    @Test
    void aLessonNumberMustBeOneOfTheBuiltIns() throws Exception {
        int n = LessonFile.builtIn().size();
        assertEquals(LessonFile.builtIn().get(0), LessonFile.resolve("1"));
        assertEquals(LessonFile.builtIn().get(n - 1), LessonFile.resolve(Integer.toString(n)));
        assertThrows(LessonFileException.class, () -> LessonFile.resolve("0"));
        assertThrows(LessonFileException.class, () -> LessonFile.resolve(Integer.toString(n + 1)));
        assertEquals("menopause", LessonFile.resolve("menopause").id());
    }

    private static void expect(String json, int line, String field, String fragment) {
        LessonFileException e = assertThrows(LessonFileException.class, () -> LessonFile.parse(json, "t.json"));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
        if (line > 0) assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        if (line > 0) assertTrue(e.getMessage().startsWith("t.json, line " + line + ": "), e.getMessage());
    }
}
