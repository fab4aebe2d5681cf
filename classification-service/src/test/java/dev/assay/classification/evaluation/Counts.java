package dev.assay.classification.evaluation;

/**
 * True positives, false positives and false negatives, and the precision, recall and F1 they give. An empty
 * denominator reads as 1 (nothing to find and nothing wrongly found is not an error).
 */
record Counts(int tp, int fp, int fn) {

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
        return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    boolean isEmpty() {
        return tp + fp + fn == 0;
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
        return tp + fp + fn == 0 ? 1 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
