/**
 * The local stack: one foreground process that runs Kafka (KRaft, one node), mongo-java-server, a mail server, an
 * OpenID Connect provider and one or more instances of each of the three services as child JVMs, waits until every
 * one of them is ready, restarts any that exits afterwards ({@link dev.assay.deploy.local.SupervisedPart}), and stops
 * them all, in order, when it is stopped. Usable from the command line ({@link dev.assay.deploy.local.LocalStack#main}) and from tests
 * ({@link dev.assay.deploy.local.LocalStack#start}, which also reach each part to kill or hold it).
 */
package dev.assay.deploy.local;
