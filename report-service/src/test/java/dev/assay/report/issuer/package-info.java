/**
 * A small OpenID Connect provider for tests, {@link dev.assay.report.issuer.FakeIssuer}: discovery, an authorization
 * endpoint that signs a configured {@link dev.assay.report.issuer.Person} in at once, the code exchange with PKCE, and
 * ID tokens signed with a key made for the test run. Real enough for Spring Security's client and for a browser to go
 * through it; it depends on no other package of the service's tests, so any of them can use it.
 */
package dev.assay.report.issuer;
