/** Realistic, varied communications in the six UN languages for the load drivers to send. */
package dev.assay.bench.text;
