/**
 * classification-service: tags each communication by theme, scope, resolution, country, language and region, with
 * evidence for every tag. Features: {@code engine} (the classifier, plain Java), {@code taxonomy} (its data files),
 * {@code stream} (the Kafka function), {@code kafka} (its own clients and its topics at start-up), {@code api} (the
 * dry run), {@code commands} (operator commands run from the jar).
 */
package dev.assay.classification;
