package dev.assay.intake.web;

import dev.assay.contracts.web.LimitedEndpoint;
import dev.assay.intake.IntakeProperties;
import dev.assay.intake.attachments.AttachmentProperties;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart parsing with the same limit as {@link RequestSizeLimitFilter}, so the two can never disagree; the API's
 * submissions are rate-limited (dev.assay.intake.ratelimit).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class WebConfiguration {

    /** Files over 256 KB wait on disk rather than in memory until intake reads them. */
    private static final int IN_MEMORY_PART_BYTES = 256 * 1024;

    /**
     * Replaces Boot's {@code spring.servlet.multipart.*}: no per-file limit here, because intake checks each file
     * against {@code max-file-size} itself and names the offending one; the whole body is bounded by the filter.
     */
    /** Bounds how many uploads are received at once (the form's and the API's alike). */
    @Bean
    UploadSlots uploadSlots(UploadProperties uploads, IntakeProperties properties, MeterRegistry meters) {
        return new UploadSlots(uploads, properties, meters);
    }

    @Bean
    LimitedEndpoint apiRateLimit() {
        return LimitedEndpoint.post("api", CommunicationController.PATH);
    }

    @Bean
    MultipartConfigElement multipartConfigElement(IntakeProperties properties, AttachmentProperties attachments) {
        return new MultipartConfigElement("", -1, RequestSizeLimitFilter.multipartLimit(properties, attachments),
                IN_MEMORY_PART_BYTES);
    }
}
