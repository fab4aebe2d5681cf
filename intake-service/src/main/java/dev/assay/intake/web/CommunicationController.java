package dev.assay.intake.web;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.idempotency.Claim;
import dev.assay.intake.idempotency.IdempotencyKeys;
import dev.assay.intake.submission.IncomingFile;
import dev.assay.intake.submission.RandomIds;
import dev.assay.intake.submission.SubmissionCounter;
import dev.assay.intake.submission.SubmissionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Takes communications in over the API, as JSON or as {@code multipart/form-data} with files. A communication is
 * acknowledged with 202 only after Kafka holds it; the Location header points at report-service, where its
 * classification will appear. With an {@code Idempotency-Key}, a retry of an accepted request is answered 200 with
 * the original answer instead of creating a second communication.
 */
@RestController
@RequestMapping(CommunicationController.PATH)
class CommunicationController {

    static final String PATH = "/api/v1/communications";
    private static final Logger log = LoggerFactory.getLogger(CommunicationController.class);

    private final CommunicationValidator validator;
    private final SubmissionIntake intake;
    private final IdempotencyKeys keys;
    private final JsonMapper json;
    private final AttachmentProperties limits;
    /** report-service's URL of a communication, less its id; built once, since every answer needs it */
    private final String reportUrlPrefix;
    private final long maxCommunicationBytes;
    private final SubmissionCounter counter;

    CommunicationController(IntakeProperties properties, AttachmentProperties limits, SubmissionIntake intake,
                            IdempotencyKeys keys, JsonMapper json, MeterRegistry meterRegistry) {
        this.validator = new CommunicationValidator(properties.maxLength());
        this.intake = intake;
        this.keys = keys;
        this.json = json;
        this.limits = limits;
        this.reportUrlPrefix = UriComponentsBuilder.fromUri(properties.reportBaseUrl()).path(PATH + "/").build()
                .toUriString();
        this.maxCommunicationBytes = properties.maxRequestBytes().toBytes();
        this.counter = new SubmissionCounter(meterRegistry, Channel.API);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Acknowledgement> submit(@RequestBody CommunicationRequest request,
                                           @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
                                           String idempotencyKey) {
        String key = IdempotencyKeyHeader.check(idempotencyKey);
        ValidCommunication valid = validator.validate(request);
        return accept(valid, List.of(), key, request);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Acknowledgement> submitWithFiles(HttpServletRequest http,
                                                    @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
                                                    String idempotencyKey) throws IOException {
        String key = IdempotencyKeyHeader.check(idempotencyKey);
        MultipartCommunication multipart = MultipartCommunication.read(http, json, limits, maxCommunicationBytes);
        ValidCommunication valid = validator.validate(multipart.request(), !multipart.files().isEmpty());
        return accept(valid, multipart.files(), key, multipart.request());
    }

    private ResponseEntity<Acknowledgement> accept(ValidCommunication valid, List<IncomingFile> files, String key,
                                                   CommunicationRequest request) {
        if (key == null) {
            CommunicationReceived accepted = intake.accept(valid.submission(newId(), Channel.API, files));
            counter.accepted();
            return acknowledge(accepted.id(), accepted.receivedAt(), false);
        }
        Claim claim = keys.claim(key, RequestFingerprint.of(request, files, json), CommunicationController::newId);
        if (claim instanceof Claim.Granted granted) {
            return acceptClaimed(valid, files, granted);
        }
        if (claim instanceof Claim.Completed done) {
            counter.duplicate();
            return acknowledge(done.communicationId(), done.receivedAt(), true);
        }
        throw new IdempotencyConflictException(claim instanceof Claim.InProgress);
    }

    private ResponseEntity<Acknowledgement> acceptClaimed(ValidCommunication valid, List<IncomingFile> files,
                                                          Claim.Granted claim) {
        CommunicationReceived accepted;
        try {
            accepted = intake.accept(valid.submission(claim.communicationId(), Channel.API, files));
        } catch (RuntimeException notAccepted) {
            releaseQuietly(claim);
            throw notAccepted;
        }
        try {
            keys.complete(claim, accepted.receivedAt());
        } catch (RuntimeException e) {
            // Kafka holds it, so it is accepted; a retry finds the key in progress, later takes it over with the
            // same id, which downstream treats as the same communication
            log.warn("Communication {} was accepted but its Idempotency-Key could not be marked completed",
                    accepted.id(), e);
        }
        counter.accepted();
        return acknowledge(accepted.id(), accepted.receivedAt(), false);
    }

    private void releaseQuietly(Claim.Granted claim) {
        try {
            keys.release(claim);
        } catch (RuntimeException e) {
            log.warn("Could not release an Idempotency-Key; a retry can take it over after the lease", e);
        }
    }

    private ResponseEntity<Acknowledgement> acknowledge(String id, Instant receivedAt, boolean repeated) {
        return (repeated ? ResponseEntity.ok() : ResponseEntity.accepted())
                .location(reportUrlOf(id))
                .body(new Acknowledgement(id, receivedAt));
    }

    private URI reportUrlOf(String id) {
        // ids are UUIDs made here, never client text, so they need no encoding
        return URI.create(reportUrlPrefix + id);
    }

    private static String newId() {
        return RandomIds.next();
    }
}
