/**
 * What report-service needs from its platform before it projects anything: MongoDB clients whose every operation is
 * bounded in time, and Kafka topics that exist with the layout and retention of the contracts' catalogue.
 */
package dev.assay.report.platform;
