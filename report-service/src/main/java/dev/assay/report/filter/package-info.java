/**
 * The report's filters: which parameters a request may filter communications by (one per reported dimension of the
 * registry, and the months {@code from}/{@code to}), how they are validated, and the filter they make.
 */
package dev.assay.report.filter;
