/** What the readiness probe checks besides the application's own state: that MongoDB answers. */
package dev.assay.report.health;
