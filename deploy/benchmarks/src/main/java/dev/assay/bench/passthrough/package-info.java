/** The pass-through baseline of the classification benchmark: Spring Cloud Stream with no work in the function. */
package dev.assay.bench.passthrough;
