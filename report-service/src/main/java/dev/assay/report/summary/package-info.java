/**
 * The aggregates dashboards read: the summary by theme, region, submitter type, language, channel and resolution, and
 * which UN Member States have been heard. Both are computed from the counters alone, in memory, per request.
 */
package dev.assay.report.summary;
