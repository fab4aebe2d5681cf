package dev.assay.intake.web;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import dev.assay.intake.attachments.IncomingFile;
import dev.assay.intake.idempotency.Answer;
import dev.assay.intake.idempotency.IdempotentIntake;
import dev.assay.intake.idempotency.RequestIdentity;
import dev.assay.intake.security.Caller;
import dev.assay.intake.submission.SubmissionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
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
 * classification will appear. A retry never creates a second communication ({@link IdempotentIntake}): with an
 * {@code Idempotency-Key} an accepted request is answered 200 with the original answer; a request whose Kafka answer
 * was late is answered 503 with its id, and its retries (with the key, or the same content from the same client
 * address) get that id. A {@code partner} token's submitter comes from the token ({@link PartnerSubmitters}).
 */
@RestController
@RequestMapping(CommunicationController.PATH)
class CommunicationController {

    static final String PATH = "/api/v1/communications";

    private final CommunicationValidator validator;
    private final IdempotentIntake intake;
    private final JsonMapper json;
    private final AttachmentProperties limits;
    /** report-service's URL of a communication, less its id; built once, since every answer needs it */
    private final String reportUrlPrefix;
    private final long maxCommunicationBytes;
    private final SubmissionCounter counter;

    CommunicationController(IntakeProperties properties, AttachmentProperties limits, IdempotentIntake intake,
                            JsonMapper json, MeterRegistry meterRegistry) {
        this.validator = new CommunicationValidator(properties.maxLength());
        this.intake = intake;
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
                                           String idempotencyKey, HttpServletRequest http) {
        String key = IdempotencyKeyHeader.check(idempotencyKey);
        Caller caller = Caller.current();
        CommunicationRequest submitted = PartnerSubmitters.fromToken(caller, request);
        ValidCommunication valid = PartnerSubmitters.verify(caller, validator.validate(submitted));
        return accept(valid, List.of(), key, caller, submitted, http);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Acknowledgement> submitWithFiles(HttpServletRequest http,
                                                    @RequestHeader(name = IdempotencyKeyHeader.NAME, required = false)
                                                    String idempotencyKey) throws IOException {
        String key = IdempotencyKeyHeader.check(idempotencyKey);
        Caller caller = Caller.current();
        MultipartCommunication multipart = MultipartCommunication.read(http, json, limits, maxCommunicationBytes);
        CommunicationRequest submitted = PartnerSubmitters.fromToken(caller, multipart.request());
        ValidCommunication valid = PartnerSubmitters.verify(caller,
                validator.validate(submitted, !multipart.files().isEmpty()));
        return accept(valid, multipart.files(), key, caller, submitted, http);
    }

    private ResponseEntity<Acknowledgement> accept(ValidCommunication valid, List<IncomingFile> files, String key,
                                                   Caller caller, CommunicationRequest request,
                                                   HttpServletRequest http) {
        // a key lives in its caller's scope; without a key the fingerprint is needed only if some late Kafka answer
        // is remembered, normally none is
        RequestIdentity identity = key != null
                ? RequestIdentity.ofKey(caller.scope(), key, RequestFingerprint.of(request, files, json))
                : RequestIdentity.ofCaller(Channel.API, caller.scope() + " " + http.getRemoteAddr(),
                () -> RequestFingerprint.of(request, files, json));
        Answer answer = intake.accept(identity, id -> valid.submission(id, Channel.API, files));
        if (answer instanceof Answer.Accepted accepted) {
            if (accepted.repeated()) {
                counter.duplicate();
            } else {
                counter.accepted();
            }
            return acknowledge(accepted.communicationId(), accepted.receivedAt(), accepted.repeated());
        }
        if (answer instanceof Answer.Unconfirmed unconfirmed) {
            throw new AcceptanceUnconfirmedException(unconfirmed.communicationId());
        }
        throw new IdempotencyConflictException(answer instanceof Answer.KeyInUse);
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
}
