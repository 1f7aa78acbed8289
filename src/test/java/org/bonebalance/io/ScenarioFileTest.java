package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Forecast;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.TherapyCourse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFileTest {
    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static final String HEAD = "{\n  \"format\": \"bonebalance-scenario\",\n  \"version\": 1,\n";

    private static ScenarioFileException problem(String json) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFile.parse(json, "t.json"));
    }

    @Test
    void roundTripsEveryKindOfScenario(@TempDir Path dir) throws Exception {
        Scenario natural = Scenario.defaultFemale()
                .withTherapies(List.of(new TherapyCourse(Regimen.EP, 55.5, 60), new TherapyCourse(Regimen.E, 62, 70)));
        Scenario surgical = new Scenario(Scenario.Sex.FEMALE, 40, 30, Scenario.Menopause.SURGICAL, 43.25, null,
                List.of(new TherapyCourse(Regimen.EPT, 43.25, 51)), 0.98, 7);
        Scenario levels = new Scenario(Scenario.Sex.FEMALE, 50, 5, Scenario.Menopause.NONE, Double.NaN,
                new HormoneLevels(12.5, 0.3, 20), List.of(), 1.1, 1);
        Scenario man = new Scenario(Scenario.Sex.MALE, 60, 20, Scenario.Menopause.NONE, Double.NaN,
                HormoneLevels.maleFromTestosterone(0.3, 250), List.of(), 1.056, 365);
        Scenario youngMan = new Scenario(Scenario.Sex.MALE, 25, 10, Scenario.Menopause.NONE, Double.NaN, null,
                List.of(), 1.2, 30);
        for (Scenario s : List.of(natural, surgical, levels, man, youngMan)) {
            Path file = dir.resolve("s.json");
            ScenarioFile.write(s, file);
            assertEquals(s, ScenarioFile.read(file), ScenarioFile.toJson(s));
            assertEquals(s, ScenarioFile.parse(ScenarioFile.toJson(s), "x"));
        }
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aFemaleWithoutProfileWritesHerConstantReferenceLevels() throws Exception {
        Scenario none = new Scenario(Scenario.Sex.FEMALE, 45, 3, Scenario.Menopause.NONE, Double.NaN, null,
                List.of(), 1.056, 30);
        Scenario back = ScenarioFile.parse(ScenarioFile.toJson(none), "x");
        assertEquals(Forecast.run(none), Forecast.run(back));
    }

    @Test
    void defaultsFillMissingFields() throws Exception {
        Scenario s = ScenarioFile.parse(HEAD + "  \"sex\": \"female\"\n}", "t.json");
        assertEquals(Scenario.defaultFemale(), s);
    }

    @Test
    void maleLevelsWithoutEstradiolAreAromatized() throws Exception {
        Scenario s = ScenarioFile.parse(HEAD + "\"sex\": \"male\", \"levels\": {\"p4_ng_ml\": 0.3, \"t_ng_dl\": 550}}", "t");
        assertEquals(25, s.constantLevels().estradiolPgPerMl(), 1e-12); // docs/model.md §4
    }

    @Test
    void shippedExamplesAreValid() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("assets", "scenarios"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        // the examples docs/scenario-format.md names: an empty folder or a renamed file must not pass unseen
        assertEquals(List.of("mht-ep-five-years.json", "natural-menopause.json", "older-man-low-testosterone.json"),
                examples.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : examples) {
            Scenario s = ScenarioFile.read(p);
            assertEquals(s, ScenarioFile.parse(ScenarioFile.toJson(s), p.toString()), "round trip of " + p);
            assertTrue(Forecast.run(s).size() > 1, p.toString());
        }
    }

    @Test
    void aFullDiskHalfWayThroughASaveLeavesThePreviousScenarioFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        ScenarioFile.write(Scenario.defaultFemale(), file);
        var before = org.bonebalance.testsupport.FailingDisk.contents(dir);
        try (var fault = org.bonebalance.testsupport.FailingDisk.fullHalfWay()) {
            assertThrows(java.io.IOException.class, () -> ScenarioFile.write(Scenario.defaultFemale().withEveryDays(7), file));
        }
        org.bonebalance.testsupport.FailingDisk.assertUnchanged(before, dir);
        assertEquals(Scenario.defaultFemale(), ScenarioFile.read(file));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        ScenarioFileException e = problem(HEAD + "  \"years\": 10\n  \"fmp_age\": 50\n}");
        assertEquals(5, e.line());
        assertTrue(e.getMessage().startsWith("t.json, line 5, column"), e.getMessage());
        assertTrue(problem("").getMessage().startsWith("t.json"));
        assertTrue(problem("[1, 2]").getMessage().contains("object"));
        assertEquals(4, problem(HEAD + "  \"years\": 10,\n  \"years\": 20\n}").line() - 1, "duplicate key");
    }

    @Test
    void outOfRangeValuesNameFieldAndLine() {
        ScenarioFileException e = problem(HEAD + "  \"start_age\": 45,\n  \"years\": 101\n}");
        assertEquals(5, e.line());
        assertEquals("years", e.field());
        assertEquals("t.json, line 5: \"years\" must be between 0 and 100 years, not 101", e.getMessage());

        e = problem(HEAD + "  \"levels\": {\n    \"e2_pg_ml\": 5001,\n    \"p4_ng_ml\": 1, \"t_ng_dl\": 20 }\n}");
        assertEquals("levels.e2_pg_ml", e.field());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains("5000 pg/mL"), e.getMessage());

        assertEquals("levels.p4_ng_ml", problem(HEAD + "\"levels\": {\"e2_pg_ml\": 5, \"p4_ng_ml\": -1, \"t_ng_dl\": 20}}").field());
        assertEquals("levels.t_ng_dl", problem(HEAD + "\"levels\": {\"e2_pg_ml\": 5, \"p4_ng_ml\": 1, \"t_ng_dl\": 2001}}").field());
        assertEquals("every_days", problem(HEAD + "\"every_days\": 2.5}").field());
        assertEquals("baseline_bmd_g_cm2", problem(HEAD + "\"baseline_bmd_g_cm2\": 0}").field());
    }

    @Test
    void therapyStoppingBeforeItStartsNamesTheCourse() {
        ScenarioFileException e = problem(HEAD + "  \"therapy\": [\n    {\"regimen\": \"ep\", \"start_age\": 56},\n"
                + "    {\"regimen\": \"e\",\n     \"start_age\": 60,\n     \"stop_age\": 58}\n  ]\n}");
        assertEquals("therapy[1].stop_age", e.field());
        assertEquals(8, e.line());
    }

    @Test
    void wrongTypesUnknownFieldsAndMissingFieldsAreNamed() {
        assertEquals("years", problem(HEAD + "\"years\": \"ten\"}").field());
        assertEquals("sex", problem(HEAD + "\"sex\": \"x\"}").field());
        assertEquals("therapy[0].regimen", problem(HEAD + "\"therapy\": [{\"regimen\": \"hrt\", \"start_age\": 50}]}").field());
        assertEquals("therapy", problem(HEAD + "\"therapy\": {}}").field());
        assertEquals("therapy[0].start_age", problem(HEAD + "\"therapy\": [{\"regimen\": \"e\"}]}").field());
        ScenarioFileException unknown = problem(HEAD + "  \"fmpage\": 50\n}");
        assertEquals("fmpage", unknown.field());
        assertEquals(4, unknown.line());
        assertTrue(unknown.getMessage().contains("fmp_age"), "lists the known fields: " + unknown.getMessage());
        assertEquals("format", problem("{\"version\": 1}").field());
        assertEquals("format", problem("{\"format\": \"other\", \"version\": 1}").field());
        assertEquals("version", problem("{\"format\": \"bonebalance-scenario\", \"version\": 2}").field());
        assertEquals("levels.e2_pg_ml", problem(HEAD + "\"levels\": {\"p4_ng_ml\": 1, \"t_ng_dl\": 20}}").field());
        assertEquals("levels", problem(HEAD + "\"fmp_age\": 50, \"levels\": {\"e2_pg_ml\": 5, \"p4_ng_ml\": 1, \"t_ng_dl\": 20}}").field());
        assertEquals("fmp_age", problem(HEAD + "\"sex\": \"male\", \"fmp_age\": 50}").field());
    }

    @Test
    void messagesAreTranslated() {
        Messages.setLocale(Locale.forLanguageTag("es"));
        try {
            String m = problem(HEAD + "  \"years\": 101\n}").getMessage();
            assertTrue(m.contains("línea 4") && m.contains("años"), m);
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void missingFileSaysSo() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> ScenarioFile.read(Path.of("no", "such.json")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }
}
