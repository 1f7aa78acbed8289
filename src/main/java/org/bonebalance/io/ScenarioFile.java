package org.bonebalance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bonebalance.content.Messages;
import org.bonebalance.model.BmdScale;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Regimen;
import org.bonebalance.sim.Scenario;
import org.bonebalance.sim.TherapyCourse;

/**
 * Scenario files: a forecast described in JSON, with the same content as the {@code forecast} command's
 * options (format in docs/scenario-format.md). Every field is validated; a problem is reported as one line
 * naming the file, the line and the field ({@link ScenarioFileException}). Writing is atomic.
 *
 * <pre>{@code
 * { "format": "bonebalance-scenario", "version": 1,
 *   "sex": "female", "start_age": 45, "years": 40, "fmp_age": 51,
 *   "therapy": [ { "regimen": "ep", "start_age": 56, "stop_age": 61 } ],
 *   "baseline_bmd_g_cm2": 1.056, "every_days": 30 }
 * }</pre>
 */
public final class ScenarioFile {
    public static final String FORMAT = "bonebalance-scenario";
    public static final int VERSION = 1;

    /** Physical and practical ranges shared with the command line. */
    public static final double MIN_AGE = 0, MAX_AGE = 120;
    public static final double MIN_BASELINE_BMD = 0.2, MAX_BASELINE_BMD = 3;
    public static final int MAX_EVERY_DAYS = 36525;

    static final Set<String> TOP_FIELDS = Set.of("format", "version", "description", "sex", "start_age", "years",
            "fmp_age", "surgical_age", "levels", "therapy", "baseline_bmd_g_cm2", "every_days");
    static final Set<String> LEVEL_FIELDS = Set.of("e2_pg_ml", "p4_ng_ml", "t_ng_dl");
    static final Set<String> THERAPY_FIELDS = Set.of("regimen", "start_age", "stop_age");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private ScenarioFile() {}

    /** Reads and validates a scenario file. */
    public static Scenario read(Path file) throws ScenarioFileException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(Messages.get("cli.scenario.missing", name), 0, "");
        } catch (IOException | RuntimeException e) {
            throw new ScenarioFileException(Messages.get("cli.scenario.unreadable", name,
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()), 0, "");
        }
        return parse(text, name);
    }

    /** Parses and validates scenario JSON; sourceName names it in messages. */
    public static Scenario parse(String json, String sourceName) throws ScenarioFileException {
        Map<String, Integer> lines;
        JsonNode root;
        try {
            lines = lineMap(json);
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc != null ? loc.getLineNr() : 0;
            String detail = firstLine(e.getOriginalMessage());
            throw new ScenarioFileException(line > 0
                    ? Messages.get("cli.scenario.syntaxAt", sourceName, Integer.toString(line),
                            Integer.toString(loc.getColumnNr()), detail)
                    : Messages.get("cli.scenario.syntax", sourceName, detail), line, "");
        } catch (IOException e) {
            throw new ScenarioFileException(Messages.get("cli.scenario.syntax", sourceName, firstLine(e.getMessage())), 0, "");
        }
        return new Reader(sourceName, lines).scenario(root);
    }

    /** The scenario as JSON text in the file format (a trailing newline included). */
    public static String toJson(Scenario s) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("sex", s.sex().name().toLowerCase(Locale.ROOT));
        root.put("start_age", s.startAge());
        root.put("years", s.years());
        if (s.constantLevels() != null || s.menopause() == Scenario.Menopause.NONE && s.sex() == Scenario.Sex.FEMALE) {
            HormoneLevels l = s.constantLevels() != null ? s.constantLevels() : s.referenceLevels();
            ObjectNode levels = root.putObject("levels");
            levels.put("e2_pg_ml", l.estradiolPgPerMl());
            levels.put("p4_ng_ml", l.progesteroneNgPerMl());
            levels.put("t_ng_dl", l.testosteroneNgPerDl());
        } else if (s.sex() == Scenario.Sex.FEMALE && s.menopause() == Scenario.Menopause.NATURAL) {
            root.put("fmp_age", s.menopauseAge());
        } else if (s.sex() == Scenario.Sex.FEMALE && s.menopause() == Scenario.Menopause.SURGICAL) {
            root.put("surgical_age", s.menopauseAge());
        }
        if (!s.therapies().isEmpty()) {
            ArrayNode list = root.putArray("therapy");
            for (TherapyCourse c : s.therapies()) {
                ObjectNode t = list.addObject();
                t.put("regimen", c.regimen().code());
                t.put("start_age", c.startAge());
                t.put("stop_age", c.stopAge());
            }
        }
        root.put("baseline_bmd_g_cm2", s.baselineBmdGPerCm2());
        root.put("every_days", s.everyDays());
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the scenario atomically (a temporary file beside the target, then a move). */
    public static void write(Scenario s, Path file) throws IOException {
        AtomicFiles.write(file, toJson(s).getBytes(StandardCharsets.UTF_8));
    }

    /** The line of every value (where the value starts), keyed by its path ("therapy[0].stop_age"). */
    private static Map<String, Integer> lineMap(String json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            InputProblems.linesByPointer(p, InputProblems.LineOf.VALUE).forEach((ptr, line) -> lines.putIfAbsent(path(ptr), line));
        }
        return lines;
    }

    /** "/therapy/0/stop_age" -> "therapy[0].stop_age". */
    static String path(String pointer) {
        StringBuilder b = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            if (part.chars().allMatch(Character::isDigit)) {
                b.append('[').append(part).append(']');
            } else {
                if (!b.isEmpty()) b.append('.');
                b.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return b.toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).trim();
    }

    /** Validation of the parsed tree, field by field. */
    private static final class Reader {
        private final String source;
        private final Map<String, Integer> lines;

        Reader(String source, Map<String, Integer> lines) {
            this.source = source;
            this.lines = lines;
        }

        ScenarioFileException error(String field, String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = field;
            System.arraycopy(args, 0, all, 1, args.length);
            String what = Messages.get(key, all);
            // the closest enclosing value that has a line (e.g. the object missing a field)
            int l = InputProblems.closestLine(lines, field, f -> {
                int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
                return cut > 0 ? f.substring(0, cut) : "";
            });
            return new ScenarioFileException(l > 0
                    ? Messages.get("cli.scenario.problemAt", source, Integer.toString(l), what)
                    : Messages.get("cli.scenario.problem", source, what), l, field);
        }

        Scenario scenario(JsonNode root) throws ScenarioFileException {
            if (root == null || root.isMissingNode() || !root.isObject()) {
                throw new ScenarioFileException(Messages.get("cli.scenario.notObject", source), 1, "");
            }
            unknownFields(root, "", TOP_FIELDS);
            JsonNode format = root.get("format");
            if (format == null) throw error("format", "cli.scenario.required", FORMAT);
            if (!format.isTextual() || !format.asText().equals(FORMAT)) {
                throw error("format", "cli.scenario.format", FORMAT);
            }
            JsonNode version = root.get("version");
            if (version == null) throw error("version", "cli.scenario.required", Integer.toString(VERSION));
            if (!version.isIntegralNumber() || version.asInt() != VERSION) {
                throw error("version", "cli.scenario.version", version.asText(), Integer.toString(VERSION));
            }
            if (root.has("description") && !root.get("description").isTextual()) {
                throw error("description", "cli.scenario.text");
            }
            Scenario.Sex sex = Scenario.Sex.FEMALE;
            if (root.has("sex")) {
                JsonNode n = root.get("sex");
                String v = n.isTextual() ? n.asText().toLowerCase(Locale.ROOT) : "";
                sex = switch (v) {
                    case "female" -> Scenario.Sex.FEMALE;
                    case "male" -> Scenario.Sex.MALE;
                    default -> throw error("sex", "cli.scenario.sex", n.asText());
                };
            }
            double startAge = number(root, "start_age", Scenario.DEFAULT_START_AGE, MIN_AGE, MAX_AGE, "cli.unit.years");
            double years = root.has("years") ? number(root, "years", 0, 0, Scenario.MAX_YEARS, "cli.unit.years")
                    : Scenario.DEFAULT_YEARS;
            if (!(years > 0)) throw error("years", "cli.scenario.positive");

            int profiles = (root.has("fmp_age") ? 1 : 0) + (root.has("surgical_age") ? 1 : 0) + (root.has("levels") ? 1 : 0);
            if (profiles > 1) {
                String second = root.has("levels") ? "levels" : "surgical_age";
                throw error(second, "cli.scenario.oneProfile");
            }
            if (sex == Scenario.Sex.MALE) {
                for (String f : List.of("fmp_age", "surgical_age")) {
                    if (root.has(f)) throw error(f, "cli.scenario.womenOnly");
                }
            }
            Scenario.Menopause menopause;
            double menopauseAge = Double.NaN;
            HormoneLevels constant = null;
            if (root.has("levels")) {
                menopause = Scenario.Menopause.NONE;
                constant = levels(root.get("levels"), sex);
            } else if (root.has("surgical_age")) {
                menopause = Scenario.Menopause.SURGICAL;
                menopauseAge = number(root, "surgical_age", 0, MIN_AGE, MAX_AGE, "cli.unit.years");
            } else if (sex == Scenario.Sex.MALE) {
                menopause = Scenario.Menopause.NONE;
            } else {
                menopause = Scenario.Menopause.NATURAL;
                menopauseAge = number(root, "fmp_age", Scenario.DEFAULT_FMP_AGE, MIN_AGE, MAX_AGE, "cli.unit.years");
            }

            List<TherapyCourse> courses = new ArrayList<>();
            if (root.has("therapy")) {
                JsonNode list = root.get("therapy");
                if (!list.isArray()) throw error("therapy", "cli.scenario.array");
                for (int i = 0; i < list.size(); i++) {
                    courses.add(course(list.get(i), "therapy[" + i + "]", startAge + years));
                }
            }
            double baseline = number(root, "baseline_bmd_g_cm2", BmdScale.DEFAULT_BASELINE_G_PER_CM2,
                    MIN_BASELINE_BMD, MAX_BASELINE_BMD, "cli.unit.gPerCm2");
            int everyDays = Scenario.DEFAULT_EVERY_DAYS;
            if (root.has("every_days")) {
                JsonNode n = root.get("every_days");
                if (!n.isIntegralNumber() || n.asLong() < 1 || n.asLong() > MAX_EVERY_DAYS) {
                    throw error("every_days", "cli.scenario.wholeRange", n.asText(), "1", Integer.toString(MAX_EVERY_DAYS));
                }
                everyDays = n.asInt();
            }
            return new Scenario(sex, startAge, years, menopause, menopauseAge, constant, courses, baseline, everyDays);
        }

        private TherapyCourse course(JsonNode n, String field, double endAge) throws ScenarioFileException {
            if (!n.isObject()) throw error(field, "cli.scenario.object");
            unknownFields(n, field, THERAPY_FIELDS);
            JsonNode r = n.get("regimen");
            Regimen regimen = Regimen.EP;
            if (r != null) {
                try {
                    regimen = Regimen.fromCode(r.isTextual() ? r.asText() : "");
                } catch (IllegalArgumentException e) {
                    throw error(field + ".regimen", "cli.scenario.regimen", r.asText());
                }
            }
            if (!n.has("start_age")) throw error(field + ".start_age", "cli.scenario.required", "");
            double start = number(n, field, "start_age", 0, MIN_AGE, MAX_AGE, "cli.unit.years");
            double stop = n.has("stop_age") ? number(n, field, "stop_age", 0, MIN_AGE, MAX_AGE, "cli.unit.years")
                    : TherapyCourse.defaultStopAge(start, endAge);
            if (!(stop > start)) {
                throw error(field + ".stop_age", "cli.scenario.stopBeforeStart", InputProblems.number(stop), InputProblems.number(start));
            }
            return new TherapyCourse(regimen, start, stop);
        }

        private HormoneLevels levels(JsonNode n, Scenario.Sex sex) throws ScenarioFileException {
            if (!n.isObject()) throw error("levels", "cli.scenario.object");
            unknownFields(n, "levels", LEVEL_FIELDS);
            for (String f : List.of("p4_ng_ml", "t_ng_dl")) {
                if (!n.has(f)) throw error("levels." + f, "cli.scenario.required", "");
            }
            double p4 = number(n, "levels", "p4_ng_ml", 0, 0, HormoneLevels.MAX_PROGESTERONE_NG_PER_ML, "cli.unit.ngPerMl");
            double t = number(n, "levels", "t_ng_dl", 0, 0, HormoneLevels.MAX_TESTOSTERONE_NG_PER_DL, "cli.unit.ngPerDl");
            if (!n.has("e2_pg_ml") || n.get("e2_pg_ml").isNull()) {
                if (sex != Scenario.Sex.MALE) throw error("levels.e2_pg_ml", "cli.scenario.e2Required");
                return HormoneLevels.maleFromTestosterone(p4, t); // E2 within range for any T in range
            }
            double e2 = number(n, "levels", "e2_pg_ml", 0, 0, HormoneLevels.MAX_ESTRADIOL_PG_PER_ML, "cli.unit.pgPerMl");
            return new HormoneLevels(e2, p4, t);
        }

        private double number(JsonNode parent, String name, double dflt, double min, double max, String unitKey)
                throws ScenarioFileException {
            return number(parent, "", name, dflt, min, max, unitKey);
        }

        private double number(JsonNode parent, String prefix, String name, double dflt, double min, double max,
                              String unitKey) throws ScenarioFileException {
            String field = prefix.isEmpty() ? name : prefix + "." + name;
            JsonNode n = parent.get(name);
            if (n == null) return dflt;
            if (!n.isNumber()) throw error(field, "cli.scenario.number", n.toString());
            double v = n.asDouble();
            if (!(v >= min && v <= max)) {
                throw error(field, "cli.scenario.range", InputProblems.number(v), InputProblems.number(min), InputProblems.number(max), Messages.get(unitKey));
            }
            return v;
        }

        private void unknownFields(JsonNode n, String prefix, Set<String> known) throws ScenarioFileException {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!known.contains(f)) {
                    throw error(prefix.isEmpty() ? f : prefix + "." + f, "cli.scenario.unknownField",
                            String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
    }
}
