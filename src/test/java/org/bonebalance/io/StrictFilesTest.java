package org.bonebalance.io;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bonebalance.io.consult.ConsultationJson;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;
import org.junit.jupiter.api.Test;

/**
 * Strict files at every depth: a misspelt field added to any object of a valid scenario, lesson or
 * consultation file (the top level, "levels", a therapy course, a lesson step, a question, a text in several
 * languages, the person, the scan, a scenario, the fracture risks) is refused, naming the field and its line.
 */
class StrictFilesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads a file's text; returns its problem, or null when it was accepted. */
    @FunctionalInterface
    interface Reader {
        void read(String json) throws InputFileException;
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = StrictFilesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every object in the tree with its JSON pointer. */
    private static void objects(JsonNode n, String pointer, Map<String, ObjectNode> out) {
        if (n instanceof ObjectNode o) {
            out.put(pointer, o);
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                objects(e.getValue(), pointer + "/" + e.getKey(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) objects(n.get(i), pointer + "/" + i, out);
        }
    }

    /**
     * For each object of each good file: the file with one misspelt field added there (its first field's name
     * with an "x", as a slip of the keyboard would) is refused with that field's line and name.
     */
    private static int checkEveryObject(List<String> goodFiles, Reader reader) throws Exception {
        int checked = 0;
        for (String good : goodFiles) {
            JsonNode tree = MAPPER.readTree(good);
            reader.read(MAPPER.writeValueAsString(tree));   // the good file as printed here is accepted
            Map<String, ObjectNode> objects = new java.util.LinkedHashMap<>();
            objects(tree, "", objects);
            for (String pointer : objects.keySet()) {
                JsonNode copy = tree.deepCopy();
                ObjectNode target = (ObjectNode) copy.at(pointer);
                String misspelt = (target.isEmpty() ? "field" : target.fieldNames().next()) + "x";
                target.put(misspelt, 1);
                String text = MAPPER.writeValueAsString(copy);
                List<String> lines = text.lines().toList();
                int line = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("\"" + misspelt + "\"")) {
                        assertEquals(0, line, "one place only");
                        line = i + 1;
                    }
                }
                InputFileException e = null;
                try {
                    reader.read(text);
                } catch (InputFileException x) {
                    e = x;
                }
                assertNotNull(e, "refused: " + misspelt + " in " + (pointer.isEmpty() ? "the top level" : pointer));
                assertEquals(line, e.line(), e.getMessage());
                assertTrue(e.field().endsWith(misspelt), e.field() + " for " + pointer);
                assertTrue(e.getMessage().contains(misspelt), e.getMessage());
                assertTrue(e.getMessage().contains("line " + line), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), "one line");
                checked++;
            }
        }
        return checked;
    }

    @Test
    void scenarioFilesRefuseAMisspeltFieldInAnyObject() throws Exception {
        List<String> good = new ArrayList<>();
        try (var files = Files.list(Path.of("assets", "scenarios"))) {
            for (Path p : files.sorted().toList()) good.add(Files.readString(p));
        }
        good.add(ScenarioFile.toJson(new Scenario(Scenario.Sex.FEMALE, 50, 5, Scenario.Menopause.NONE, Double.NaN,
                new HormoneLevels(12.5, 0.3, 20), List.of(new org.bonebalance.sim.TherapyCourse(Regimen.E, 51, 53)), 1.1, 1)));
        int n = checkEveryObject(good, json -> ScenarioFile.parse(json, "t.json"));
        assertTrue(n >= good.size() + 2, "top levels, levels and therapy courses: " + n);
    }

    @Test
    void lessonFilesRefuseAMisspeltFieldInAnyObject() throws Exception {
        List<String> good = new ArrayList<>();
        for (String f : LessonFile.BUILT_IN) good.add(resource("/org/bonebalance/content/lessons/" + f));
        good.add("""
                {"format": "bonebalance-lesson/1", "id": "x", "title": {"en": "T", "es": "T"},
                 "steps": [{"levels": {"e2": 5, "p4": 0.3, "t": 20}, "narration": {"en": "N"},
                            "question": {"prompt": {"en": "P"}, "reading": "bmd", "years": 1,
                                         "choices": [{"text": {"en": "a"}, "to": 0}, {"text": "b", "from": 0}],
                                         "answer": 1, "explanation": "E"}}]}
                """);
        int n = checkEveryObject(good, json -> LessonFile.parse(json, "l.json"));
        assertTrue(n >= 20, "lessons, steps, levels, questions and texts: " + n);
    }

    @Test
    void consultationFilesRefuseAMisspeltFieldInAnyObject() throws Exception {
        Person p = new Person("AB", Scenario.Sex.FEMALE, 58, Scenario.Menopause.NATURAL, 50,
                new Measurement(57, Measurement.Kind.T_SCORE, -1.8));
        Consultation c = new Consultation(p, List.of(ScenarioSpec.none(), ScenarioSpec.therapy(Regimen.EP, 58, 63)),
                List.of(60.0, 70.0), 12.0, 2.5);
        int n = checkEveryObject(List.of(ConsultationJson.toJson(c)), ConsultationJson::parse);
        assertEquals(6, n, "top level, person, measurement, two scenarios, fracture risk");
    }
}
