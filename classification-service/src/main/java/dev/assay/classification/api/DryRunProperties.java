package dev.assay.classification.api;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the dry run ({@code assay.classification.dry-run.*}).
 *
 * @param maxChars most characters subject and body may have together
 */
@Validated
@ConfigurationProperties("assay.classification.dry-run")
record DryRunProperties(@Min(1) @DefaultValue("200000") int maxChars) {
}
