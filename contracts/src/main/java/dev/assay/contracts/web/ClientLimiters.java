package dev.assay.contracts.web;

import io.github.resilience4j.ratelimiter.RateLimiter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The limiters of the clients seen lately, at most {@code capacity} of them: the least recently seen is forgotten when
 * a new one arrives. A forgotten client starts again with a full allowance, which only an attacker who rotates through
 * more than {@code capacity} addresses per period gains from, and one that rotates addresses has a fresh allowance
 * for each of them anyway; the memory stays bounded either way (about 200 bytes per client).
 */
final class ClientLimiters {

    private final int capacity;
    private final Map<String, RateLimiter> limiters;

    ClientLimiters(int capacity) {
        this.capacity = capacity;
        this.limiters = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > ClientLimiters.this.capacity;
            }
        };
    }

    synchronized RateLimiter of(String client, Function<String, RateLimiter> create) {
        return limiters.computeIfAbsent(client, create);
    }

    synchronized int size() {
        return limiters.size();
    }
}
