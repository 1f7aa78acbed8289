package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.bonebalance.model.HormoneLevels;
import org.bonebalance.sim.Preset;
import org.bonebalance.sim.Speed;
import org.junit.jupiter.api.Test;

/**
 * The content layer against its own files, read here independently (java.util.Properties for the bundles,
 * a plain Jackson tree for the evidence and reference lists), and the lesson state rules.
 */
class ContentDetailsTest {
    private static Properties bundle(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = ContentDetailsTest.class.getResourceAsStream("/org/bonebalance/i18n/" + name + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static JsonNode json(String name) throws Exception {
        try (InputStream in = ContentDetailsTest.class.getResourceAsStream("/org/bonebalance/content/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void depthsHaveStableIdsAndNames() {
        assertEquals(List.of("fundamentals", "intermediate", "academic"), List.of(Depth.values()).stream().map(Depth::id).toList());
        assertEquals("depth.academic", Depth.ACADEMIC.nameKey());
        assertEquals(Depth.INTERMEDIATE, Depth.fromId("Intermediate"));
        assertThrows(IllegalArgumentException.class, () -> Depth.fromId("expert"));
    }

    /** The bundle's text, with the model's figures filled in where the text quotes the model (ModelFigures). */
    private static String withFigures(Properties bundle, String key) {
        String pattern = bundle.getProperty(key);
        var args = ModelFigures.ARGS.get(key);
        return args == null ? pattern : new java.text.MessageFormat(pattern, Locale.ENGLISH).format(args.get());
    }

    @Test
    void evidenceCardsAndReferencesAreTheFilesEntries() throws Exception {
        Library fresh = Library.load();
        JsonNode refs = json("references.json"), cards = json("evidence.json");
        assertEquals(refs.size(), fresh.references().size());
        assertEquals(cards.size(), fresh.cards().size());
        Properties en = bundle("content");
        for (JsonNode n : refs) {
            Reference r = fresh.reference(n.get("id").asText()).orElseThrow();
            assertEquals(n.get("citation").asText(), r.citation());
            assertEquals(n.get("origin").asText(), r.origin());
            assertEquals(Optional.ofNullable(n.get("url")).map(JsonNode::asText), r.url());
            assertEquals(Optional.ofNullable(n.get("noteKey")).map(JsonNode::asText), r.noteKey());
        }
        for (JsonNode n : cards) {
            EvidenceCard c = fresh.card(n.get("id").asText()).orElseThrow();
            assertEquals(n.get("strength").asText(), c.strength().id());
            List<String> ids = new ArrayList<>();
            n.get("refs").forEach(x -> ids.add(x.asText()));
            assertEquals(ids, c.referenceIds());
            assertEquals(en.getProperty(c.key("claim")), c.claim());
            assertEquals(en.getProperty(c.key("finding")), c.finding());
            assertEquals(withFigures(en, c.key("size")), c.size());
            assertEquals(en.getProperty(c.key("study")), c.study());
            assertEquals(en.getProperty("content.evidence.strength." + c.strength().id()), c.strengthLabel());
        }
        assertTrue(fresh.reference("no-such").isEmpty());
        assertTrue(fresh.card("no-such").isEmpty());
        assertSame(Library.get(), Library.get(), "loaded once");
    }

    @Test
    void strengthsAreToldByDotsAndIds() {
        assertEquals(List.of(3, 2, 1), List.of(EvidenceCard.Strength.values()).stream().map(EvidenceCard.Strength::dots).toList());
        for (EvidenceCard.Strength s : EvidenceCard.Strength.values()) assertEquals(s, EvidenceCard.Strength.fromId(s.id()));
        assertEquals(List.of("strong", "moderate", "limited"), List.of(EvidenceCard.Strength.values()).stream().map(EvidenceCard.Strength::id).toList());
        assertThrows(IllegalArgumentException.class, () -> EvidenceCard.Strength.fromId("Strong"));
    }

    @Test
    void aReferenceNeedsAnIdACitationAndAKnownOrigin() {
        for (String origin : List.of("seed", "model", "added")) {
            assertDoesNotThrow(() -> new Reference("x", "A. B. Title. 2001.", origin, Optional.empty(), Optional.empty()));
        }
        assertThrows(IllegalArgumentException.class, () -> new Reference(null, "c", "seed", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Reference(" ", "c", "seed", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Reference("x", null, "seed", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Reference("x", "", "seed", Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Reference("x", "c", "web", Optional.empty(), Optional.empty()));
    }

    @Test
    void explanationTitlesAndTextsAreTheBundles() throws Exception {
        Properties en = bundle("content");
        for (String t : Explanations.TOPICS) {
            assertEquals(en.getProperty("content.explain." + t + ".title"), Explanations.title(t));
            for (Depth d : Depth.values()) assertEquals(withFigures(en, "content.explain." + t + "." + d.id()), Explanations.text(t, d));
        }
    }

    @Test
    void messagesFallBackVisiblyAndReadOtherLanguages() throws Exception {
        Properties es = bundle("content_es");
        String key = "content.explain.menopause.title";
        assertTrue(Messages.has(key));
        assertFalse(Messages.has("no.such.key"));
        assertEquals("!no.such.key!", Messages.get("no.such.key"));
        assertEquals("!no.such.key!", Messages.get("no.such.key", 1));
        assertEquals("!no.such.key!", Messages.getIn(Locale.forLanguageTag("es"), "no.such.key"));
        assertEquals(es.getProperty(key), Messages.getIn(Locale.forLanguageTag("es"), key));
        assertEquals(bundle("content").getProperty(key), Messages.getIn(Locale.ENGLISH, key));
        assertEquals("1,234.50", Messages.number(1234.5, 2));
        assertEquals("3", Messages.number(2.6, 0));
        assertEquals("0.1", Messages.number(0.06, 1));
        try {
            Messages.setLocale(Locale.forLanguageTag("es"));
            assertEquals("2,5", Messages.number(2.5, 1));
            assertEquals(es.getProperty(key), Messages.get(key));
        } finally {
            Messages.setLocale(Locale.ENGLISH);
        }
    }

    @Test
    void localTextsComeFromTheBundleOrTheirOwnLanguages() throws Exception {
        String key = "content.explain.men.title";
        LocalText k = LocalText.ofKey(key);
        assertEquals(Messages.get(key), k.text());
        assertEquals(bundle("content_es").getProperty(key), k.textIn(Locale.forLanguageTag("es")));
        assertEquals(Map.of("en", Messages.get(key), "es", bundle("content_es").getProperty(key)), k.resolvedAll());
        LocalText own = LocalText.of(Map.of("fr", "Os", "de", "Knochen"));
        assertEquals("Knochen", own.text(), "no English: the first language by code");
        assertEquals("Os", own.textIn(Locale.FRENCH));
        assertEquals("", LocalText.of(Map.of()).text());
    }

    @Test
    void glossarySearchListsNamesInAlphabeticalOrder() {
        List<String> all = Glossary.search("", Depth.FUNDAMENTALS);
        assertEquals(Glossary.TERM_IDS.size(), all.size());
        Collator c = Collator.getInstance(Locale.ENGLISH);
        for (int i = 0; i + 1 < all.size(); i++) {
            assertTrue(c.compare(Glossary.name(all.get(i)), Glossary.name(all.get(i + 1))) <= 0, all.get(i) + " before " + all.get(i + 1));
        }
        for (String id : Glossary.TERM_IDS) {
            List<String> a = Glossary.aliases(id);
            assertEquals(Glossary.name(id).toLowerCase(Locale.ENGLISH), a.getFirst());
            assertEquals(a.size(), a.stream().distinct().count(), "no alias twice");
            assertTrue(a.stream().noneMatch(String::isBlank));
            assertEquals(Optional.of(id), Glossary.find(id));
        }
        assertEquals(Optional.empty(), Glossary.find("no-such-term"));
    }

    private static Lesson.Step step(boolean reset, Optional<String> preset, Optional<Lesson.Levels> levels,
                                    Optional<Boolean> playing, Optional<String> highlight) {
        return new Lesson.Step(Optional.of("explorer"), preset, levels, reset, 0, Optional.of(Speed.YEAR), playing,
                Optional.of(Depth.ACADEMIC), highlight, LocalText.of(Map.of("en", "n")), Optional.empty(), Optional.empty());
    }

    @Test
    void aLessonStepPromisesWhatTheStepsBeforeItSet() {
        Lesson.Levels onlyE2 = new Lesson.Levels(Optional.of(5.0), Optional.empty(), Optional.empty());
        Lesson l = new Lesson("x", 0, LocalText.of(Map.of("en", "t")), LocalText.of(Map.of()), List.of(
                step(false, Optional.empty(), Optional.empty(), Optional.of(true), Optional.of("#a")),
                step(true, Optional.of("premenopausal"), Optional.empty(), Optional.empty(), Optional.empty()),
                step(false, Optional.empty(), Optional.of(onlyE2), Optional.empty(), Optional.of("#b")),
                step(true, Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty())));
        assertEquals(0, l.anchor(0));
        assertEquals(1, l.anchor(1));
        assertEquals(1, l.anchor(2));
        assertEquals(3, l.anchor(3));
        HormoneLevels start = new HormoneLevels(50, 1, 25);
        Lesson.State s0 = l.stateAt(0, start);
        assertEquals(Optional.empty(), s0.levels(), "no step set them yet");
        assertEquals(Optional.of(true), s0.playing());
        assertEquals(Optional.of("#a"), s0.highlight());
        assertEquals(Optional.of("explorer"), s0.screen());
        assertEquals(Optional.of(Speed.YEAR), s0.speed());
        assertEquals(Optional.of(Depth.ACADEMIC), s0.depth());
        Lesson.State s2 = l.stateAt(2, start);
        HormoneLevels pre = Preset.fromId("premenopausal").levels();
        assertEquals(Optional.of(new HormoneLevels(5, pre.progesteroneNgPerMl(), pre.testosteroneNgPerDl())), s2.levels());
        assertEquals(Optional.of(false), s2.playing(), "a step that does not say plays paused");
        assertEquals(Optional.of("#b"), s2.highlight());
        assertEquals(Optional.empty(), l.stateAt(1, start).highlight(), "a highlight lasts one step");
        assertEquals(new HormoneLevels(5, 1, 25), onlyE2.applyTo(start));
        assertTrue(l.step(-1).isEmpty());
        assertTrue(l.step(4).isEmpty());
        assertTrue(l.step(0).isPresent() && l.step(3).isPresent());
    }
}
