/**
 * classification-service: tags each communication by theme, scope, resolution, country, language and region, with
 * evidence for every tag. Features: {@code engine} (the classifier, plain Java), {@code taxonomy} (its data files),
 * {@code stream} (the Kafka function), {@code api} (the dry run).
 */
package dev.assay.classification;
