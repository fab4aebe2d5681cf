/**
 * Who may read what: the aggregates and health are public, every communication's text, submitter and audit trail
 * needs the {@code analyst} role (an admin is also an analyst). Tokens are checked by Spring Security's resource
 * server against the configured OpenID Connect issuer; the Assay rules (where the roles are, the 401/403 answers)
 * come from {@code contracts}.
 * <p>
 * The dashboard's pages are the exception to statelessness: browsers sign in there with OpenID Connect and keep a
 * session ({@code DashboardSecurityConfiguration}); templates learn who is looking from {@link
 * dev.assay.report.security.Viewer}.
 */
package dev.assay.report.security;
