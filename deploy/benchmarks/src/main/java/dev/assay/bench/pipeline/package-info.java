/**
 * Issue 9's pipeline benchmark: a campaign of submissions through intake's API, and how far behind intake the report
 * falls, against intake's own rate measured in the same run.
 */
package dev.assay.bench.pipeline;
