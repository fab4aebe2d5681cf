package dev.assay.report.summary;

/**
 * Participation within one UN regional group.
 *
 * @param heard                Member States of the group heard from on a verified voice
 * @param awaitingVerification Member States of the group whose communications are all declared, none verified yet
 * @param of                   Member States in the group
 */
public record GroupParticipation(int heard, int awaitingVerification, int of) {
}
