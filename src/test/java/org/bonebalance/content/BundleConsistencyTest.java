package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * For every bundle in {@link Messages#BUNDLES}: each key exists in every language of {@link Messages#LANGUAGES}
 * (and no language has extra keys), no key is in two bundles, no value is blank, and every key is used.
 * <p>A key counts as used when it appears as a string literal in {@code src/main/java}, as a word in a
 * resource data file (JSON etc. under {@code src/main/resources}), or starts with one of {@link #DYNAMIC_PREFIXES}.
 */
class BundleConsistencyTest {
    /**
     * Keys built at run time from a prefix and an id. Keep this list explicit and small; each entry names the
     * code that builds the keys. Other tests check the ids behind them (GlossaryTest, LibraryTest).
     */
    static final List<String> DYNAMIC_PREFIXES = List.of(
            "depth.",            // content.Depth.nameKey(): "depth." + id
            "preset.",           // sim.Preset.nameKey()/descriptionKey(): "preset." + id + ".name|.description"
            "menu.view.theme.",  // ui.Theme.nameKey(): "menu.view.theme." + id
            "animation.slider.", // ui.hormones.HormoneControls: "animation.slider." + hormone id
            "animation.phase.",  // ui.cycle.CycleScreen: "animation.phase." + phase id (+ ".doing")
            "animation.switch.state.", // ui.switchview.SwitchScreen: "animation.switch.state." + state id
            "explorer.slider.e2.", "explorer.slider.p4.", "explorer.slider.t.", // HormoneScale.nameKey()/unitKey()/unitSpokenKey()
            "explorer.profile.", // ui.explorer.ReferenceProfile.nameKey(): "explorer.profile." + id
            "explorer.speed.",   // ui.explorer.TimeControlsViewModel.speedName(): "explorer.speed." + speed code
            "explorer.clock.",   // ui.explorer.TimeControlsViewModel: "explorer.clock." + speed code
            "explorer.why.how.", // ui.why.WhyViewModel: "explorer.why.how." + quantity id + "." + depth id
            "explorer.why.target.", // ui.why.WhyViewModel.Target.nameKey(): "explorer.why.target." + target id
            "content.nav.",      // ui.learn.LearnViewModel.sections(): "content.nav." + section id
            "content.term.",     // content.Glossary.key(): "content.term." + term + "." + suffix
            "content.evidence.", // content.EvidenceCard.key(): "content.evidence." + card + "." + suffix
            "content.explain.",  // content.Explanations: "content.explain." + topic + ".title|." + depth
            "content.predict.reading.", "content.predict.value."); // ui.predict.PredictionViewModel: + reading id

    private static final Path MAIN_JAVA = Path.of("src/main/java");
    private static final Path MAIN_RESOURCES = Path.of("src/main/resources");
    /** Bundle base name -> language ("" for the default file) -> properties. */
    private static final Map<String, Map<String, Properties>> bundles = new HashMap<>();

    @BeforeAll
    static void load() {
        for (String base : Messages.BUNDLES) {
            Map<String, Properties> byLang = new HashMap<>();
            Properties def = read(base.replace('.', '/') + ".properties");
            if (def != null) byLang.put("", def);
            for (Locale l : Messages.LANGUAGES) {
                Properties p = l.equals(Locale.ENGLISH) ? def : read(base.replace('.', '/') + "_" + l.getLanguage() + ".properties");
                if (p != null) byLang.put(l.getLanguage(), p);
            }
            if (!byLang.isEmpty()) bundles.put(base, byLang);
        }
    }

    private static Properties read(String resource) {
        try (InputStream in = BundleConsistencyTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theContentBundleExists() {
        assertTrue(bundles.containsKey("org.bonebalance.i18n.content"), "content bundle missing");
        assertTrue(bundles.containsKey("org.bonebalance.i18n.messages"), "messages bundle missing");
    }

    @Test
    void everyKeyExistsInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (var e : bundles.entrySet()) {
            Set<String> all = new TreeSet<>();
            e.getValue().values().forEach(p -> all.addAll(p.stringPropertyNames()));
            for (Locale l : Messages.LANGUAGES) {
                Properties p = e.getValue().get(l.getLanguage());
                if (p == null) {
                    problems.add(e.getKey() + ": no file for language " + l.getLanguage());
                    continue;
                }
                for (String k : all) if (!p.containsKey(k)) problems.add(e.getKey() + " [" + l.getLanguage() + "]: missing " + k);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noValueIsBlankExceptAliasLists() {
        List<String> problems = new ArrayList<>();
        bundles.forEach((base, byLang) -> byLang.forEach((lang, p) -> {
            for (String k : p.stringPropertyNames()) {
                if (p.getProperty(k).isBlank() && !k.endsWith(".aliases")) problems.add(base + " [" + lang + "]: blank " + k);
            }
        }));
        assertEquals(List.of(), problems);
    }

    @Test
    void noKeyIsInTwoBundles() {
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (var e : bundles.entrySet()) {
            Set<String> keys = new HashSet<>();
            e.getValue().values().forEach(p -> keys.addAll(p.stringPropertyNames()));
            for (String k : keys) {
                String before = owner.put(k, e.getKey());
                if (before != null) problems.add(k + " is in " + before + " and " + e.getKey());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noKeyIsUnused() throws IOException {
        Set<String> used = usedWords();
        List<String> unused = new ArrayList<>();
        for (var e : bundles.entrySet()) {
            Set<String> keys = new TreeSet<>();
            e.getValue().values().forEach(p -> keys.addAll(p.stringPropertyNames()));
            for (String k : keys) {
                if (used.contains(k) || DYNAMIC_PREFIXES.stream().anyMatch(k::startsWith)) continue;
                unused.add(e.getKey() + ": " + k);
            }
        }
        assertEquals(List.of(), unused, "keys no code or data file uses (remove them, or use them)");
    }

    @Test
    void theUsageScanSeesLiteralsAndDataFiles() throws IOException {
        Set<String> used = usedWords();
        assertTrue(used.contains("content.glossary.heading"), "a Java string literal");
        assertTrue(used.contains("content.lesson.cycle.s1"), "a key in a lesson JSON file");
        assertFalse(used.contains("content.no.such.key"));
    }

    @Test
    void patternsWithArgumentsHaveNoProseApostrophes() {
        // MessageFormat treats ' as a quote: "don't {0}" loses its apostrophe and quotes the rest. Use ’ or ''.
        // Quoting on purpose ('{' … '}') is fine; an apostrophe between two letters is prose.
        Pattern arg = Pattern.compile("\\{\\d");
        Pattern prose = Pattern.compile("\\p{L}'\\p{L}");
        List<String> problems = new ArrayList<>();
        bundles.forEach((base, byLang) -> byLang.forEach((lang, p) -> {
            for (String k : p.stringPropertyNames()) {
                String v = p.getProperty(k);
                if (arg.matcher(v).find() && prose.matcher(v).find()) problems.add(base + " [" + lang + "]: " + k);
            }
        }));
        assertEquals(List.of(), problems);
    }

    /** Every string literal in the Java sources and every word of the resource data files. */
    static Set<String> usedWords() throws IOException {
        Set<String> words = new HashSet<>();
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) words.add(m.group(1));
            }
        }
        Pattern word = Pattern.compile("[A-Za-z0-9_.\\-]+");
        try (Stream<Path> files = Files.walk(MAIN_RESOURCES)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(json|txt|csv|fxml|xml|md)$")).toList()) {
                Matcher m = word.matcher(Files.readString(f));
                while (m.find()) words.add(m.group());
            }
        }
        return words;
    }
}
