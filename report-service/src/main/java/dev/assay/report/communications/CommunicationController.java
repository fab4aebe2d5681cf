package dev.assay.report.communications;

import dev.assay.contracts.events.CommunicationReviewed;
import dev.assay.contracts.events.CommunicationWithdrawn;
import dev.assay.contracts.events.SubmitterVerified;
import dev.assay.report.web.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * One communication as analysts see it (text, submitter with contact details, attachments' metadata, classification,
 * verification), and what they decide about it: that its submitter is verified, or that it is withdrawn. Every route
 * needs the {@code analyst} role (see {@code SecurityConfiguration}). Nothing here is cached: it holds personal data
 * and changes with every classification, verification or withdrawal.
 * <p>
 * A decision is published as an event and answered {@code 202} once Kafka holds it; the report changes when the
 * projection reads it back, so that a decision counts exactly once however often it is sent or replayed.
 */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationController {

    /** Intake issues UUIDs; anything longer than 64 characters or outside {@code [A-Za-z0-9_-]} is certainly not an id. */
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    static final String ID_MESSAGE = "must be 1 to 64 letters, digits, '-' or '_'";
    static final int MAX_TEXT = 2000;
    private static final String TEXT_MESSAGE = "must be 1 to " + MAX_TEXT + " characters, not only spaces";

    /** @param comment how the submitter was verified (a call to the mission, a letter on file …) */
    record VerificationRequest(@NotBlank(message = TEXT_MESSAGE) @Size(max = MAX_TEXT, message = TEXT_MESSAGE)
                               String comment) {
    }

    /** @param reason why the communication is withdrawn (the submitter's request, by which means) */
    record WithdrawalRequest(String reason) {
    }

    private final CommunicationReader reader;
    private final AnalystDecisions decisions;
    private final AnalystDesk desk;
    private final Clock clock;

    CommunicationController(CommunicationReader reader, AnalystDecisions decisions, AnalystDesk desk, Clock clock) {
        this.reader = reader;
        this.desk = desk;
        this.decisions = decisions;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    ResponseEntity<CommunicationView> communication(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
                                                    String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(desk.communication(id));
    }

    @PostMapping("/{id}/verification")
    ResponseEntity<SubmitterVerified> verify(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
                                             String id,
                                             @Valid @RequestBody VerificationRequest request,
                                             @AuthenticationPrincipal Jwt analyst) {
        reader.require(id);
        SubmitterVerified event = new SubmitterVerified(SubmitterVerified.SCHEMA_VERSION, id, clock.instant(),
                subject(analyst), request.comment());
        decisions.verified(event);
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore()).body(event);
    }

    /**
     * An analyst confirms or corrects what the communication counts under (every value, see {@link ReviewRequest}).
     * Answered once Kafka holds the review; the counts move when the projection reads it.
     */
    @PutMapping("/{id}/review")
    ResponseEntity<CommunicationReviewed> review(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
                                                 String id,
                                                 @RequestBody ReviewRequest request,
                                                 @AuthenticationPrincipal Jwt analyst) {
        CommunicationReviewed event = desk.review(id, request, subject(analyst));
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore()).body(event);
    }

    /** The reason comes in a JSON body ({@code {"reason": …}}) or, for clients that send no body with DELETE, the query. */
    @DeleteMapping("/{id}")
    ResponseEntity<CommunicationWithdrawn> withdraw(@PathVariable @Pattern(regexp = ID_PATTERN, message = ID_MESSAGE)
                                                    String id,
                                                    @RequestBody(required = false) WithdrawalRequest body,
                                                    @RequestParam(name = "reason", required = false) String query,
                                                    @AuthenticationPrincipal Jwt analyst) {
        String reason = body != null && body.reason() != null ? body.reason() : query;
        if (reason == null || reason.isBlank() || reason.length() > MAX_TEXT) {
            throw new InvalidFieldException("reason", TEXT_MESSAGE);
        }
        reader.require(id);
        CommunicationWithdrawn event = new CommunicationWithdrawn(CommunicationWithdrawn.SCHEMA_VERSION, id,
                clock.instant(), subject(analyst), reason);
        decisions.withdrawn(event);
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore()).body(event);
    }

    /** Who decided, as the issuer names them; a client's token without a subject is named by its client id. */
    private static String subject(Jwt token) {
        if (token.getSubject() != null) {
            return token.getSubject();
        }
        String client = token.getClaimAsString("azp") != null ? token.getClaimAsString("azp")
                : token.getClaimAsString("client_id");
        return client != null ? client : "unnamed";
    }
}
