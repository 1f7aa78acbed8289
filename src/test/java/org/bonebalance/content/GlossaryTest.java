package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GlossaryTest {
    /** Every term the Learn area promises, by its English name. */
    static final List<String> ISSUE_TERMS = List.of("bone remodeling", "bone formation", "bone resorption", "bone loss",
            "BMD", "bone density", "fracture risk", "osteoporosis", "estrogen", "estrogen deficiency", "progesterone",
            "RANKL", "OPG", "MHT", "endocrine system", "bone health", "RANK", "osteoclast", "osteoblast", "osteocyte",
            "T-score", "CTX", "P1NP", "aromatization", "TNF-α", "IL-1", "testosterone", "osteoid", "BMU", "ERα",
            "T cell", "apoptosis", "turnover marker");

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void everyIssueTermHasADefinitionAtEachDepthInEachLanguage() {
        Messages.setLocale(Locale.ENGLISH);
        List<String> ids = new ArrayList<>();
        for (String name : ISSUE_TERMS) {
            String id = Glossary.TERM_IDS.stream().filter(t -> Glossary.name(t).equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no glossary term named " + name));
            ids.add(id);
        }
        List<String> problems = new ArrayList<>();
        for (Locale l : Messages.LANGUAGES) {
            Messages.setLocale(l);
            for (String id : ids) {
                for (Depth d : Depth.values()) {
                    String def = Glossary.definition(id, d);
                    if (def.startsWith("!") || def.length() < 20) problems.add(l + " " + id + " " + d + ": '" + def + "'");
                }
                if (Glossary.name(id).startsWith("!")) problems.add(l + " " + id + ": no name");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theThreeDepthsSayDifferentThings() {
        for (String id : Glossary.TERM_IDS) {
            assertNotEquals(Glossary.definition(id, Depth.FUNDAMENTALS), Glossary.definition(id, Depth.INTERMEDIATE), id);
            assertNotEquals(Glossary.definition(id, Depth.INTERMEDIATE), Glossary.definition(id, Depth.ACADEMIC), id);
        }
    }

    @Test
    void spanishIsATranslationNotACopy() {
        Messages.setLocale(Locale.ENGLISH);
        String en = Glossary.definition("osteoclast", Depth.FUNDAMENTALS);
        Messages.setLocale(Locale.forLanguageTag("es"));
        String es = Glossary.definition("osteoclast", Depth.FUNDAMENTALS);
        assertNotEquals(en, es);
        assertTrue(es.contains("hueso"), es);
    }

    @Test
    void everyTermKeyInTheBundleBelongsToAKnownTerm() throws IOException {
        Properties p = new Properties();
        try (var in = getClass().getResourceAsStream("/org/bonebalance/i18n/content.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> stray = new ArrayList<>();
        for (String k : p.stringPropertyNames()) {
            if (!k.startsWith("content.term.")) continue;
            boolean known = Glossary.TERM_IDS.stream().anyMatch(id -> Glossary.SUFFIXES.stream().anyMatch(s -> k.equals(Glossary.key(id, s))));
            if (!known) stray.add(k);
        }
        assertEquals(List.of(), stray);
    }

    @Test
    void searchFindsByNameAliasAndDefinition() {
        Messages.setLocale(Locale.ENGLISH);
        assertTrue(Glossary.search("rankl", Depth.FUNDAMENTALS).contains("rankl"));
        assertTrue(Glossary.search("bone mineral density", Depth.FUNDAMENTALS).contains("bmd"), "alias");
        assertTrue(Glossary.search("decoy", Depth.INTERMEDIATE).contains("opg"), "definition text");
        assertFalse(Glossary.search("decoy", Depth.INTERMEDIATE).contains("osteocyte"));
        assertEquals(Glossary.TERM_IDS.size(), Glossary.search("", Depth.ACADEMIC).size());
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertTrue(Glossary.search("osteoprotegerina", Depth.FUNDAMENTALS).contains("opg"));
    }

    @Test
    void termsNamedLikeTheQueryComeBeforeTermsThatOnlyMentionIt() {
        Messages.setLocale(Locale.ENGLISH);
        List<String> hits = Glossary.search("osteo", Depth.INTERMEDIATE);
        assertEquals(List.of("bone-formation", "opg", "osteoblast", "osteoclast", "osteocyte", "osteoid", "osteoporosis"),
                hits.subList(0, 7), "named (osteogenesis and osteoprotegerin are aliases), by name");
        assertTrue(hits.indexOf("rankl") > 6 && hits.indexOf("bone-remodeling") > 6, "then those that only mention it");
    }

    @Test
    void explanationsExistAtEveryDepth() {
        for (Locale l : Messages.LANGUAGES) {
            Messages.setLocale(l);
            for (String t : Explanations.TOPICS) {
                assertFalse(Explanations.title(t).startsWith("!"), t);
                for (Depth d : Depth.values()) assertTrue(Explanations.text(t, d).length() > 100, l + " " + t + " " + d);
            }
        }
    }
}
