package org.bonebalance.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LibraryTest {
    /** First authors (or publishers) of every reference in the seed article and in docs/model.md §11. */
    static final List<String> REQUIRED = List.of("Castelo-Branco", "Bord", "Gambacciani", "Riggs", "Cenci", "Khosla",
            "Mayo Clinic", "Healthline", "Vinogradova", "Eastell", "Pivonka P", "Scheiner", "Martínez-Reina", "Lemaire",
            "Greendale", "Recker", "Looker AC, Wahner", "Wells", "Abdi", "Prior", "Marshall", "Looker AC, et al.",
            "Ettinger", "Cummings", "Falahati-Nini", "Travison", "Cauley");

    @AfterEach
    void english() { Messages.setLocale(Locale.ENGLISH); }

    @Test
    void everyCardCitesAReferenceThatExists() {
        Set<String> refs = Library.get().references().stream().map(Reference::id).collect(Collectors.toSet());
        assertFalse(Library.get().cards().isEmpty());
        for (EvidenceCard c : Library.get().cards()) {
            assertFalse(c.referenceIds().isEmpty(), c.id());
            for (String r : c.referenceIds()) assertTrue(refs.contains(r), c.id() + " cites unknown " + r);
        }
    }

    @Test
    void everyReferenceOfTheSeedAndModelIsListed() {
        List<String> missing = new ArrayList<>();
        for (String who : REQUIRED) {
            if (Library.get().references().stream().noneMatch(r -> r.citation().startsWith(who))) missing.add(who);
        }
        assertEquals(List.of(), missing);
        assertEquals(10, Library.get().references().stream().filter(r -> r.origin().equals("seed")).count());
    }

    @Test
    void everyReferenceIsCitedByACard() {
        Set<String> cited = Library.get().cards().stream().flatMap(c -> c.referenceIds().stream()).collect(Collectors.toSet());
        List<String> uncited = Library.get().references().stream().map(Reference::id).filter(id -> !cited.contains(id)).toList();
        assertEquals(List.of(), uncited);
    }

    @Test
    void theClaimsOfTheIssueHaveCards() {
        for (String id : List.of("estrogen-rankl-opg", "bmd-gain", "turnover-markers", "fracture-reduction",
                "loss-after-stopping", "surgical-vs-spontaneous", "past-users-later", "progesterone", "men-aromatization")) {
            assertTrue(Library.get().card(id).isPresent(), id);
        }
        assertTrue(Library.get().card("fracture-reduction").orElseThrow().referenceIds().contains("cauley2003"));
        assertTrue(Library.get().card("past-users-later").orElseThrow().referenceIds().contains("vinogradova2025"));
        assertEquals(EvidenceCard.Strength.STRONG, Library.get().card("fracture-reduction").orElseThrow().strength());
        assertEquals(EvidenceCard.Strength.LIMITED, Library.get().card("estrogen-rankl-opg").orElseThrow().strength());
    }

    @Test
    void everyCardHasItsTextInEveryLanguage() {
        for (Locale l : Messages.LANGUAGES) {
            Messages.setLocale(l);
            for (EvidenceCard c : Library.get().cards()) {
                for (String s : EvidenceCard.SUFFIXES) {
                    String t = Messages.get(c.key(s));
                    assertFalse(t.startsWith("!"), l + " " + c.key(s));
                }
                assertFalse(c.strengthLabel().startsWith("!"));
            }
        }
    }

    @Test
    void everyCardIsShownUnderAnExplanationAndEveryLinkedCardExists() {
        Set<String> linked = Explanations.EVIDENCE.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        for (EvidenceCard c : Library.get().cards()) assertTrue(linked.contains(c.id()), c.id() + " is not reachable");
        for (String id : linked) assertTrue(Library.get().card(id).isPresent(), id);
        assertEquals(Set.copyOf(Explanations.TOPICS), Explanations.EVIDENCE.keySet());
    }

    @Test
    void referenceNotesExist() {
        for (Reference r : Library.get().references()) r.noteKey().ifPresent(k -> assertTrue(Messages.has(k), k));
    }
}
