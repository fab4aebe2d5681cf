package dev.assay.intake.web;

import dev.assay.contracts.web.FieldViolation;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.submission.FileLimits;
import dev.assay.intake.submission.SubmissionTooLargeException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code multipart/form-data} request: one {@code communication} part holding the same JSON as the JSON body
 * (with or without a Content-Type of its own, at most {@code max-request-bytes}), and up to {@code max-files}
 * {@code attachments} parts. Sizes are checked from the parts as parsed; the files are handed on as the parts
 * themselves, never read into memory here.
 */
record MultipartCommunication(CommunicationRequest request, List<IncomingFile> files) {

    static final String COMMUNICATION = "communication";
    static final String ATTACHMENTS = "attachments";

    static MultipartCommunication read(HttpServletRequest http, JsonMapper json, AttachmentProperties limits,
                                       long maxCommunicationBytes) throws IOException {
        Part communication = null;
        List<Part> attachments = new ArrayList<>();
        for (Part part : parts(http)) {
            if (COMMUNICATION.equals(part.getName()) && communication == null) {
                communication = part;
            } else if (ATTACHMENTS.equals(part.getName()) && !isEmptyFileField(part)) {
                attachments.add(part);
            }
        }
        if (communication == null) {
            throw new InvalidCommunicationException(List.of(new FieldViolation(COMMUNICATION,
                    "is required: a part named communication holding the communication as JSON", "required")));
        }
        if (communication.getSize() > maxCommunicationBytes) {
            // the same limit as a JSON body: the multipart allowance is for files, not for a larger communication
            throw new SubmissionTooLargeException(COMMUNICATION, "is " + communication.getSize()
                    + " bytes; the communication may be at most " + maxCommunicationBytes + " bytes");
        }
        CommunicationRequest request = parse(communication, json, http);
        checkSizes(attachments, limits);
        List<IncomingFile> files = new ArrayList<>();
        for (Part part : attachments) {
            // the container keeps the part (on disk past the in-memory threshold); readers stream it from there
            files.add(new IncomingFile(part.getSubmittedFileName(), part.getSize(), part::getInputStream));
        }
        return new MultipartCommunication(request, List.copyOf(files));
    }

    private static List<Part> parts(HttpServletRequest http) throws IOException {
        try {
            return List.copyOf(http.getParts());
        } catch (ServletException | IllegalStateException e) {
            throw new MultipartException("The multipart body could not be read", e);
        }
    }

    /** A browser sends an empty, nameless file part when no file was chosen. */
    private static boolean isEmptyFileField(Part part) {
        String name = part.getSubmittedFileName();
        return part.getSize() == 0 && (name == null || name.isEmpty());
    }

    private static CommunicationRequest parse(Part part, JsonMapper json, HttpServletRequest http) throws IOException {
        try (InputStream in = part.getInputStream()) {
            CommunicationRequest request = json.readValue(in, CommunicationRequest.class);
            if (request == null) {
                throw new InvalidCommunicationException(List.of(new FieldViolation(COMMUNICATION,
                        "must hold the communication as a JSON object", "invalid")));
            }
            return request;
        } catch (JacksonException e) {
            // the same answers as for a JSON body: a field error for a value of the wrong type, else where it breaks
            throw new HttpMessageNotReadableException("The communication part is not valid JSON", e,
                    new ServletServerHttpRequest(http));
        }
    }

    private static void checkSizes(List<Part> attachments, AttachmentProperties limits) {
        FileLimits.enforce(limits, attachments.stream().map(Part::getSize).toList());
    }
}
