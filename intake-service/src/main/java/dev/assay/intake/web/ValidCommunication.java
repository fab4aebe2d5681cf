package dev.assay.intake.web;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Theme;

import java.time.Instant;
import java.util.List;

/** A request that passed validation, with its text cleaned and its identifiers resolved. */
record ValidCommunication(Submitter submitter, String subject, String body,
                          List<Theme> themes, List<String> resolutions) {

    CommunicationReceived receivedThrough(Channel channel, String id, Instant receivedAt) {
        return new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, id, receivedAt, channel, submitter,
                subject, body, themes, resolutions, List.of());
    }
}
