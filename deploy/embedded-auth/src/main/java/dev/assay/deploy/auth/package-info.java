/**
 * The local stack's OpenID Connect provider: Spring Authorization Server on loopback with the demo accounts
 * {@code analyst}, {@code admin} (users with form login) and {@code partner-fr} (a client-credentials client bound to
 * France), whose secrets and signing key are generated on the first start and kept under the data directory; and the
 * {@code token} command that fetches an access token for one of them ({@code deploy/token}). The services know
 * nothing of it beyond its issuer URI.
 */
package dev.assay.deploy.auth;
