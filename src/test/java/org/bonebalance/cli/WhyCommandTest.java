package org.bonebalance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bonebalance.content.Messages;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.why.HeldLevels;
import org.bonebalance.sim.why.Moment;
import org.bonebalance.sim.why.Quantity;
import org.bonebalance.sim.why.Reading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code why}: the JSON interface carries the model's numbers; the text reads as a chain; bad input is one line. */
class WhyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun r = CliRun.of("why", args);
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        return JSON.readTree(r.out());
    }

    @Test
    void jsonHasTheFieldsOfTheInterfaceWithTheModelsNumbers() throws Exception {
        JsonNode j = json("--e2", "5", "--p4", "0.3", "--t", "20", "--reading", "osteoclasts", "--json");
        assertEquals("osteoclasts", j.get("reading").asText());
        Moment now = HeldLevels.after(Scenario.Sex.FEMALE, HormoneLevels.POSTMENOPAUSAL, 5);
        assertEquals(now.readout().ocaRel(), j.get("value").asDouble(), 1e-12);
        assertEquals(1.0, j.get("reference").asDouble(), 1e-6);
        assertEquals(j.get("value").asDouble() - j.get("reference").asDouble(), j.get("change").asDouble(), 1e-12);
        List<String> ids = new ArrayList<>();
        for (JsonNode link : j.get("chain")) {
            ids.add(link.get("quantity").asText());
            assertTrue(link.has("reference") && link.has("value") && link.has("unit"), link.toString());
        }
        assertEquals(List.of("estradiol", "progesterone", "testosterone", "rankl", "opg", "rankl_opg", "rankl_rank",
                "osteoclasts"), ids);
        assertEquals(5, j.get("chain").get(0).get("value").asDouble());
        assertEquals(100, j.get("chain").get(0).get("reference").asDouble());
        assertEquals("pg/mL", j.get("chain").get(0).get("unit").asText());
        assertEquals(now.readout().ranklRel(), j.get("chain").get(3).get("value").asDouble(), 1e-12);
        JsonNode a = j.get("attribution");
        double sum = a.get("estradiol").asDouble() + a.get("progesterone").asDouble() + a.get("testosterone").asDouble();
        assertEquals(j.get("change").asDouble(), sum, 1e-9);
        assertTrue(a.get("estradiol").asDouble() > a.get("testosterone").asDouble());
        assertFalse(j.get("estradiol_from_testosterone").asBoolean());
    }

    @Test
    void defaultsAreSpineDensityAfterFiveYearsForAWoman() throws Exception {
        JsonNode j = json("--e2", "5", "--p4", "0.3", "--t", "20", "--json");
        assertEquals("bmd", j.get("reading").asText());
        assertEquals("g/cm2", j.get("unit").asText());
        assertEquals(5.0, j.get("years").asDouble());
        assertEquals("female", j.get("sex").asText());
        Moment now = HeldLevels.after(Scenario.Sex.FEMALE, HormoneLevels.POSTMENOPAUSAL, 5);
        assertEquals(now.readout().bmdGPerCm2(), j.get("value").asDouble(), 1e-12);
        JsonNode chain = j.get("chain");
        assertEquals("t_score", chain.get(chain.size() - 1).get("quantity").asText());
        assertEquals(now.readout().tScore(), chain.get(chain.size() - 1).get("value").asDouble(), 1e-12);
        assertEquals(now.value(Quantity.BMD_RATE), chain.get(chain.size() - 3).get("value").asDouble(), 1e-12);
        assertTrue(j.get("change").asDouble() < 0, "density falls without estrogen");
    }

    @Test
    void aMansEstradiolCanComeFromHisTestosterone() throws Exception {
        JsonNode j = json("--sex", "male", "--p4", "0.3", "--t", "250", "--years", "10", "--reading", "balance", "--json");
        assertTrue(j.get("estradiol_from_testosterone").asBoolean());
        assertEquals(HormoneLevels.aromatizedEstradiol(250), j.get("levels").get("estradiol").asDouble(), 1e-12);
        assertEquals(HormoneLevels.YOUNG_MALE.estradiolPgPerMl(), j.get("chain").get(0).get("reference").asDouble());
        assertEquals(10.0, j.get("years").asDouble());
        double value = HeldLevels.after(Scenario.Sex.MALE, HormoneLevels.maleFromTestosterone(0.3, 250), 10)
                .value(Quantity.BALANCE);
        assertEquals(value, j.get("value").asDouble(), 1e-12);
    }

    @Test
    void textShowsTheChainAndTheShares() {
        CliRun r = CliRun.of("why", "--e2", "5", "--p4", "0.3", "--t", "20", "--reading", "rankl-opg");
        assertEquals(0, r.code(), r.err());
        String out = r.out();
        double ratio = HeldLevels.trace(Reading.RANKL_OPG, Scenario.Sex.FEMALE, HormoneLevels.POSTMENOPAUSAL, 5).value();
        assertTrue(out.startsWith("RANKL/OPG ratio: ×" + Messages.number(ratio, 2) + " after 5.0 years"), out);
        assertTrue(out.contains("  → RANKL "), out);
        assertTrue(out.contains("(reference 100.0 pg/mL)"), out);
        assertTrue(out.contains("Estradiol "), out);
        assertTrue(out.contains("add up to the whole change"), out);
        assertTrue(out.contains("not medical advice"), out);
        // the largest share gets the longest bar (20 marks)
        assertTrue(out.lines().anyMatch(l -> l.trim().startsWith("Estradiol") && l.endsWith("#".repeat(20))), out);
    }

    @Test
    void textInSpanish() {
        CliRun r = CliRun.of("why", "--lang", "es", "--e2", "5", "--p4", "0.3", "--t", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Densidad de la columna: "), r.out());
        assertTrue(r.out().contains("Cómo llega el modelo"), r.out());
    }

    @Test
    void badInputIsOneLineAndStatusTwo() {
        String[][] bad = {
                {"--p4", "0.3", "--t", "20"},                       // a woman needs --e2
                {"--e2", "5", "--t", "20"},                         // --p4 missing
                {"--e2", "5", "--p4", "0.3"},                       // --t missing
                {"--e2", "-1", "--p4", "0.3", "--t", "20"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--reading", "calcium"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--years", "0"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--years", "101"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--sex", "other"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--lang", "fr"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--json=yes"},
                {"--e2", "5", "--e2", "6", "--p4", "0.3", "--t", "20"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "--colour", "red"},
                {"--e2", "5", "--p4", "0.3", "--t", "20", "stray"},
                {"--e2"},
        };
        for (String[] args : bad) {
            CliRun r = CliRun.of("why", args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertEquals("", r.out(), String.join(" ", args));
        }
        assertTrue(CliRun.of("why", "--p4", "0.3", "--t", "20").err().contains("--e2"));
        assertTrue(CliRun.of("why", "--e2", "5", "--p4", "0.3", "--t", "20", "--reading", "calcium").err()
                .contains("osteoclasts, osteoblasts, rankl-opg, balance or bmd"));
    }

    @Test
    void helpListsEveryOption() {
        CliRun r = CliRun.of("why", "--help");
        assertEquals(0, r.code());
        for (String name : WhyCommand.NAMES) assertTrue(r.out().contains(name), name);
        assertTrue(r.out().contains("reading's"), "no doubled apostrophes: " + r.out());
        assertTrue(Commands.isCommand("why"));
    }
}
