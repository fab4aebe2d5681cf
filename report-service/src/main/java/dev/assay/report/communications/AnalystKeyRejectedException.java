package dev.assay.report.communications;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An {@code Authorization} header was sent but does not carry the analysts' key. Answered 401 rather than with the
 * communication minus its contact details, so that an analyst with a mistyped key learns it at once.
 */
class AnalystKeyRejectedException extends ErrorResponseException {

    AnalystKeyRejectedException() {
        super(HttpStatus.UNAUTHORIZED, problem(), null);
        getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"assay-report\"");
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The Authorization header does not carry the analysts' key. Send 'Authorization: Bearer <key>' with "
                        + "the key the service was configured with, or no Authorization header to see the "
                        + "communication without the submitter's contact details.");
        problem.setTitle("Unauthorized");
        return problem;
    }
}
