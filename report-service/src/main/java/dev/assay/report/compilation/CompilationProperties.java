package dev.assay.report.compilation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The compilation's settings, under {@code assay.report.compilation}.
 *
 * @param layoutThreads how many parts of PDF compilations are laid out at once, across all requests: each holds one
 *                      part's boxes, so this bounds the heap the PDFs need as well as the cores they take; more than
 *                      the cores gains nothing
 */
@Validated
@ConfigurationProperties("assay.report.compilation")
public record CompilationProperties(@Min(1) @Max(64) int layoutThreads) {
}
