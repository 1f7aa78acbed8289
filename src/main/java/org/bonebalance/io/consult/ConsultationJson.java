package org.bonebalance.io.consult;

import org.bonebalance.io.AtomicFiles;
import org.bonebalance.io.InputProblems;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bonebalance.content.Messages;
import org.bonebalance.content.Wording;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.consult.Checks;
import org.bonebalance.sim.consult.Consultation;
import org.bonebalance.sim.consult.Measurement;
import org.bonebalance.sim.consult.Person;
import org.bonebalance.sim.consult.ScenarioSpec;

/**
 * The consultation file (docs/consultation-format.md): JSON with a format name and version. Reading is
 * defensive: the file size is limited, the parser limits nesting and number length, every field is checked
 * for type and range, and every error is one line naming the field. Writing is atomic.
 */
public final class ConsultationJson {
    public static final String FORMAT = "bonebalance-consultation";
    public static final int VERSION = 1;
    /** Larger files are refused before parsing: a real consultation is about 1 KB. */
    public static final long MAX_BYTES = 64 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(16).maxNumberLength(40).maxStringLength(4096).build())
            .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ConsultationJson() {}

    // ---------------------------------------------------------------- writing

    public static String toJson(Consultation c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        Person p = c.person();
        ObjectNode person = root.putObject("person");
        person.put("label", p.label());
        person.put("sex", p.sex().name().toLowerCase(Locale.ROOT));
        person.put("age", p.ageYears());
        person.put("menopause", p.menopause().name().toLowerCase(Locale.ROOT));
        if (p.menopause() != Scenario.Menopause.NONE) person.put("menopauseAge", p.menopauseAge());
        if (p.measurement() != null) {
            ObjectNode m = person.putObject("measurement");
            m.put("age", p.measurement().ageYears());
            m.put("kind", p.measurement().kind().code());
            m.put("value", p.measurement().value());
        }
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioSpec s : c.scenarios()) {
            ObjectNode o = scenarios.addObject();
            o.put("name", s.name());
            o.put("therapy", s.regimen() == null ? "none" : s.regimen().code());
            o.put("startAge", s.startAge());
            o.put("stopAge", s.stopAge());
        }
        ArrayNode ages = root.putArray("tableAges");
        c.tableAges().forEach(ages::add);
        if (c.majorFracturePct() != null || c.hipFracturePct() != null) {
            ObjectNode r = root.putObject("fractureRisk");
            if (c.majorFracturePct() != null) r.put("majorPct", c.majorFracturePct());
            if (c.hipFracturePct() != null) r.put("hipPct", c.hipFracturePct());
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes atomically: temp file, then move. */
    public static void write(Consultation c, Path file) throws IOException {
        AtomicFiles.write(file, toJson(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- reading

    /** Reads and validates a file; the message of the exception starts with the file name. */
    public static Consultation read(Path file) throws ConsultFileException {
        String name = nameOf(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConsultFileException(Messages.get("consult.file.missing", name));
        } catch (IOException e) {
            throw new ConsultFileException(Messages.get("consult.file.unreadable", name, e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConsultFileException(Messages.get("consult.file.tooLarge", name, MAX_BYTES / 1024));
        }
        try {
            return parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        } catch (ConsultFileException e) {
            throw new ConsultFileException(name + ": " + e.getMessage(), e.line(), e.field());
        }
    }

    /** Parses and validates JSON text. */
    public static Consultation parse(String json) throws ConsultFileException {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = MAPPER.readTree(json);
            try (JsonParser p = MAPPER.getFactory().createParser(json)) {
                lines = InputProblems.linesByPointer(p, InputProblems.LineOf.NAME);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : Messages.get("consult.file.where",
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr());
            throw new ConsultFileException(Messages.get("consult.file.notJson", where));
        } catch (IOException e) {
            throw new ConsultFileException(Messages.get("consult.file.notJson", ""));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new ConsultFileException(Messages.get("consult.file.notJson", ""));
        }
        try {
            return fromTree(root, lines);
        } catch (Checks.InvalidFieldException e) {
            String field = pathInFile(e.field());
            throw atLine(lines, pointerOf(field), field, Wording.problemNaming(e, field));
        }
    }

    private static Consultation fromTree(JsonNode root, Map<String, Integer> lines) throws ConsultFileException {
        String format = text(root, "format", true);
        if (!FORMAT.equals(format)) throw new ConsultFileException(Messages.get("consult.file.format", FORMAT));
        JsonNode v = root.get("version");
        if (v == null || !v.isIntegralNumber()) throw new ConsultFileException(Messages.get("consult.file.type", "version", integer()));
        if (!v.canConvertToInt() || v.intValue() != VERSION) {
            throw new ConsultFileException(Messages.get("consult.file.version", v.asText(), VERSION));
        }
        allowed(lines, root, "", Set.of("format", "version", "person", "scenarios", "tableAges", "fractureRisk"));

        JsonNode pn = object(root, "person", "person", true);
        allowed(lines, pn, "person.", Set.of("label", "sex", "age", "menopause", "menopauseAge", "measurement"));
        String label = text(pn, "label", false, "person.label");
        Scenario.Sex sex = switch (choice(pn, "sex", "person.sex", "female", "male")) {
            case "male" -> Scenario.Sex.MALE;
            default -> Scenario.Sex.FEMALE;
        };
        double age = number(pn, "age", "person.age");
        Scenario.Menopause menopause = switch (choice(pn, "menopause", "person.menopause", "natural", "surgical", "none")) {
            case "surgical" -> Scenario.Menopause.SURGICAL;
            case "none" -> Scenario.Menopause.NONE;
            default -> Scenario.Menopause.NATURAL;
        };
        double menopauseAge = menopause == Scenario.Menopause.NONE && !pn.has("menopauseAge") ? 0
                : number(pn, "menopauseAge", "person.menopauseAge");
        Measurement measurement = null;
        JsonNode mn = object(pn, "measurement", "person.measurement", false);
        if (mn != null) {
            allowed(lines, mn, "person.measurement.", Set.of("age", "kind", "value"));
            double mAge = number(mn, "age", "person.measurement.age");
            Measurement.Kind kind = Measurement.Kind.fromCode(choice(mn, "kind", "person.measurement.kind", "bmd", "tscore"));
            measurement = new Measurement(mAge, kind, number(mn, "value", "person.measurement.value"));
        }
        Person person = new Person(label, sex, age, menopause, menopauseAge, measurement);

        JsonNode sn = root.get("scenarios");
        if (sn == null || !sn.isArray()) throw new ConsultFileException(Messages.get("consult.file.type", "scenarios", list()));
        if (sn.isEmpty() || sn.size() > Consultation.MAX_SCENARIOS) {
            throw new ConsultFileException(Messages.get("consult.error.count", "scenarios", 1, Consultation.MAX_SCENARIOS));
        }
        List<ScenarioSpec> scenarios = new ArrayList<>();
        for (int i = 0; i < sn.size(); i++) {
            String f = "scenarios[" + (i + 1) + "]";
            JsonNode s = sn.get(i);
            if (!s.isObject()) throw new ConsultFileException(Messages.get("consult.file.type", f, object()));
            allowed(lines, s, f + ".", Set.of("name", "therapy", "startAge", "stopAge"));
            String therapy = choice(s, "therapy", f + ".therapy", "none", "e", "ep", "ept");
            Regimen r = therapy.equals("none") ? null : Regimen.fromCode(therapy);
            String name = text(s, "name", false, f + ".name");
            double start = number(s, "startAge", f + ".startAge"), stop = number(s, "stopAge", f + ".stopAge");
            scenarios.add(Checks.inScenario(i, () -> new ScenarioSpec(name, r, start, stop)));
        }

        JsonNode an = root.get("tableAges");
        if (an == null || !an.isArray()) throw new ConsultFileException(Messages.get("consult.file.type", "tableAges", list()));
        if (an.isEmpty() || an.size() > Consultation.MAX_TABLE_AGES) {
            throw new ConsultFileException(Messages.get("consult.error.count", "tableAges", 1, Consultation.MAX_TABLE_AGES));
        }
        List<Double> ages = new ArrayList<>();
        for (int i = 0; i < an.size(); i++) {
            JsonNode a = an.get(i);
            if (!a.isNumber()) throw new ConsultFileException(Messages.get("consult.file.type", "tableAges[" + (i + 1) + "]", numberWord()));
            ages.add(finite(a.doubleValue(), "tableAges[" + (i + 1) + "]"));
        }

        Double major = null, hip = null;
        JsonNode rn = object(root, "fractureRisk", "fractureRisk", false);
        if (rn != null) {
            allowed(lines, rn, "fractureRisk.", Set.of("majorPct", "hipPct"));
            if (rn.has("majorPct") && !rn.get("majorPct").isNull()) major = number(rn, "majorPct", "fractureRisk.majorPct");
            if (rn.has("hipPct") && !rn.get("hipPct").isNull()) hip = number(rn, "hipPct", "fractureRisk.hipPct");
        }
        return new Consultation(person, scenarios, ages, major, hip);
    }

    private static String nameOf(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /**
     * A problem found in a file's consultation after reading it (e.g. a scan the model cannot pass through),
     * worded like the file's other problems: the file's name, then the field as it is written in the file.
     */
    public static ConsultFileException problemIn(Path file, Checks.InvalidFieldException e) {
        return new ConsultFileException(nameOf(file) + ": " + Wording.problemNaming(e, pathInFile(e.field())));
    }

    /** Where a checked field is written in the file, so a message about a file names what is in it. */
    static String pathInFile(String field) {
        return switch (field) {
            case "majorFracturePct" -> "fractureRisk.majorPct";
            case "hipFracturePct" -> "fractureRisk.hipPct";
            default -> field.replace(".regimen", ".therapy");
        };
    }

    /** Refuses a field not in names, at any depth, with its line (prefix: the object's path in the file). */
    private static void allowed(Map<String, Integer> lines, JsonNode node, String prefix, Set<String> names)
            throws ConsultFileException {
        Iterator<String> it = node.fieldNames();
        while (it.hasNext()) {
            String n = it.next();
            if (!names.contains(n)) {
                String shown = n.length() > 40 ? n.substring(0, 40) + "…" : n;
                String field = prefix + n;
                throw atLine(lines, pointerOf(prefix) + "/" + n.replace("~", "~0").replace("/", "~1"), field,
                        Messages.get("consult.file.unknown", prefix + shown));
            }
        }
    }

    /** The problem with the line of the field (or of the closest enclosing value that has one). */
    private static ConsultFileException atLine(Map<String, Integer> lines, String pointer, String field, String problem) {
        int line = InputProblems.closestLine(lines, pointer, p -> p.substring(0, Math.max(0, p.lastIndexOf('/'))));
        if (line <= 0) return new ConsultFileException(problem, 0, field);
        return new ConsultFileException(Messages.get("consult.file.atLine", line, problem), line, field);
    }

    /** "scenarios[2].stopAge" (1-based, as messages name it) -> "/scenarios/1/stopAge"; a trailing '.' is dropped. */
    static String pointerOf(String path) {
        StringBuilder b = new StringBuilder();
        for (String part : path.split("\\.")) {
            if (part.isEmpty()) continue;
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            b.append('/').append(name);
            if (bracket >= 0) b.append('/').append(Integer.parseInt(part.substring(bracket + 1, part.indexOf(']'))) - 1);
        }
        return b.toString();
    }

    private static JsonNode object(JsonNode parent, String key, String field, boolean required) throws ConsultFileException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) throw new ConsultFileException(Messages.get("consult.error.missing", field));
            return null;
        }
        if (!n.isObject()) throw new ConsultFileException(Messages.get("consult.file.type", field, object()));
        return n;
    }

    private static String text(JsonNode parent, String key, boolean required) throws ConsultFileException {
        return text(parent, key, required, key);
    }

    private static String text(JsonNode parent, String key, boolean required, String field) throws ConsultFileException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) {
            if (required) throw new ConsultFileException(Messages.get("consult.error.missing", field));
            return "";
        }
        if (!n.isTextual()) throw new ConsultFileException(Messages.get("consult.file.type", field, textWord()));
        return n.textValue();
    }

    private static String choice(JsonNode parent, String key, String field, String... allowed) throws ConsultFileException {
        String v = text(parent, key, true, field);
        for (String a : allowed) if (a.equals(v)) return a;
        String shown = v.length() > 20 ? v.substring(0, 20) + "…" : v;
        throw new ConsultFileException(Messages.get("consult.file.choice", field, String.join(", ", allowed), shown));
    }

    private static double number(JsonNode parent, String key, String field) throws ConsultFileException {
        JsonNode n = parent.get(key);
        if (n == null || n.isNull()) throw new ConsultFileException(Messages.get("consult.error.missing", field));
        if (!n.isNumber()) throw new ConsultFileException(Messages.get("consult.file.type", field, numberWord()));
        return finite(n.doubleValue(), field);
    }

    private static double finite(double d, String field) throws ConsultFileException {
        if (!Double.isFinite(d)) throw new ConsultFileException(Messages.get("consult.file.type", field, numberWord()));
        return d;
    }

    private static String numberWord() { return Messages.get("consult.file.kind.number"); }

    private static String integer() { return Messages.get("consult.file.kind.integer"); }

    private static String textWord() { return Messages.get("consult.file.kind.text"); }

    private static String list() { return Messages.get("consult.file.kind.list"); }

    private static String object() { return Messages.get("consult.file.kind.object"); }
}
