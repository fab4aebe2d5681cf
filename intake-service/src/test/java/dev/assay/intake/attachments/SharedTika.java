package dev.assay.intake.attachments;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** Readers that share one Tika: loading its parsers takes about a second, too long to repeat in every test. */
public final class SharedTika {

    static final TikaTextReader TIKA = new TikaTextReader();

    private SharedTika() {
    }

    public static AttachmentReader reader(AttachmentProperties limits) {
        return new AttachmentReader(TIKA, limits, new SimpleMeterRegistry());
    }
}
