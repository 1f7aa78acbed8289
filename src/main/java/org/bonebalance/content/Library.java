package org.bonebalance.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence cards and references, loaded once from {@code org/bonebalance/content/evidence.json} and
 * {@code references.json}. A card that cites an unknown reference fails loading (and a test).
 */
public final class Library {
    private static final String BASE = "/org/bonebalance/content/";
    private static volatile Library instance;

    private final Map<String, Reference> references;
    private final Map<String, EvidenceCard> cards;

    private Library(Map<String, Reference> references, Map<String, EvidenceCard> cards) {
        this.references = references;
        this.cards = cards;
    }

    public static Library get() {
        Library l = instance;
        if (l == null) {
            l = load();
            instance = l;
        }
        return l;
    }

    public List<Reference> references() { return List.copyOf(references.values()); }

    public Optional<Reference> reference(String id) { return Optional.ofNullable(references.get(id)); }

    public List<EvidenceCard> cards() { return List.copyOf(cards.values()); }

    public Optional<EvidenceCard> card(String id) { return Optional.ofNullable(cards.get(id)); }

    /** Reads both files afresh (get() keeps the result; tests read them again). */
    static Library load() {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Reference> refs = new LinkedHashMap<>();
        for (JsonNode n : read(mapper, "references.json")) {
            Reference r = new Reference(text(n, "id"), text(n, "citation"), text(n, "origin"),
                    Optional.ofNullable(n.get("url")).map(JsonNode::asText),
                    Optional.ofNullable(n.get("noteKey")).map(JsonNode::asText));
            if (refs.put(r.id(), r) != null) throw new IllegalStateException("duplicate reference " + r.id());
        }
        Map<String, EvidenceCard> cards = new LinkedHashMap<>();
        for (JsonNode n : read(mapper, "evidence.json")) {
            List<String> ids = new ArrayList<>();
            n.path("refs").forEach(x -> ids.add(x.asText()));
            EvidenceCard c = new EvidenceCard(text(n, "id"), EvidenceCard.Strength.fromId(text(n, "strength")), ids);
            for (String id : ids) {
                if (!refs.containsKey(id)) throw new IllegalStateException("evidence " + c.id() + " cites unknown reference " + id);
            }
            if (ids.isEmpty()) throw new IllegalStateException("evidence " + c.id() + " cites nothing");
            if (cards.put(c.id(), c) != null) throw new IllegalStateException("duplicate evidence card " + c.id());
        }
        return new Library(refs, cards);
    }

    private static JsonNode read(ObjectMapper mapper, String name) {
        try (InputStream in = Library.class.getResourceAsStream(BASE + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) throw new IllegalStateException("entry without text field '" + field + "': " + n);
        return v.asText();
    }
}
