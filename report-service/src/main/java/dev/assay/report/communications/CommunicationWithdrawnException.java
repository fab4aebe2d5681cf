package dev.assay.report.communications;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * The communication was withdrawn: {@code 410 Gone}, for good. The answer says when, not who or why: that is in the
 * audit entry, not in every answer about the id.
 */
class CommunicationWithdrawnException extends ErrorResponseException {

    CommunicationWithdrawnException(String id, Withdrawal withdrawal) {
        super(HttpStatus.GONE, problem(id, withdrawal), null);
    }

    private static ProblemDetail problem(String id, Withdrawal withdrawal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "Communication " + id
                + " was withdrawn at its submitter's request; its text and personal data are deleted.");
        problem.setTitle("Communication withdrawn");
        problem.setInstance(URI.create("/api/v1/communications/" + id));
        problem.setProperty("withdrawnAt", withdrawal.withdrawnAt().toString());
        return problem;
    }
}
