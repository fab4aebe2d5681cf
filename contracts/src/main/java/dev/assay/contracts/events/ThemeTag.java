package dev.assay.contracts.events;

import dev.assay.contracts.taxonomy.Theme;

import java.util.List;
import java.util.Objects;

/**
 * A theme a communication addresses, with a score in [0,1] and the evidence for it.
 *
 * @param score    how likely the communication is to address the theme: the classifier's calibrated probability
 *                 (of tags given that score, about that share are right), 2 decimals
 * @param evidence the terms that earned it, each naming the passage that carries the theme
 */
public record ThemeTag(Theme id, double score, List<Evidence> evidence) {

    public ThemeTag {
        Objects.requireNonNull(id, "id");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be in [0,1]: " + score);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
