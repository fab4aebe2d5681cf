/** Command-line options shared by the benchmark drivers. */
package dev.assay.bench.cli;
