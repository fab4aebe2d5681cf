/**
 * Who may do what over HTTP: everything is open (intake takes communications from anyone), but the HTML form is
 * protected against cross-site request forgery, and every answer carries security headers, including a strict
 * Content-Security-Policy that allows no script at all.
 */
package dev.assay.intake.security;
