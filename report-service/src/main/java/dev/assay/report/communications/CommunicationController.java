package dev.assay.report.communications;

import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves one communication with its newest classification. The response is never cached: it holds the submitter's
 * contact details and changes when the communication is classified again.
 */
@RestController
@RequestMapping("/api/v1/communications")
class CommunicationController {

    /** Intake issues UUIDs; anything longer than 64 characters or outside {@code [A-Za-z0-9_-]} is certainly not an id. */
    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    private final CommunicationReader reader;

    CommunicationController(CommunicationReader reader) {
        this.reader = reader;
    }

    @GetMapping("/{id}")
    ResponseEntity<CommunicationView> communication(
            @PathVariable @Pattern(regexp = ID_PATTERN, message = "must be 1 to 64 letters, digits, '-' or '_'")
            String id) {
        CommunicationView view = reader.find(id).orElseThrow(() -> new CommunicationNotFoundException(id));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view);
    }
}
