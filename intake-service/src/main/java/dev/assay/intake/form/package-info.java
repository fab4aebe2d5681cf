/**
 * The HTML submission form at {@code /} and {@code /submit}: server-rendered, usable without JavaScript and with a
 * keyboard only, in the six UN languages (Arabic right to left), protected by a CSRF token and a honeypot, and
 * answered with a confirmation page (Post/Redirect/Get) that shows the tracking number.
 */
package dev.assay.intake.form;
