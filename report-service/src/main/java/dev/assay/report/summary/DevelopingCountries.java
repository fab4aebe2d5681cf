package dev.assay.report.summary;

/**
 * Whether developing countries take part equitably: their share of the Member States heard from, against their share
 * of all Member States. Equal shares mean they are heard in proportion; a lower share of those heard means they are
 * under-represented so far.
 *
 * @param memberStates          developing countries among the Member States
 * @param heard                 of them, heard from on a verified voice
 * @param shareOfMemberStates   {@code memberStates / all Member States}
 * @param shareOfHeard          {@code heard / all Member States heard}; 0 while none is heard
 */
public record DevelopingCountries(int memberStates, int heard, double shareOfMemberStates, double shareOfHeard) {
}
