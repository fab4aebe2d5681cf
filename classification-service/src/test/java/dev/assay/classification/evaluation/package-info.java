/**
 * Measures the classifier against the labelled development set ({@code src/test/resources/devset}): per-theme
 * precision, recall and F1, macro-F1 overall and per language, out-of-scope errors, resolution and country accuracy,
 * on a tuning part, a held-out part and the whole set. {@code DevSetEvaluation} prints the report
 * ({@code ./mvnw -B -pl classification-service -Pevaluate verify}); {@code DevSetGoalsTest} holds the goals.
 */
package dev.assay.classification.evaluation;
