package dev.assay.report.communications;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Kafka did not acknowledge a verification or withdrawal: {@code 503}, nothing changed, the analyst may retry. */
class DecisionNotRecordedException extends ErrorResponseException {

    DecisionNotRecordedException(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The decision could not be recorded now; nothing changed. Try again in a moment.");
        problem.setTitle("Service Unavailable");
        return problem;
    }
}
