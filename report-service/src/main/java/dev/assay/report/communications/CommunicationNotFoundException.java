package dev.assay.report.communications;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * No communication with this id has been projected. It may simply not be classified yet: intake answers 202 before the
 * classification exists, so clients poll until it appears.
 */
class CommunicationNotFoundException extends ErrorResponseException {

    CommunicationNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No classified communication with id " + id + ". A communication accepted moments ago may not "
                        + "have been classified yet; try again shortly.");
        problem.setTitle("Communication not found");
        problem.setInstance(URI.create("/api/v1/communications/" + id));
        return problem;
    }
}
