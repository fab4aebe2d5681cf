/**
 * Issue 9's intake benchmark: the intake API and the thin bridge ({@code dev.assay.bench.bridge}) driven by the same
 * closed loop of clients against the same broker, in their first minute after readiness and once warm.
 */
package dev.assay.bench.intake;
