/**
 * What the three services share about identity: the roles, how a token's roles claim is read (Keycloak, Entra ID and
 * plain issuers put it in different places), and the problem-details answers for a missing token ({@code 401}) and a
 * missing role ({@code 403}). Tokens themselves are checked by Spring Security's resource-server support alone.
 * <p>The Spring Security dependencies are optional here: each service brings its own resource-server starter.
 */
package dev.assay.contracts.security;
