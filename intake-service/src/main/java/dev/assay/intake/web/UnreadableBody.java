package dev.assay.intake.web;

import dev.assay.contracts.web.FieldViolation;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explains why a request body could not be read: a value of the wrong JSON type becomes a field error on its
 * path; broken JSON is reported with its line and column.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /** A field error when the JSON was well formed but a value had the wrong shape; empty otherwise. */
    static Optional<List<FieldViolation>> describe(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String message = mismatch instanceof UnrecognizedPropertyException
                    ? "is not a known field"
                    : "must be " + jsonTypeOf(mismatch.getTargetType());
            return Optional.of(List.of(new FieldViolation(path(mismatch.getPath()), message)));
        }
        return Optional.empty();
    }

    /** The detail for a body that is missing, is not JSON, or is JSON but not an object. */
    static String explain(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof StreamReadException broken) {
            return "The request body is not valid JSON: " + broken.getOriginalMessage() + where(broken) + ".";
        }
        if (cause instanceof JacksonException mismatch) {
            return "The request body must be a single JSON object: " + mismatch.getOriginalMessage()
                    + where(mismatch) + ".";
        }
        if (cause == null) {
            return "The request body is missing.";
        }
        return "The request body could not be read.";
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
        }
        return path.toString();
    }

    private static String jsonTypeOf(Class<?> target) {
        if (target == null) {
            return "of another JSON type";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a JSON string";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a JSON array";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a JSON number";
        }
        if (Map.class.isAssignableFrom(target) || target.isRecord()) {
            return "a JSON object";
        }
        return "of another JSON type";
    }
}
