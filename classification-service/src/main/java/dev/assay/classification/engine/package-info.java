/**
 * The classifier itself, in plain Java: normalisation with offsets back to the original text, lexicon matching
 * tolerant of inflections in the six UN languages, theme scoring, the scope rule for mineral fuels, resolution and
 * country recognition, language identification and the near-duplicate signature. Every type here is immutable after
 * construction and safe to share between threads; Spring wiring lives in the sibling packages.
 */
package dev.assay.classification.engine;
