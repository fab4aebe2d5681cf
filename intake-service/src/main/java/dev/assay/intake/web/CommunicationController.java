package dev.assay.intake.web;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.publishing.CommunicationPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Takes communications in over the API. A communication is acknowledged with 202 only after Kafka holds it;
 * the Location header points at report-service, where its classification will appear.
 */
@RestController
@RequestMapping(CommunicationController.PATH)
class CommunicationController {

    static final String PATH = "/api/v1/communications";

    private final CommunicationValidator validator;
    private final CommunicationPublisher publisher;
    private final Clock clock;
    private final URI reportBaseUrl;
    private final SubmissionCounter counter;

    CommunicationController(IntakeProperties properties, CommunicationPublisher publisher, Clock clock,
                            MeterRegistry meterRegistry) {
        this.validator = new CommunicationValidator(properties.maxLength());
        this.publisher = publisher;
        this.clock = clock;
        this.reportBaseUrl = properties.reportBaseUrl();
        this.counter = new SubmissionCounter(meterRegistry);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Acknowledgement> submit(@RequestBody CommunicationRequest request) {
        ValidCommunication valid = validator.validate(request);
        // milliseconds are what every store downstream keeps, so the event carries no more precision than that
        CommunicationReceived communication = valid.receivedThrough(Channel.API, UUID.randomUUID().toString(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        publisher.publish(communication);
        counter.accepted();
        return ResponseEntity.accepted()
                .location(reportUrlOf(communication.id()))
                .body(new Acknowledgement(communication.id(), communication.receivedAt()));
    }

    private URI reportUrlOf(String id) {
        return UriComponentsBuilder.fromUri(reportBaseUrl).path(PATH + "/{id}").buildAndExpand(id).toUri();
    }
}
