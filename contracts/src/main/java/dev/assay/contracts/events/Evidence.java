package dev.assay.contracts.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why a tag was given: the term that matched, where it was found and the text around it.
 *
 * @param field   where it matched: {@code subject}, {@code body}, {@code attachment:<file name>}
 * @param term    the lexicon term or phrase that matched
 * @param start   character offset of the match in that field (inclusive)
 * @param end     character offset of the match in that field (exclusive)
 * @param snippet a short excerpt around the match
 * @param passage for a theme, the passage of the field that carries it, which holds the match; absent for mentions
 *                of resolutions and countries, and in events written before passages existed
 */
public record Evidence(String field, String term, int start, int end, String snippet,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Passage passage) {

    /** Evidence outside any passage: a mention of a resolution or a country. */
    public Evidence(String field, String term, int start, int end, String snippet) {
        this(field, term, start, end, snippet, null);
    }

    /** This evidence, as held by the given passage of its field. */
    public Evidence in(Passage passage) {
        return new Evidence(field, term, start, end, snippet, passage);
    }
}
