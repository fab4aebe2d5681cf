package dev.assay.intake.web;

import dev.assay.contracts.taxonomy.Verification;
import dev.assay.intake.security.Caller;
import dev.assay.intake.security.PartnerIdentity;

/**
 * The one rule for a submitter on the API: a {@code partner} token's type, country and organisation replace whatever
 * the body says (a body that contradicts its token is not refused: the token wins, since it is what the identity
 * provider vouches for), and the submitter is then {@code verified}; the contact person's name and e-mail stay the
 * body's. Without a partner token the submitter is as the body declares it.
 */
final class PartnerSubmitters {

    private PartnerSubmitters() {
    }

    /** The request with the token's identity in place of the body's, for a partner; else the request as sent. */
    static CommunicationRequest fromToken(Caller caller, CommunicationRequest request) {
        if (caller.partner().isEmpty() || request == null) {
            return request;
        }
        PartnerIdentity partner = caller.partner().get();
        CommunicationRequest.SubmitterRequest body = request.submitter();
        return new CommunicationRequest(new CommunicationRequest.SubmitterRequest(partner.type().id(),
                partner.country(), partner.organisation(), body == null ? null : body.name(),
                body == null ? null : body.email()),
                request.subject(), request.body(), request.themes(), request.resolutions());
    }

    /** A partner's validated communication, its submitter marked verified. */
    static ValidCommunication verify(Caller caller, ValidCommunication valid) {
        if (caller.partner().isEmpty()) {
            return valid;
        }
        return new ValidCommunication(valid.submitter().withVerification(Verification.VERIFIED), valid.subject(),
                valid.body(), valid.themes(), valid.resolutions());
    }
}
