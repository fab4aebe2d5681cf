package dev.assay.contracts.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Objects;

/**
 * One rate-limited endpoint: a method and an exact path within the application, the name its refusals are counted
 * under ({@code assay.rate.limited{endpoint}}), and how a refusal is answered.
 */
public record LimitedEndpoint(String name, String method, String path, RateLimitRejection rejection) {

    public LimitedEndpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rejection, "rejection");
    }

    /** Answered with {@code 429} problem details. */
    public static LimitedEndpoint post(String name, String path) {
        return new LimitedEndpoint(name, "POST", path, RateLimitRejection.PROBLEM);
    }

    public LimitedEndpoint answeredBy(RateLimitRejection rejection) {
        return new LimitedEndpoint(name, method, path, rejection);
    }

    boolean matches(HttpServletRequest request) {
        if (!method.equalsIgnoreCase(request.getMethod())) {
            return false;
        }
        String uri = request.getRequestURI();
        String within = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        // a trailing slash reaches the same handler, so it must not reach it unlimited
        return within.equals(path) || within.equals(path + "/");
    }
}
