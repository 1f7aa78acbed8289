package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bonebalance.io.ScenarioFile;
import org.bonebalance.model.HormoneEffects;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.model.SteadyState;
import org.bonebalance.sim.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands at their edges: unknown commands, failures, output that must reach the stream, option limits. */
class CliEdgesTest {
    private static int col(String name) {
        return ForecastCsv.COLUMNS.indexOf(name);
    }

    private static double[] rowAt(CliRun r, double age) {
        for (String line : Arrays.copyOfRange(r.lines(), 1, r.lines().length)) {
            double[] v = Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            if (Math.abs(v[0] - age) < 0.01) return v;
        }
        throw new AssertionError("no row at " + age);
    }

    @Test
    void onlyTheThreeCommandsAreCommands() {
        for (String c : List.of("forecast", "bench", "handout")) assertTrue(Commands.isCommand(c), c);
        for (String c : List.of("Forecast", "--forecast", "explorer", "")) assertFalse(Commands.isCommand(c), c);
        CliRun r = CliRun.of("predict");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("predict"), r.err());
    }

    @Test
    void anInternalFailureIsOneLineAndStatusOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run("forecast", null, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("internal error: "), e);
    }

    @Test
    void noSteadyStateIsSaidInPlainWordsWithTheLevels() {
        var e = new SteadyState.NotConvergedException(HormoneEffects.of(new HormoneLevels(12.5, 0.3, 20)), 100, Double.NaN);
        String m = Commands.noSteadyState(e);
        assertEquals("The model found no resting balance of bone cells for estradiol 12.5 pg/mL, progesterone 0.3 ng/mL and "
                + "testosterone 20 ng/dL, so it has nothing to start from and made no forecast.", m);
    }

    @Test
    void aFailedOutputIsStatusOneWithAMessage() {
        OutputStream broken = new OutputStream() {
            @Override public void write(int b) throws IOException { throw new IOException("pipe closed"); }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run("forecast", new String[] {"--years", "1"}, new PrintStream(broken), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code);
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void theOutputIsFlushedBeforeTheCommandReturns() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--years", "1", "--every-days", "365"})) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(new BufferedOutputStream(bytes, 1 << 16), false, StandardCharsets.UTF_8);
            assertEquals(0, Commands.run("forecast", args, out, new PrintStream(new ByteArrayOutputStream())));
            assertTrue(bytes.size() > 0, "written through for " + String.join(" ", args));
        }
    }

    @Test
    void hugeNumbersAreWrittenAsJavaWritesThem() {
        StringBuilder b = new StringBuilder();
        ForecastCsv.num(b, 1e12, 4).append(';');
        ForecastCsv.num(b, 9e11, 4).append(';');
        ForecastCsv.num(b, 8.99e11, 4);
        assertEquals("1.0E12;9.0E11;899000000000.0000", b.toString());
    }

    @Test
    void optionLimitsAreInclusive() {
        assertEquals(0, CliRun.forecast("--years", "1", "--every-days", "1").code());
        assertEquals(0, CliRun.forecast("--years", "1", "--every-days", "36525").code());
        assertEquals(2, CliRun.forecast("--years", "1", "--every-days", "0").code());
        assertEquals(2, CliRun.forecast("--years", "1", "--every-days", "36526").code());
        assertEquals(0, CliRun.forecast("--years", "1", "--every-days", "365", "--levels", "0,0,0").code());
        assertEquals(0, CliRun.forecast("--years", "1", "--every-days", "365", "--levels", "5000,100,2000").code());
        assertEquals(2, CliRun.forecast("--years", "1", "--levels", "5000.1,100,2000").code());
        assertEquals(2, CliRun.forecast("--years", "1", "--levels", "-1,1,20").code());
        assertEquals(0, CliRun.forecast("--start-age", "0", "--years", "1", "--every-days", "365").code());
        assertEquals(0, CliRun.forecast("--start-age", "120", "--years", "1", "--every-days", "365", "--sex", "male").code());
        assertEquals(2, CliRun.forecast("--start-age", "120.01", "--years", "1").code());
        assertEquals(2, CliRun.forecast("--start-age", "-0.01", "--years", "1").code());
        CliRun bad = CliRun.forecast("stray");
        CliRun unknown = CliRun.forecast("-x");
        assertNotEquals(bad.err(), unknown.err().replace("-x", "stray"), "an unexpected word is not called an option");
        assertTrue(unknown.err().contains("-x") && bad.err().contains("stray"));
    }

    @Test
    void therapyWithoutAStopRunsToTheEndOfTheForecast() {
        CliRun r = CliRun.forecast("--start-age", "50", "--years", "15", "--fmp-age", "51", "--mht-start", "55", "--every-days", "365");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.lines();
        for (int i = 1; i < lines.length - 1; i++) {
            double[] v = Arrays.stream(lines[i].split(",")).mapToDouble(Double::parseDouble).toArray();
            if (v[0] >= 55.01) assertEquals(40, v[col("e2_pg_ml")], 1e-9, "on therapy at " + v[0]);
        }
    }

    @Test
    void sexOverridesTheMenopauseOfABaseScenario(@TempDir Path dir) throws Exception {
        Path woman = dir.resolve("woman.json");
        ScenarioFile.write(Scenario.defaultFemale().withStart(45, 10).withEveryDays(365), woman);
        CliRun man = CliRun.forecast("--scenario", woman.toString(), "--sex", "male");
        assertEquals(0, man.code(), man.err());
        double[] first = rowAt(man, 45), late = rowAt(man, 54.9993);
        assertEquals(first[col("e2_pg_ml")], late[col("e2_pg_ml")], 1e-9, "a man has no menopause");
        assertEquals(HormoneLevels.YOUNG_MALE.testosteroneNgPerDl(), late[col("t_ng_dl")], 1e-3);

        Path male = dir.resolve("man.json");
        ScenarioFile.write(new Scenario(Scenario.Sex.MALE, 45, 10, Scenario.Menopause.NONE, Double.NaN, null, List.of(), 1.056, 365), male);
        CliRun w = CliRun.forecast("--scenario", male.toString(), "--sex", "female");
        assertEquals(0, w.code(), w.err());
        assertEquals(HormoneLevels.PREMENOPAUSAL.estradiolPgPerMl(), rowAt(w, 45)[col("e2_pg_ml")], 1e-9);
        assertTrue(rowAt(w, 54.9993)[col("e2_pg_ml")] < 10, "a woman from a man's file gets the default menopause at 51");
        assertTrue(Files.exists(male));
    }

    @Test
    void aFullDiskWhileWritingTheHandoutLeavesThePreviousOne(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        assertEquals(0, CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out", pdf.toString()).code());
        var before = org.bonebalance.testsupport.FailingDisk.contents(dir);
        CliRun r;
        try (var fault = org.bonebalance.testsupport.FailingDisk.fullHalfWay()) {
            r = CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out", pdf.toString(), "--lang", "es");
        } finally {
            org.bonebalance.content.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        org.bonebalance.testsupport.FailingDisk.assertUnchanged(before, dir);
    }

    @Test
    void theHandoutCommandSaysWhereItWroteAndRefusesWhatItCannotDo(@TempDir Path dir) {
        Path pdf = dir.resolve("h.pdf");
        CliRun ok = CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out", pdf.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains(pdf.toString()), ok.out());
        try {
            CliRun fr = CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out", pdf.toString(), "--lang", "fr");
            assertEquals(2, fr.code());
            assertTrue(fr.err().contains("fr") && fr.err().contains("en, es"), fr.err());
            CliRun es = CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out", pdf.toString(), "--lang", "ES");
            assertEquals(0, es.code(), es.err());
        } finally {
            org.bonebalance.content.Messages.setLocale(java.util.Locale.ENGLISH);
        }
        CliRun last = CliRun.of("handout", "--scenario", "assets/consultations/example-52.json", "--out");
        assertEquals(2, last.code());
        assertTrue(last.err().contains("--out"), last.err());
    }
}
