/** How the HTTP API reports errors: RFC 9457 problem details, never cached, never exposing internals. */
package dev.assay.report.web;
