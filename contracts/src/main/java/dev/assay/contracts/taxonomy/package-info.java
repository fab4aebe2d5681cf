/**
 * Public identifiers shared by every service: themes, submitter types and channels.
 * Their string ids appear in events, APIs and reports and are never renamed.
 */
package dev.assay.contracts.taxonomy;
