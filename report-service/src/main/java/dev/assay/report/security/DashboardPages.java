package dev.assay.report.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a dashboard template from inside the security filter chain, where no controller runs: the 403 and 503
 * pages of the sign-in. The page gets the {@link Viewer} like every dashboard page, so it can offer to sign out.
 */
final class DashboardPages {

    static final String FORBIDDEN = "dashboard/forbidden";
    static final String SIGN_IN_UNAVAILABLE = "dashboard/sign-in-unavailable";

    private static final Logger log = LoggerFactory.getLogger(DashboardPages.class);

    private final ViewResolver views;

    DashboardPages(ViewResolver views) {
        this.views = views;
    }

    void render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String template,
                Map<String, Object> model) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        try {
            View view = views.resolveViewName(template, request.getLocale());
            if (view == null) {
                throw new IllegalStateException("no template " + template);
            }
            response.setStatus(status.value());
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            Map<String, Object> withViewer = new HashMap<>(model);
            withViewer.put(Viewer.ATTRIBUTE, Viewer.of(SecurityContextHolder.getContext().getAuthentication()));
            view.render(withViewer, request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // a broken template must not turn a 403 or 503 into a stack trace: the status alone still says it
            log.error("Cannot render {}", template, e);
            response.sendError(status.value(), status.getReasonPhrase());
        }
    }
}
