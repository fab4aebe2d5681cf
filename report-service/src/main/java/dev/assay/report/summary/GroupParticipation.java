package dev.assay.report.summary;

/**
 * Participation within one UN regional group.
 *
 * @param heard Member States of the group heard from
 * @param of    Member States in the group
 */
public record GroupParticipation(int heard, int of) {
}
