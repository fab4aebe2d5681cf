/** How benchmark figures are computed and printed: latency percentiles, process CPU and memory, the summary table. */
package dev.assay.bench.report;
