package dev.assay.classification.engine;

/** A word of folded text, with its offsets in the folded text. */
record Token(String text, int start, int end) {
}
