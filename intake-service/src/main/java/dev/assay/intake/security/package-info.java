/**
 * Who may do what over HTTP, and who a caller is. Intake takes communications from anyone, so submitting is open; a
 * bearer token, when one is sent, must be valid, and a {@code partner} token makes its submitter verified
 * ({@link dev.assay.intake.security.Caller}). The HTML form is protected against cross-site request forgery, and
 * every answer carries security headers, including a strict Content-Security-Policy that allows no script at all.
 */
package dev.assay.intake.security;
