/**
 * The dashboard ({@code /dashboard}): the public aggregates as charts, each with its table and a sentence that says
 * what it shows, under the report's filters kept in the URL, refreshed in place every few seconds; in the six UN
 * languages, Arabic right to left. Signed-in analysts also drill down from a bar or a cell to the communications
 * behind it ({@code analyst} subpackage). Pages are rendered on the server (Thymeleaf); the charts are drawn from the
 * tables by a small script with Chart.js from its WebJar, so a chart never says something its table does not.
 */
package dev.assay.report.dashboard;
