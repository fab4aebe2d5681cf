/**
 * The classifier itself, in plain Java: normalisation with offsets back to the original text, per-language Lucene
 * analysis (ICU folding, Snowball, light and Arabic stemmers) shared by lexicon terms and text, negation and carrier
 * rules, theme scoring with a small trained theme model, the scope rule for mineral fuels, resolution and country
 * recognition, language identification and the near-duplicate signature. Every type here is immutable after
 * construction (apart from memoised word analyses) and safe to share between threads; Spring wiring lives in the
 * sibling packages.
 */
package dev.assay.classification.engine;
