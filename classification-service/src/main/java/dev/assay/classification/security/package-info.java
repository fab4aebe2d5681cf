/**
 * Who may call what: classification-service is an OAuth 2.0 resource server like the other services. Its one API,
 * the dry run, is public; health is public; the metrics are served on the management port only.
 */
package dev.assay.classification.security;
