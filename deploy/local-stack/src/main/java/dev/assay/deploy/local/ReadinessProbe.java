package dev.assay.deploy.local;

/** Asks a part of the stack whether it can do its job yet. Answers quickly, never throws: not ready is false. */
@FunctionalInterface
interface ReadinessProbe {

    boolean isReady();
}
