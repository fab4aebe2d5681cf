package dev.assay.deploy.local;

import java.time.Duration;

/**
 * How a part of the stack came back after it died or was held down.
 *
 * @param restart  which restart of the part this was (1 for the first)
 * @param pid      the new process
 * @param downtime from the exit of the previous process (or the start of a hold) until ready again
 * @param startup  from the start of the new process until ready; what the launcher prints as "ready again after"
 */
record Recovery(int restart, long pid, Duration downtime, Duration startup) {
}
