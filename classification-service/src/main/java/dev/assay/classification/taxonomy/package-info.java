/**
 * The classifier's data files (theme and scope lexicon, resolution catalogue, country aliases): reading and
 * checking them, and building the one shared {@code CommunicationClassifier} from them at start-up. A data file that
 * does not read or fails a check stops the service from starting rather than classifying with a broken lexicon.
 */
package dev.assay.classification.taxonomy;
