/**
 * intake-service: the front door of Assay. {@code web} takes communications in over the API and validates them;
 * {@code form} is the HTML form for people; {@code submission} is the one way in for every channel; it uses
 * {@code attachments} to read and keep files and {@code publishing} to hand communications to Kafka;
 * {@code idempotency} remembers Idempotency-Keys; {@code security} sets CSRF and headers; {@code mongo} is intake's
 * own database.
 */
package dev.assay.intake;
