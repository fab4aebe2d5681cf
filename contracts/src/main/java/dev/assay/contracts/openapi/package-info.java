/**
 * What the three services' OpenAPI documents share: the bearer-token security schemes of the OpenID Connect issuer
 * ({@link dev.assay.contracts.openapi.ApiDocument}), the problem-details schema and the standard error answers
 * ({@link dev.assay.contracts.openapi.Problems}), who may call an operation ({@link dev.assay.contracts.openapi.Access}),
 * and the documentation of each endpoint kept beside the controller's service, not on its methods
 * ({@link dev.assay.contracts.openapi.Endpoint}, applied by {@link dev.assay.contracts.openapi.EndpointDocumentation}).
 * <p>springdoc is an optional dependency here: each service brings {@code springdoc-openapi-starter-webmvc-ui}.
 */
package dev.assay.contracts.openapi;
