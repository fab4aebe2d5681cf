/**
 * JMH benchmarks of the classifier and a heap footprint probe; built and run only with the {@code benchmark} Maven
 * profile ({@code ./mvnw -B -pl classification-service -Pbenchmark verify}), never part of the service or its tests.
 */
package dev.assay.classification.benchmark;
