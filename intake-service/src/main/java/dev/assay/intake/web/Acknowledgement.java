package dev.assay.intake.web;

import java.time.Instant;

/** The answer to an accepted communication: its tracking id and when intake received it. */
record Acknowledgement(String id, Instant receivedAt) {
}
