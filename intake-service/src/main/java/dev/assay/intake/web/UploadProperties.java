package dev.assay.intake.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code assay.intake.uploads.*}: how many multipart requests (the form, the API with files) intake works on at once,
 * and how long one more waits for a slot before it is answered {@code 503}.
 */
@ConfigurationProperties("assay.intake.uploads")
@Validated
public record UploadProperties(@DefaultValue("4") @Min(1) int maxConcurrent,
                               @DefaultValue("2s") @NotNull Duration maxWait) {
}
