package org.bonebalance.io.consult;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.bonebalance.ui.consult.ConsultViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ConsultationJsonTest {
    @TempDir Path dir;

    public static Consultation rich() {
        Person p = new Person("M. R. – ñandú", Scenario.Sex.FEMALE, 56.5, Scenario.Menopause.SURGICAL, 47.25,
                new Measurement(55, Measurement.Kind.T_SCORE, -1.7));
        return new Consultation(p, List.of(ScenarioSpec.none(), new ScenarioSpec("Short course", Regimen.E, 56.5, 61),
                ScenarioSpec.therapy(Regimen.EPT, 57, 70)), List.of(60.0, 65.5, 75.0, 85.0), 17.3, 4.2);
    }

    @Test
    void savedFileLoadsBackIdentical() throws Exception {
        Consultation man = new Consultation(new Person("", Scenario.Sex.MALE, 60, Scenario.Menopause.NONE, 51, null),
                List.of(ScenarioSpec.none()), List.of(70.0), null, null);
        for (Consultation c : List.of(rich(), Consultation.example(), man)) {
            Path f = dir.resolve("c.json");
            ConsultationJson.write(c, f);
            assertEquals(c, ConsultationJson.read(f));
            assertEquals(ConsultationJson.toJson(c), Files.readString(f));
        }
        try (var s = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("c.json")), s.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void shippedExampleIsValid() throws Exception {
        Consultation c = ConsultationJson.read(Path.of("assets/consultations/example-52.json"));
        assertEquals(3, c.scenarios().size());
    }

    private String error(String json) {
        ConsultFileException e = assertThrows(ConsultFileException.class, () -> ConsultationJson.parse(json));
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String valid() { return ConsultationJson.toJson(rich()); }

    @Test
    void badFilesGiveAClearMessageNamingTheField() {
        String ok = valid();
        assertTrue(error(ok.substring(0, ok.length() / 2)).contains("broken or cut short"));
        assertTrue(error(ok.replace("\"version\" : 1", "\"version\" : 7")).contains("version 7"));
        assertTrue(error(ok.replace("\"version\" : 1", "\"version\" : \"1\"")).contains("version"));
        assertTrue(error(ok.replace("\"format\" : \"bonebalance-consultation\"", "\"format\" : \"other\"")).contains("format"));
        assertTrue(error(ok.replace("\"age\" : 56.5", "\"age\" : \"old\"")).contains("person.age must be a number"));
        assertTrue(error(ok.replace("\"age\" : 56.5", "\"age\" : 1e308")).contains("person.age must be between"));
        assertTrue(error(ok.replace("\"age\" : 56.5", "\"age\" : 123456789012345678901234567890123456789012345678901234567890")).length() > 0);
        assertTrue(error(ok.replace("\"majorPct\" : 17.3", "\"majorPct\" : -3")).contains("fractureRisk.majorPct"));
        assertTrue(error(ok.replace("\"therapy\" : \"e\"", "\"therapy\" : \"pills\"")).contains("scenarios[2].therapy"));
        assertTrue(error(ok.replace("\"stopAge\" : 61.0", "\"stopAge\" : 50.0")).contains("scenarios[2].stopAge"));
        assertTrue(error(ok.replace("\"label\"", "\"name\"")).contains("unknown field \"person.name\""));
        assertTrue(error(ok.replace("\"tableAges\" : [", "\"tableAges\" : [ true,")).contains("tableAges[1]"));
        assertTrue(error("[1,2,3]").contains("not a consultation file"));
        assertTrue(error("").contains("not a consultation file"));
        assertTrue(error("{\"format\":\"bonebalance-consultation\",\"version\":1,\"person\":" + "[".repeat(5000) + "]".repeat(5000) + "}").contains("not a consultation file"));
        assertTrue(error(ok.replace("\"label\" : \"M. R. – ñandú\"", "\"label\" : \"" + "x".repeat(5000) + "\"")).length() > 0);
        assertTrue(error(ok.replace("\"age\" : 56.5", "\"age\" : 56.5, \"age\" : 57")).contains("broken"));
    }

    @Test
    void tenMegabytesOfJunkIsRefusedBeforeParsing() throws IOException {
        Path junk = dir.resolve("junk.json");
        byte[] b = new byte[10 * 1024 * 1024];
        new java.util.Random(1).nextBytes(b);
        Files.write(junk, b);
        ConsultFileException e = assertThrows(ConsultFileException.class, () -> ConsultationJson.read(junk));
        assertTrue(e.getMessage().startsWith("junk.json: too large"), e.getMessage());
        Files.write(junk, "\u0000\u0001garbage".getBytes(StandardCharsets.UTF_8));
        assertThrows(ConsultFileException.class, () -> ConsultationJson.read(junk));
        e = assertThrows(ConsultFileException.class, () -> ConsultationJson.read(dir.resolve("nope.json")));
        assertEquals("nope.json: file not found", e.getMessage());
    }

    @Test
    void aBadFileLeavesTheCurrentConsultationUntouched() throws IOException {
        ConsultViewModel vm = new ConsultViewModel(new Autosave(dir.resolve("home")));
        assertTrue(vm.edit(c -> c.withRisks(25.0, null)));
        Consultation before = vm.getConsultation();
        var result = vm.getResult();
        String ok = valid();
        List<String> bad = List.of(ok.substring(0, 200), ok.replace("\"version\" : 1", "\"version\" : 2"),
                ok.replace("\"age\" : 56.5", "\"age\" : 1e300"), ok.replace("\"sex\" : \"female\"", "\"sex\" : 3"));
        for (String text : bad) {
            Path f = dir.resolve("bad.json");
            Files.writeString(f, text);
            assertFalse(vm.open(f));
            assertSame(before, vm.getConsultation());
            assertSame(result, vm.getResult());
            assertTrue(vm.isDirty());
            assertTrue(vm.messageProperty().get().startsWith("Could not open the file, so nothing was changed: bad.json: "),
                    vm.messageProperty().get());
        }
    }
}
