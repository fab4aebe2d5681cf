package dev.assay.classification.engine;

/**
 * A word of a field as one language's analysis sees it.
 *
 * @param surface the word folded (case, accents, marks) but not stemmed
 * @param stem    the word's stem in that language
 * @param altStem another stem the word may have, or null: an Arabic word may carry a one-letter preposition (ب ل ك ف)
 *                that the light stemmer leaves on (لتعزيز is ل + تعزيز)
 * @param start   offset of the word's first character in the field as sent
 * @param end     offset just after its last character
 * @param stop    a function word of the language ("of", "des", "и"), which a phrase may skip
 * @param lookups what each lexicon found under this word's forms, by the lexicon's slot, shared by every occurrence
 *                of the word in every text (the word's analysis is remembered, and so is what it finds); null when
 *                nothing is remembered
 */
record AnalysedWord(String surface, String stem, String altStem, int start, int end, boolean stop, Object[] lookups) {
}
