package org.bonebalance.content;

import java.util.Optional;

/**
 * One source: a full citation (kept in its original language, as bibliographies are), where it comes from
 * ({@code seed}: the source article; {@code model}: docs/model.md), an optional link and an optional bundle key of a
 * note (e.g. a corrected citation).
 */
public record Reference(String id, String citation, String origin, Optional<String> url, Optional<String> noteKey) {
    public Reference {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("reference without id");
        if (citation == null || citation.isBlank()) throw new IllegalArgumentException("reference " + id + " has no citation");
        if (!"seed".equals(origin) && !"model".equals(origin) && !"added".equals(origin)) {
            throw new IllegalArgumentException("reference " + id + ": origin must be seed, model or added");
        }
    }
}
