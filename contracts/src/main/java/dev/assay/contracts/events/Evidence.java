package dev.assay.contracts.events;

/**
 * Why a tag was given: the term that matched, where it was found and the text around it.
 *
 * @param field   where it matched: {@code subject}, {@code body}, {@code attachment:<file name>}
 * @param term    the lexicon term or phrase that matched
 * @param start   character offset of the match in that field (inclusive)
 * @param end     character offset of the match in that field (exclusive)
 * @param snippet a short excerpt around the match
 */
public record Evidence(String field, String term, int start, int end, String snippet) {
}
