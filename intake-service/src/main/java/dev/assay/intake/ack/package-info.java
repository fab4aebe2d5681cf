/**
 * Acknowledgements of emailed communications: one plain-text email, in the sender's UN language, telling them the
 * tracking number; configured under {@code assay.intake.ack.*}, sent through {@code spring.mail.*}.
 */
package dev.assay.intake.ack;
