/**
 * The local stack: one foreground process that runs Kafka (KRaft, one node), mongo-java-server and the three
 * services as child JVMs, waits until every one of them is ready, and stops them all, in order, when it is stopped.
 * Usable from the command line ({@link dev.assay.deploy.local.LocalStack#main}) and from tests
 * ({@link dev.assay.deploy.local.LocalStack#start}).
 */
package dev.assay.deploy.local;
