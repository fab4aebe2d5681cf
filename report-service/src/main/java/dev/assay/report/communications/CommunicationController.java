package dev.assay.report.communications;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves one communication with its newest classification. The submitter's name and e-mail address are included only
 * for a request carrying the analysts' key (see {@link ContactDetailsProperties}). The response is never cached: it
 * may hold those contact details, and it changes when the communication is classified again.
 */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationController {

    /** Intake issues UUIDs; anything longer than 64 characters or outside {@code [A-Za-z0-9_-]} is certainly not an id. */
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private static final String BEARER = "Bearer ";

    private final CommunicationReader reader;
    private final ContactDetailsProperties contactDetails;

    CommunicationController(CommunicationReader reader, ContactDetailsProperties contactDetails) {
        this.reader = reader;
        this.contactDetails = contactDetails;
    }

    @GetMapping("/{id}")
    ResponseEntity<CommunicationView> communication(
            @PathVariable @Pattern(regexp = ID_PATTERN, message = "must be 1 to 64 letters, digits, '-' or '_'")
            String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization != null) {
            requireAnalystKey(authorization);
        }
        CommunicationView view = reader.find(id).orElseThrow(() -> new CommunicationNotFoundException(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(authorization != null ? view : view.withoutContactDetails());
    }

    /** An Authorization header must carry the analysts' key: any other value is refused, not quietly ignored. */
    private void requireAnalystKey(String authorization) {
        boolean bearer = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
        if (!bearer || !contactDetails.accepts(authorization.substring(BEARER.length()).strip())) {
            throw new AnalystKeyRejectedException();
        }
    }
}
