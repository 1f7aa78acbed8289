package org.bonebalance.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bonebalance.content.Depth;
import org.bonebalance.content.Lesson;
import org.bonebalance.content.LocalText;
import org.bonebalance.content.Messages;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Speed;
import org.bonebalance.sim.predict.Prediction;
import org.bonebalance.sim.why.Reading;

/**
 * Reads, validates and writes lesson files (JSON; format in docs/lessons-format.md). Reading never half-succeeds:
 * either a whole valid {@link Lesson} comes back, or a {@link LessonFileException} naming the line and field.
 */
public final class LessonFile {
    public static final String FORMAT = "bonebalance-lesson/1";
    /** Built-in lessons, numbered 1–5 in this order. */
    public static final List<String> BUILT_IN = List.of(
            "01-normal-cycle.json", "02-menopause.json", "03-therapy.json", "04-stopping.json", "05-men.json");
    public static final Set<String> SCREENS = Set.of("explorer", "cycle", "switch", "learn", "consult");

    private static final Set<String> LESSON_FIELDS = Set.of("format", "id", "number", "title", "summary", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("screen", "preset", "levels", "reset", "advanceYears",
            "speed", "playing", "depth", "highlight", "narration", "question", "evidence", "explorerPredictions");
    private static final Set<String> LEVEL_FIELDS = Set.of("e2", "p4", "t");
    private static final Set<String> QUESTION_FIELDS = Set.of("prompt", "reading", "years", "choices", "answer", "explanation");
    private static final Set<String> CHOICE_FIELDS = Set.of("text", "from", "to");
    /** Choices a question may offer. */
    public static final int MIN_CHOICES = 2, MAX_CHOICES = 4;
    /** Simulated years a question may play. */
    public static final double MIN_YEARS = 0.1, MAX_YEARS = 40;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LessonFile() {}

    private static volatile List<Lesson> builtIn;

    /** The five built-in lessons, in order (parsed once: their texts are bundle keys, so any language). */
    public static List<Lesson> builtIn() {
        List<Lesson> cached = builtIn;
        if (cached == null) builtIn = cached = parseBuiltIn();
        return cached;
    }

    private static List<Lesson> parseBuiltIn() {
        List<Lesson> out = new ArrayList<>();
        for (String name : BUILT_IN) {
            try (InputStream in = LessonFile.class.getResourceAsStream("/org/bonebalance/content/lessons/" + name)) {
                out.add(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name));
            } catch (IOException | LessonFileException e) {
                throw new IllegalStateException("built-in lesson " + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    /** Resolves the {@code --lesson} argument: a number 1–5, a built-in lesson id, or a lesson file. */
    public static Lesson resolve(String arg) throws LessonFileException {
        List<Lesson> builtIn = builtIn();
        if (arg.matches("\\d+")) {
            int n = Integer.parseInt(arg);
            if (n >= 1 && n <= builtIn.size()) return builtIn.get(n - 1);
            throw new LessonFileException(Messages.get("content.lessonfile.nonumber", arg, builtIn.size()), 0, "");
        }
        for (Lesson l : builtIn) if (l.id().equals(arg)) return l;
        return read(Path.of(arg));
    }

    public static Lesson read(Path file) throws LessonFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LessonFileException(Messages.get("content.lessonfile.unreadable", file, e.getClass().getSimpleName()), 0, "");
        }
        return parse(text, file.getFileName().toString());
    }

    /** Parses and validates a lesson; {@code source} names it in messages (usually the file name). */
    public static Lesson parse(String json, String source) throws LessonFileException {
        Map<String, Integer> lines;
        JsonNode root;
        try {
            lines = lineMap(json);
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String what = e.getOriginalMessage().lines().findFirst().orElse("");
            throw new LessonFileException(Messages.get("content.lessonfile.at", source, line,
                    Messages.get("content.lessonfile.syntax", what)), line, "");
        } catch (IOException e) {
            throw new LessonFileException(Messages.get("content.lessonfile.unreadable", source, e.getMessage()), 0, "");
        }
        return new Validator(source, lines).lesson(root);
    }

    /** Writes the lesson with every text spelled out in every language, atomically (temp file, then move). */
    public static void write(Lesson lesson, Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("id", lesson.id());
        root.set("title", text(lesson.title()));
        // a lesson without a summary is written without one (an empty text would not read back)
        LocalText summary = lesson.summary();
        if (summary.key().isPresent() || !summary.byLanguage().isEmpty()) root.set("summary", text(summary));
        ArrayNode steps = root.putArray("steps");
        for (Lesson.Step s : lesson.steps()) {
            ObjectNode n = steps.addObject();
            s.screen().ifPresent(v -> n.put("screen", v));
            if (s.reset()) n.put("reset", true);
            s.preset().ifPresent(v -> n.put("preset", v));
            s.levels().ifPresent(v -> {
                ObjectNode l = n.putObject("levels");
                v.e2PgPerMl().ifPresent(x -> l.put("e2", x));
                v.p4NgPerMl().ifPresent(x -> l.put("p4", x));
                v.tNgPerDl().ifPresent(x -> l.put("t", x));
            });
            if (s.advanceYears() > 0) n.put("advanceYears", s.advanceYears());
            s.speed().ifPresent(v -> n.put("speed", v.code()));
            s.playing().ifPresent(v -> n.put("playing", v));
            s.depth().ifPresent(v -> n.put("depth", v.id()));
            s.highlight().ifPresent(v -> n.put("highlight", v));
            n.set("narration", text(s.narration()));
            s.question().ifPresent(q -> {
                ObjectNode qn = n.putObject("question");
                qn.set("prompt", text(q.prompt()));
                qn.put("reading", q.prediction().reading().id());
                qn.put("years", q.prediction().years());
                ArrayNode cs = qn.putArray("choices");
                for (int c = 0; c < q.choices().size(); c++) {
                    ObjectNode cn = cs.addObject();
                    cn.set("text", text(q.choices().get(c)));
                    Prediction.Range r = q.prediction().choices().get(c);
                    if (!r.openBelow()) cn.put("from", r.fromPct());
                    if (!r.openAbove()) cn.put("to", r.toPct());
                }
                q.answer().ifPresent(a -> qn.put("answer", a + 1));
                q.explanation().ifPresent(e -> qn.set("explanation", text(e)));
            });
            s.evidence().ifPresent(v -> n.put("evidence", v));
            s.explorerPredictions().ifPresent(v -> n.put("explorerPredictions", v));
        }
        AtomicFiles.write(file, (MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode text(LocalText t) {
        ObjectNode n = MAPPER.createObjectNode();
        t.resolvedAll().forEach(n::put);
        return n;
    }

    /** JSON pointer of every field and value -> its line (a field's by its name), from one streaming pass. */
    private static Map<String, Integer> lineMap(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            return InputProblems.linesByPointer(p, InputProblems.LineOf.NAME);
        }
    }

    /** Walks the tree; every failure names the source, the line and the field. */
    private static final class Validator {
        private final String source;
        private final Map<String, Integer> lines;

        Validator(String source, Map<String, Integer> lines) {
            this.source = source;
            this.lines = lines;
        }

        Lesson lesson(JsonNode root) throws LessonFileException {
            if (!root.isObject()) throw fail("", "", Messages.get("content.lessonfile.type", "lesson", kind("object")));
            fields(root, "", "", LESSON_FIELDS);
            String format = string(root, "format", "/format", true).orElseThrow();
            if (!FORMAT.equals(format)) throw fail("/format", "format", Messages.get("content.lessonfile.oneof", "format", FORMAT, format));
            String id = string(root, "id", "/id", true).orElseThrow();
            if (!id.matches("[a-z0-9][a-z0-9-]*")) throw fail("/id", "id", Messages.get("content.lessonfile.id", id));
            int number = 0;
            if (root.has("number")) number = (int) number(root.get("number"), "/number", "number", 0, 99);
            LocalText title = localText(root.get("title"), "/title", "title", true);
            LocalText summary = root.has("summary") ? localText(root.get("summary"), "/summary", "summary", true) : LocalText.of(Map.of());
            JsonNode steps = root.get("steps");
            if (steps == null) throw fail("", "steps", Messages.get("content.lessonfile.missing", "steps"));
            if (!steps.isArray()) throw fail("/steps", "steps", Messages.get("content.lessonfile.type", "steps", kind("list")));
            if (steps.isEmpty()) throw fail("/steps", "steps", Messages.get("content.lessonfile.nosteps"));
            List<Lesson.Step> out = new ArrayList<>();
            boolean levelsKnown = false;
            for (int i = 0; i < steps.size(); i++) {
                Lesson.Step s = step(steps.get(i), "/steps/" + i, "steps[" + (i + 1) + "]", levelsKnown);
                levelsKnown |= s.preset().isPresent() || s.levels().isPresent();
                out.add(s);
            }
            Lesson lesson = new Lesson(id, number, title, summary, out);
            for (int i = 0; i < out.size(); i++) checkAnswer(lesson, i);
            return lesson;
        }

        /**
         * A stated answer must be what the model does when the step is reached by jumping to it (when that
         * state does not depend on the app); the model's run is the answer shown either way.
         */
        private void checkAnswer(Lesson lesson, int i) throws LessonFileException {
            Optional<Lesson.Question> q = lesson.steps().get(i).question();
            if (q.isEmpty() || q.get().answer().isEmpty()) return;
            Optional<Lesson.Outcome> model = lesson.modelAnswer(i);
            int stated = q.get().answer().get();
            if (model.isEmpty() || model.get().choice() == stated) return;
            String ptr = "/steps/" + i + "/question/answer";
            int c = model.get().choice();
            throw fail(ptr, "steps[" + (i + 1) + "].question.answer", Messages.get("content.lessonfile.answer",
                    c + 1, q.get().choices().get(c).text(), percent(model.get().changePct()), stated + 1,
                    q.get().prediction().years()));
        }

        private static String percent(double pct) {
            return String.format(Messages.locale(), "%+.1f", pct);
        }

        private Lesson.Step step(JsonNode n, String ptr, String name, boolean levelsKnown) throws LessonFileException {
            if (!n.isObject()) throw fail(ptr, name, Messages.get("content.lessonfile.type", name, kind("object")));
            fields(n, ptr, name, STEP_FIELDS);
            Optional<String> screen = string(n, "screen", ptr + "/screen", false);
            if (screen.isPresent() && !SCREENS.contains(screen.get())) {
                throw fail(ptr + "/screen", name + ".screen", Messages.get("content.lessonfile.oneof", "screen", String.join(", ", sorted(SCREENS)), screen.get()));
            }
            Optional<String> preset = string(n, "preset", ptr + "/preset", false);
            if (preset.isPresent()) {
                try {
                    Preset.fromId(preset.get());
                } catch (IllegalArgumentException e) {
                    List<String> ids = new ArrayList<>();
                    for (Preset p : Preset.values()) ids.add(p.id());
                    throw fail(ptr + "/preset", name + ".preset", Messages.get("content.lessonfile.oneof", "preset", String.join(", ", ids), preset.get()));
                }
            }
            Optional<Lesson.Levels> levels = Optional.empty();
            if (n.has("levels")) {
                JsonNode l = n.get("levels");
                String lp = ptr + "/levels", ln = name + ".levels";
                if (!l.isObject()) throw fail(lp, ln, Messages.get("content.lessonfile.type", ln, kind("object")));
                fields(l, lp, ln, LEVEL_FIELDS);
                Optional<Double> e2 = optNumber(l, "e2", lp, ln, 0, 5000), p4 = optNumber(l, "p4", lp, ln, 0, 100),
                        t = optNumber(l, "t", lp, ln, 0, 2000);
                boolean complete = e2.isPresent() && p4.isPresent() && t.isPresent();
                if (!complete && !levelsKnown && preset.isEmpty()) {
                    throw fail(lp, ln, Messages.get("content.lessonfile.levels"));
                }
                levels = Optional.of(new Lesson.Levels(e2, p4, t));
            }
            boolean reset = bool(n, "reset", ptr, name).orElse(false);
            double advance = n.has("advanceYears") ? number(n.get("advanceYears"), ptr + "/advanceYears", name + ".advanceYears", 0, 40) : 0;
            Optional<Speed> speed = Optional.empty();
            Optional<String> sp = string(n, "speed", ptr + "/speed", false);
            if (sp.isPresent()) {
                try {
                    speed = Optional.of(Speed.fromCode(sp.get()));
                } catch (IllegalArgumentException e) {
                    throw fail(ptr + "/speed", name + ".speed", Messages.get("content.lessonfile.oneof", "speed", "1m, 1y, 5y", sp.get()));
                }
            }
            Optional<Boolean> playing = bool(n, "playing", ptr, name);
            Optional<Depth> depth = Optional.empty();
            Optional<String> dp = string(n, "depth", ptr + "/depth", false);
            if (dp.isPresent()) {
                try {
                    depth = Optional.of(Depth.fromId(dp.get()));
                } catch (IllegalArgumentException e) {
                    throw fail(ptr + "/depth", name + ".depth", Messages.get("content.lessonfile.oneof", "depth", "fundamentals, intermediate, academic", dp.get()));
                }
            }
            Optional<String> highlight = string(n, "highlight", ptr + "/highlight", false);
            if (highlight.isPresent() && !highlight.get().matches("#[A-Za-z][A-Za-z0-9_-]*")) {
                throw fail(ptr + "/highlight", name + ".highlight", Messages.get("content.lessonfile.highlight", highlight.get()));
            }
            LocalText narration = localText(n.get("narration"), ptr + "/narration", name + ".narration", true);
            Optional<Lesson.Question> question = Optional.empty();
            if (n.has("question")) question = Optional.of(question(n.get("question"), ptr + "/question", name + ".question"));
            Optional<String> evidence = string(n, "evidence", ptr + "/evidence", false);
            if (evidence.isPresent() && org.bonebalance.content.Library.get().card(evidence.get()).isEmpty()) {
                throw fail(ptr + "/evidence", name + ".evidence", Messages.get("content.lessonfile.evidence", evidence.get()));
            }
            Optional<Boolean> explorerPredictions = bool(n, "explorerPredictions", ptr, name);
            return new Lesson.Step(screen, preset, levels, reset, advance, speed, playing, depth, highlight, narration,
                    question, evidence, explorerPredictions);
        }

        private Lesson.Question question(JsonNode q, String ptr, String name) throws LessonFileException {
            if (!q.isObject()) throw fail(ptr, name, Messages.get("content.lessonfile.type", name, kind("object")));
            fields(q, ptr, name, QUESTION_FIELDS);
            if (!q.has("reading") && q.path("choices").path(0).isTextual()) {
                // the form before predictions were checked against the model: say how to bring it up to date
                throw fail(ptr, name, Messages.get("content.lessonfile.oldquestion"));
            }
            LocalText prompt = localText(q.get("prompt"), ptr + "/prompt", name + ".prompt", true);
            String readingId = string(q, "reading", ptr + "/reading", false)
                    .orElseThrow(() -> fail(ptr, name + ".reading", Messages.get("content.lessonfile.missing", name + ".reading")));
            List<String> readings = java.util.Arrays.stream(Reading.values()).map(Reading::id).toList();
            Reading reading = Reading.byId(readingId).orElseThrow(() -> fail(ptr + "/reading", name + ".reading",
                    Messages.get("content.lessonfile.oneof", "reading", String.join(", ", readings), readingId)));
            if (!q.has("years")) throw fail(ptr, name + ".years", Messages.get("content.lessonfile.missing", name + ".years"));
            double years = number(q.get("years"), ptr + "/years", name + ".years", MIN_YEARS, MAX_YEARS);
            JsonNode cs = q.get("choices");
            if (cs == null) throw fail(ptr, name + ".choices", Messages.get("content.lessonfile.missing", name + ".choices"));
            if (!cs.isArray() || cs.size() < MIN_CHOICES || cs.size() > MAX_CHOICES) {
                throw fail(ptr + "/choices", name + ".choices", Messages.get("content.lessonfile.choices", MIN_CHOICES, MAX_CHOICES));
            }
            List<LocalText> choices = new ArrayList<>();
            List<Prediction.Range> ranges = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                String cp = ptr + "/choices/" + i, cn = name + ".choices[" + (i + 1) + "]";
                JsonNode c = cs.get(i);
                if (!c.isObject()) throw fail(cp, cn, Messages.get("content.lessonfile.choice"));
                fields(c, cp, cn, CHOICE_FIELDS);
                choices.add(localText(c.get("text"), cp + "/text", cn + ".text", true));
                double from = optNumber(c, "from", cp, cn, -100, 1000).orElse(Double.NEGATIVE_INFINITY);
                double to = optNumber(c, "to", cp, cn, -100, 1000).orElse(Double.POSITIVE_INFINITY);
                if (!(from < to)) {
                    throw fail(cp + "/to", cn + ".to", Messages.get("content.lessonfile.rangeorder",
                            InputProblems.number(to), InputProblems.number(from)));
                }
                ranges.add(new Prediction.Range(from, to));
            }
            coverage(ranges, ptr + "/choices", name + ".choices");
            Optional<Integer> answer = q.has("answer")
                    ? Optional.of((int) number(q.get("answer"), ptr + "/answer", name + ".answer", 1, choices.size()) - 1)
                    : Optional.empty();
            Optional<LocalText> explanation = q.has("explanation")
                    ? Optional.of(localText(q.get("explanation"), ptr + "/explanation", name + ".explanation", true))
                    : Optional.empty();
            return new Lesson.Question(prompt, choices, new Prediction(reading, years, ranges), answer, explanation);
        }

        /**
         * The choices' ranges must cover every change exactly once: one without "from" (the lowest), one without
         * "to" (the highest), and each other starting where another ends. A mistake names the choice to mend.
         */
        private void coverage(List<Prediction.Range> ranges, String ptr, String name) throws LessonFileException {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < ranges.size(); i++) order.add(i);
            order.sort(java.util.Comparator.comparingDouble(i -> ranges.get(i).fromPct()));
            int lowest = order.getFirst();
            if (!ranges.get(lowest).openBelow()) {
                throw fail(ptr + "/" + lowest + "/from", name + "[" + (lowest + 1) + "].from", Messages.get(
                        "content.lessonfile.gap.below", InputProblems.number(ranges.get(lowest).fromPct())));
            }
            for (int k = 1; k < order.size(); k++) {
                int prev = order.get(k - 1), here = order.get(k);
                double ends = ranges.get(prev).toPct(), starts = ranges.get(here).fromPct();
                if (starts != ends) {
                    throw fail(ptr + "/" + here + "/from", name + "[" + (here + 1) + "].from",
                            Messages.get("content.lessonfile.gap", here + 1, prev + 1, bound(ends), bound(starts)));
                }
            }
            int highest = order.getLast();
            if (!ranges.get(highest).openAbove()) {
                throw fail(ptr + "/" + highest + "/to", name + "[" + (highest + 1) + "].to", Messages.get(
                        "content.lessonfile.gap.above", InputProblems.number(ranges.get(highest).toPct())));
            }
        }

        private static String bound(double pct) {
            return Double.isInfinite(pct) ? Messages.get("content.lessonfile.open") : InputProblems.number(pct) + " %";
        }

        private void fields(JsonNode n, String ptr, String name, Set<String> allowed) throws LessonFileException {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    String where = name.isEmpty() ? f : name + "." + f;
                    throw fail(ptr + "/" + f, where, Messages.get("content.lessonfile.unknown", f, String.join(", ", sorted(allowed))));
                }
            }
        }

        private Optional<String> string(JsonNode parent, String field, String ptr, boolean required) throws LessonFileException {
            JsonNode v = parent.get(field);
            if (v == null) {
                if (required) throw fail(ptr.substring(0, ptr.lastIndexOf('/')), field, Messages.get("content.lessonfile.missing", field));
                return Optional.empty();
            }
            if (!v.isTextual()) throw fail(ptr, field, Messages.get("content.lessonfile.type", field, kind("text")));
            return Optional.of(v.asText());
        }

        private Optional<Boolean> bool(JsonNode parent, String field, String ptr, String name) throws LessonFileException {
            JsonNode v = parent.get(field);
            if (v == null) return Optional.empty();
            if (!v.isBoolean()) throw fail(ptr + "/" + field, name + "." + field, Messages.get("content.lessonfile.type", field, kind("boolean")));
            return Optional.of(v.asBoolean());
        }

        private Optional<Double> optNumber(JsonNode parent, String field, String ptr, String name, double min, double max) throws LessonFileException {
            JsonNode v = parent.get(field);
            return v == null ? Optional.empty() : Optional.of(number(v, ptr + "/" + field, name + "." + field, min, max));
        }

        private double number(JsonNode v, String ptr, String name, double min, double max) throws LessonFileException {
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            if (!v.isNumber()) throw fail(ptr, name, Messages.get("content.lessonfile.type", shortName, kind("number")));
            double d = v.asDouble();
            if (!(d >= min && d <= max)) {
                throw fail(ptr, name, Messages.get("content.lessonfile.range", shortName, InputProblems.number(min), InputProblems.number(max), v.asText()));
            }
            return d;
        }

        private LocalText localText(JsonNode v, String ptr, String name, boolean required) throws LessonFileException {
            if (v == null) {
                throw fail(ptr.substring(0, ptr.lastIndexOf('/')), name, Messages.get("content.lessonfile.missing", name));
            }
            if (v.isTextual()) {
                String s = v.asText();
                if (s.startsWith("@")) {
                    String key = s.substring(1);
                    if (!Messages.has(key)) throw fail(ptr, name, Messages.get("content.lessonfile.key", key));
                    return LocalText.ofKey(key);
                }
                if (s.isBlank()) throw fail(ptr, name, Messages.get("content.lessonfile.blank", name));
                return LocalText.of(Map.of("en", s));
            }
            if (v.isObject() && !v.isEmpty()) {
                Map<String, String> m = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> e : v.properties()) {
                    if (!e.getKey().matches("[a-z]{2}")) {
                        throw fail(ptr + "/" + e.getKey(), name + "." + e.getKey(), Messages.get("content.lessonfile.language", e.getKey()));
                    }
                    if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                        throw fail(ptr + "/" + e.getKey(), name + "." + e.getKey(), Messages.get("content.lessonfile.blank", name + "." + e.getKey()));
                    }
                    m.put(e.getKey(), e.getValue().asText());
                }
                return LocalText.of(m);
            }
            throw fail(ptr, name, Messages.get("content.lessonfile.type", name, kind("text")));
        }

        private static String kind(String k) {
            return switch (k) {
                case "object" -> Messages.get("content.lessonfile.kind.object");
                case "list" -> Messages.get("content.lessonfile.kind.list");
                case "number" -> Messages.get("content.lessonfile.kind.number");
                case "boolean" -> Messages.get("content.lessonfile.kind.boolean");
                default -> Messages.get("content.lessonfile.kind.text");
            };
        }

        private LessonFileException fail(String ptr, String field, String problem) {
            int line = lineOf(ptr);
            String where = field.isEmpty() ? problem : field + ": " + problem;
            return new LessonFileException(Messages.get("content.lessonfile.at", source, line, where), line, field);
        }

        private int lineOf(String ptr) {
            int line = InputProblems.closestLine(lines, ptr, p -> p.substring(0, p.lastIndexOf('/')));
            return line > 0 ? line : 1;
        }

        private static List<String> sorted(Set<String> s) { return s.stream().sorted().toList(); }
    }
}
