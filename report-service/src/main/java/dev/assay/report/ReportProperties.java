package dev.assay.report;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Settings of report-service under {@code assay.report}.
 *
 * @param reportMaxAge        how long clients and proxies may reuse a summary or participation report; counters move
 *                            with every classified communication, so keep it short
 * @param markerSweepInterval how often counters are cleared of idempotency markers left behind by an interrupted
 *                            projection (see {@code dev.assay.report.projection.MarkerSweeper})
 */
@Validated
@ConfigurationProperties("assay.report")
public record ReportProperties(@NotNull Duration reportMaxAge, @NotNull Duration markerSweepInterval) {
}
