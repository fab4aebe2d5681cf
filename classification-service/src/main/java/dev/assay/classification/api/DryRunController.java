package dev.assay.classification.api;

import dev.assay.classification.engine.CommunicationClassifier;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;

/**
 * {@code POST /api/v1/classify}: the classification a text would get, computed by the same classifier as the stream.
 * Nothing is stored or published. A given language replaces identification.
 */
@RestController
class DryRunController {

    static final String PATH = "/api/v1/classify";
    static final String DRY_RUN_ID = "dry-run";

    private final CommunicationClassifier classifier;
    private final DryRunValidator validator;
    private final Clock clock;

    DryRunController(CommunicationClassifier classifier, DryRunProperties properties, Clock clock) {
        this.classifier = classifier;
        this.validator = new DryRunValidator(properties.maxChars());
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Classification classify(@RequestBody DryRunRequest request) {
        Submitter submitter = validator.submitterOf(request);
        CommunicationReceived communication = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION,
                DRY_RUN_ID, clock.instant(), Channel.API, submitter, request.subject(), request.body(),
                List.of(), List.of(), List.of());
        return classifier.classify(communication, request.language());
    }
}
