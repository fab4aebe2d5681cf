package dev.assay.report.communications;

import dev.assay.contracts.topics.Topic;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Kafka did not acknowledge a verification or withdrawal: {@code 503}, nothing changed, the analyst may retry. */
class DecisionNotRecordedException extends ErrorResponseException {

    DecisionNotRecordedException(Topic<?, ?> topic, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        org.slf4j.LoggerFactory.getLogger(DecisionNotRecordedException.class)
                .warn("Kafka did not acknowledge a record on {}: {}", topic.name(), cause.toString());
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The decision could not be recorded now; nothing changed. Try again in a moment.");
        problem.setTitle("Service Unavailable");
        return problem;
    }
}
