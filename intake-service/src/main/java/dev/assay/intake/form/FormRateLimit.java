package dev.assay.intake.form;

import dev.assay.contracts.web.RateLimitRejection;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.IOException;

/**
 * The form over its rate limit: a browser gets the form page again (status {@code 429}, {@code Retry-After}) with a
 * message in its interface language saying when to try again, rendered by the form's own GET handler; any other
 * client gets the problem details every limited endpoint answers.
 */
final class FormRateLimit implements RateLimitRejection {

    /** The request attribute the form page reads: seconds until the client may send again. */
    static final String RETRY_AFTER_ATTRIBUTE = "dev.assay.intake.form.FormRateLimit.retryAfterSeconds";

    @Override
    public void reject(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException, ServletException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || !accept.contains(MediaType.TEXT_HTML_VALUE)) {
            RateLimitRejection.PROBLEM.reject(request, response, retryAfterSeconds);
            return;
        }
        request.setAttribute(RETRY_AFTER_ATTRIBUTE, retryAfterSeconds);
        // the form page is the GET of the same path; nothing of the refused post is read or kept
        request.getRequestDispatcher(SubmissionFormController.FORM_PATH).forward(asGet(request), response);
    }

    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }
}
