/**
 * report-service: projects {@code CommunicationClassified} events into MongoDB, exactly once in effect although Kafka
 * delivers them at least once, and serves the counts dashboards read.
 * {@code projection} consumes and projects, {@code counters} keeps the per-dimension counts, {@code communications}
 * serves one projected communication, {@code summary} serves the aggregates, {@code web} turns errors into problem details.
 */
package dev.assay.report;
