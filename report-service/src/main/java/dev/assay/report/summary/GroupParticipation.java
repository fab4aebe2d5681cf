package dev.assay.report.summary;

/**
 * Participation within one group of Member States (a UN regional group, an M49 region, the developing countries, the
 * LDCs, LLDCs or SIDS).
 *
 * @param memberStates         Member States in the group
 * @param heard                of them, heard from on a verified voice
 * @param awaitingVerification of them, those whose communications are all declared, none verified yet
 * @param notYetHeard          of them, those that sent nothing as a Member State or through a focal point
 * @param heardShare           {@code heard / memberStates}, to four decimal places
 */
public record GroupParticipation(int memberStates, int heard, int awaitingVerification, int notYetHeard,
                                 double heardShare) {

    static GroupParticipation of(int memberStates, int heard, int awaitingVerification) {
        return new GroupParticipation(memberStates, heard, awaitingVerification,
                memberStates - heard - awaitingVerification, Shares.of(heard, memberStates));
    }
}
