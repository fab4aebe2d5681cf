/**
 * The local stack's MongoDB: mongo-java-server on an H2 MVStore file, run as its own JVM so that data survives a
 * restart of the stack without a real MongoDB installation.
 */
package dev.assay.deploy.mongo;
