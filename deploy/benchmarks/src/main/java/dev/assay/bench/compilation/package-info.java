/**
 * The compilation benchmark (run-compilation.sh): report-service's {@code GET /api/v1/compilation} as HTML (the
 * baseline), PDF and DOCX over N generated communications, each timed to its last byte, checked for completeness (every
 * communication a row of the annex) and watched for report-service's heap. The communications are made and projected
 * by the workbench benchmark's own steps.
 */
package dev.assay.bench.compilation;
