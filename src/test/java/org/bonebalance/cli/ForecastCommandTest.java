package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ForecastCommandTest {
    static final String HEADER = "age,e2_pg_ml,p4_ng_ml,t_ng_dl,obp_rel,oba_rel,oca_rel,rankl_rel,opg_rel,rankl_rank_rel,"
            + "rankl_opg_ratio_rel,bv_tv_pct,bmd_rel,bmd_g_cm2,t_score,ctx_rel,p1np_rel,fracture_rr_vertebral";

    private Locale savedLocale;

    @BeforeEach
    void english() {
        savedLocale = Locale.getDefault();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
        Messages.setLocale(Locale.ENGLISH);
    }

    private static double[] row(String line) {
        return Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static int col(String name) {
        return Arrays.asList(HEADER.split(",")).indexOf(name);
    }

    @Test
    void defaultForecastHasTheExactHeaderAndOneRowEvery30Days() {
        CliRun r = CliRun.forecast();
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String[] lines = r.lines();
        assertEquals(HEADER, lines[0]);
        assertEquals(1 + 14610 / 30 + 1, lines.length, "header + rows at day 0, 30, ..., 14610");
        double[] first = row(lines[1]);
        double[] last = row(lines[lines.length - 1]);
        assertEquals(45, first[col("age")], 1e-9);
        assertEquals(85, last[col("age")], 1e-9);
        assertEquals(100, first[col("e2_pg_ml")], 1e-9);
        assertEquals(1.0, first[col("bmd_rel")], 1e-9);
        assertEquals(1.056, first[col("bmd_g_cm2")], 1e-9);
        assertEquals(1.0, first[col("fracture_rr_vertebral")], 1e-9);
        assertEquals(5, last[col("e2_pg_ml")], 1e-3);
        // the fast scheme the app shows (docs/model.md §8); the reference 1-day RK4 gives 0.794214 (bench's
        // bmd_rel_end), within the scheme's 0.05 points
        assertEquals(0.794311, last[col("bmd_rel")], 1e-6);
        assertEquals(0.794214, last[col("bmd_rel")], 0.0005);
        for (String line : lines) assertEquals(18, line.split(",", -1).length, line);
    }

    @Test
    void yearsAndEveryDaysSetTheRows() {
        CliRun r = CliRun.forecast("--start-age", "50", "--years", "1", "--every-days", "7");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.lines();
        // 365 days: 0, 7, ..., 364, then the last day 365
        assertEquals(1 + 1 + 52 + 1, lines.length);
        assertEquals(50.0, row(lines[1])[0], 1e-9);
        assertEquals(50 + 364 / 365.25, row(lines[lines.length - 2])[0], 1e-4);
        assertEquals(50 + 365 / 365.25, row(lines[lines.length - 1])[0], 1e-4);
    }

    @Test
    void optionsMayBeWrittenWithEquals() {
        assertEquals(CliRun.forecast("--years", "2", "--every-days", "100").out(),
                CliRun.forecast("--years=2", "--every-days=100").out());
    }

    @Test
    void numbersUseADotWhateverTheLocale() {
        Locale.setDefault(Locale.GERMANY);
        Messages.setLocale(Locale.forLanguageTag("es"));
        CliRun r = CliRun.forecast("--years", "1", "--every-days", "100");
        assertEquals(0, r.code());
        for (String line : r.lines()) assertEquals(18, line.split(",", -1).length, line);
        assertTrue(r.lines()[1].startsWith("45.0000,100.0000,5.0000,30.000,"), r.lines()[1]);
        assertEquals(HEADER, r.lines()[0], "column names are never translated");
    }

    @Test
    void maleWithEmptyEstradiolIsAromatized() {
        CliRun r = CliRun.forecast("--sex", "male", "--levels", ",0.3,550", "--years", "1", "--every-days", "365");
        assertEquals(0, r.code(), r.err());
        double[] first = row(r.lines()[1]);
        assertEquals(25, first[col("e2_pg_ml")], 1e-9); // aromatization passes through the young man (docs/model.md §4)
        assertEquals(550, first[col("t_ng_dl")], 1e-9);
    }

    @Test
    void therapyRunsBetweenStartAndStop() {
        CliRun r = CliRun.forecast("--fmp-age", "50", "--mht-start", "55", "--mht-stop", "60", "--mht", "ep",
                "--every-days", "365");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.lines();
        for (int i = 1; i < lines.length; i++) {
            double[] v = row(lines[i]);
            double age = v[0];
            if (age >= 55.01 && age < 59.99) {
                assertEquals(40, v[col("e2_pg_ml")], 1e-9, "age " + age);
                assertEquals(5, v[col("p4_ng_ml")], 1e-9, "age " + age);
            }
            if (age > 60.01) assertEquals(5, v[col("e2_pg_ml")], 0.01, "age " + age);
        }
        CliRun e = CliRun.forecast("--fmp-age", "50", "--mht-start", "55", "--mht-stop", "60", "--mht", "e",
                "--every-days", "365");
        assertNotEquals(r.out(), e.out(), "estrogen alone differs from estrogen with a progestogen");
    }

    @Test
    void surgicalMenopauseDropsLevelsAtOnce() {
        String[] lines = CliRun.forecast("--surgical-age", "48", "--every-days", "365", "--years", "6").lines();
        assertEquals(100, row(lines[3])[col("e2_pg_ml")], 1e-9, "age 47");
        assertEquals(5, row(lines[5])[col("e2_pg_ml")], 1e-9, "age 49");
    }

    @Test
    void helpExplainsEveryOptionWithItsUnit() {
        CliRun r = CliRun.forecast("--help");
        assertEquals(0, r.code());
        for (String option : ForecastOptions.NAMES) assertTrue(r.out().contains(option), option);
        for (String unit : new String[] {"years", "pg/mL", "ng/mL", "ng/dL", "g/cm2", "days"}) {
            assertTrue(r.out().contains(unit), unit);
        }
        assertTrue(r.out().contains(HEADER));
        assertFalse(r.out().contains("!cli."), "every help key exists");
    }

    /** One clear line on standard error, nothing on standard output, a non-zero exit, never a stack trace. */
    private static CliRun assertOneLineError(String expectedFragment, String... args) {
        CliRun r = CliRun.forecast(args);
        assertNotEquals(0, r.code(), String.join(" ", args));
        assertEquals("", r.out(), String.join(" ", args));
        String err = r.err().strip();
        assertFalse(err.isEmpty());
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("!cli."), err);
        assertTrue(err.contains(expectedFragment), err + " should mention " + expectedFragment);
        return r;
    }

    @Test
    void badInputGivesOneLineAndANonZeroExit() {
        assertOneLineError("--frobnicate", "--frobnicate", "3");
        assertOneLineError("stray", "stray");
        assertOneLineError("--years", "--years");
        assertOneLineError("--years", "--years", "0");
        assertOneLineError("--years", "--years", "many");
        assertOneLineError("--start-age", "--start-age", "130");
        assertOneLineError("--every-days", "--every-days", "2.5");
        assertOneLineError("--every-days", "--every-days", "0");
        assertOneLineError("--baseline-bmd", "--baseline-bmd", "7");
        assertOneLineError("--sex", "--sex", "other");
        assertOneLineError("--mht", "--mht", "x", "--mht-start", "55");
        assertOneLineError("--mht-start", "--mht", "ep");
        assertOneLineError("--mht-stop 50", "--mht-start", "55", "--mht-stop", "50");
        assertOneLineError("--mht-stop 55", "--mht-start", "55", "--mht-stop", "55");
        assertOneLineError("--levels", "--levels", "100,5");
        assertOneLineError("E2", "--levels", ",5,30");
        assertOneLineError("--fmp-age", "--fmp-age", "50", "--surgical-age", "48");
        assertOneLineError("--fmp-age", "--sex", "male", "--fmp-age", "50");
        assertOneLineError("twice", "--years", "2", "--years", "3");
        assertOneLineError("no such file", "--scenario", "does-not-exist.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1,5,30", "5001,5,30", "100,-0.1,30", "100,100.5,30", "100,5,-3", "100,5,2000.1",
            "NaN,5,30", "100,Infinity,30", "1e9,5,30"})
    void levelsOutOfTheirPhysicalRangeAreRejected(String levels) {
        assertOneLineError("--levels", "--levels", levels);
    }

    @Test
    void levelsAtTheTopOfTheirRangesAreAccepted() {
        CliRun r = CliRun.forecast("--levels", "5000,100,2000", "--years", "40", "--every-days", "3650");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
    }

    @Test
    void scenarioFileGivesTheSameAsTheOptionsAndOptionsOverrideIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, """
                {"format": "bonebalance-scenario", "version": 1, "start_age": 48, "years": 10, "fmp_age": 50,
                 "therapy": [{"regimen": "ep", "start_age": 53, "stop_age": 56}], "every_days": 90}
                """);
        CliRun fromFile = CliRun.forecast("--scenario", file.toString());
        CliRun fromOptions = CliRun.forecast("--start-age", "48", "--years", "10", "--fmp-age", "50",
                "--mht-start", "53", "--mht-stop", "56", "--mht", "ep", "--every-days", "90");
        assertEquals(0, fromFile.code(), fromFile.err());
        assertEquals(fromOptions.out(), fromFile.out());

        CliRun overridden = CliRun.forecast("--scenario", file.toString(), "--fmp-age", "52", "--every-days", "365");
        CliRun expected = CliRun.forecast("--start-age", "48", "--years", "10", "--fmp-age", "52",
                "--mht-start", "53", "--mht-stop", "56", "--mht", "ep", "--every-days", "365");
        assertEquals(expected.out(), overridden.out());

        CliRun newTherapy = CliRun.forecast("--scenario", file.toString(), "--mht-start", "60", "--mht", "e");
        CliRun expectedTherapy = CliRun.forecast("--start-age", "48", "--years", "10", "--fmp-age", "50",
                "--mht-start", "60", "--mht", "e", "--every-days", "90");
        assertEquals(expectedTherapy.out(), newTherapy.out(), "any --mht option replaces the file's therapy list");
    }

    @Test
    void malformedScenarioFileNamesTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": \"bonebalance-scenario\",\n  \"version\": 1,\n  \"years\": 200\n}\n");
        CliRun r = assertOneLineError("line 4", "--scenario", file.toString());
        assertTrue(r.err().contains("\"years\""), r.err());
        assertEquals(2, r.code());
    }

    @Test
    void shippedExampleScenariosRun() throws Exception {
        try (var files = Files.list(Path.of("assets", "scenarios"))) {
            var list = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertTrue(list.size() >= 2);
            for (Path p : list) {
                CliRun r = CliRun.forecast("--scenario", p.toString());
                assertEquals(0, r.code(), p + ": " + r.err());
                assertEquals(HEADER, r.lines()[0]);
            }
        }
    }

    @Test
    void unknownCommandIsOneLine() {
        CliRun r = CliRun.of("frobnicate");
        assertNotEquals(0, r.code());
        assertEquals(1, r.err().strip().lines().count());
    }
}
