/**
 * The compilation: the document the Executive Director reports to the Assembly, in the manner of a UNEP information
 * document (a cover with the mandate and the period, participation, each theme's communications by region with the
 * passages that carried the theme, campaigns once with their size, an annex of every communication), as HTML, PDF or
 * DOCX for analysts. {@link dev.assay.report.compilation.CompilationAssembler} reads the report once, in order, and
 * hands each part to a {@link dev.assay.report.compilation.CompilationWriter} of the format asked for, so that no
 * format needs the communications in a list.
 */
package dev.assay.report.compilation;
