package dev.assay.intake.email;

import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.taxonomy.SubmitterType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells who a sender is from their address: an exact address wins over {@code *@domain}, which wins over
 * {@code *@*.parent} patterns (the longest parent first). A sender matching nothing is a {@code stakeholder} with no
 * country: nothing in a message's text is trusted to say otherwise, since anyone can write "Country: KE".
 * Entries are checked when the registry is built, so a typo in a country or a type stops the service at start-up.
 */
public final class FocalPointRegistry {

    private final Map<String, Known> byAddress = new HashMap<>();
    private final Map<String, Known> byDomain = new HashMap<>();
    private final List<Map.Entry<String, Known>> byParentDomain = new ArrayList<>();

    /** Who a known address speaks for. */
    record Known(SubmitterType type, String country, String organisation) {
    }

    /** @throws IllegalArgumentException naming the first invalid entry */
    public FocalPointRegistry(List<FocalPoint> entries) {
        for (FocalPoint entry : entries) {
            add(entry);
        }
        byParentDomain.sort(Comparator.comparingInt((Map.Entry<String, Known> e) -> e.getKey().length()).reversed());
    }

    /** @throws IllegalArgumentException naming the entry, when a registry would refuse it */
    static void check(FocalPoint entry) {
        new FocalPointRegistry(List.of(entry));
    }

    public static FocalPointRegistry empty() {
        return new FocalPointRegistry(List.of());
    }

    /** The submitter for mail from {@code email} with the display name {@code name}; both may be null. */
    public Submitter submitterFor(String email, String name) {
        return lookup(email)
                .map(k -> new Submitter(k.type(), k.country(), k.organisation(), name, email))
                .orElseGet(() -> new Submitter(SubmitterType.STAKEHOLDER, null, null, name, email));
    }

    Optional<Known> lookup(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return Optional.empty();
        }
        String address = email.trim().toLowerCase(Locale.ROOT);
        Known exact = byAddress.get(address);
        if (exact != null) {
            return Optional.of(exact);
        }
        String domain = address.substring(address.lastIndexOf('@') + 1);
        Known ofDomain = byDomain.get(domain);
        if (ofDomain != null) {
            return Optional.of(ofDomain);
        }
        return byParentDomain.stream()
                .filter(e -> domain.endsWith("." + e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private void add(FocalPoint entry) {
        String pattern = entry.address() == null ? "" : entry.address().trim().toLowerCase(Locale.ROOT);
        int at = pattern.lastIndexOf('@');
        if (at < 1 || at == pattern.length() - 1 || pattern.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(entry, "address must be an e-mail address, *@domain or *@*.domain");
        }
        Known known = known(entry);
        String local = pattern.substring(0, at);
        String domain = pattern.substring(at + 1);
        if (!local.equals("*")) {
            if (local.contains("*") || domain.contains("*")) {
                throw invalid(entry, "a wildcard may only stand for the whole local part or a leading sub-domain");
            }
            byAddress.put(pattern, known);
        } else if (domain.startsWith("*.") && domain.indexOf('*', 1) < 0 && domain.length() > 2) {
            byParentDomain.add(Map.entry(domain.substring(2), known));
        } else if (!domain.contains("*")) {
            byDomain.put(domain, known);
        } else {
            throw invalid(entry, "a wildcard may only stand for the whole local part or a leading sub-domain");
        }
    }

    private static Known known(FocalPoint entry) {
        SubmitterType type;
        try {
            type = entry.type() == null || entry.type().isBlank() ? SubmitterType.FOCAL_POINT
                    : SubmitterType.fromId(entry.type().trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(entry, e.getMessage());
        }
        String country = entry.country() == null || entry.country().isBlank() ? null
                : entry.country().trim().toUpperCase(Locale.ROOT);
        if (country != null && !Countries.reference().isCode(country)) {
            throw invalid(entry, "'" + entry.country() + "' is not an ISO 3166-1 alpha-2 country code");
        }
        if (country == null && type.speaksForACountry()) {
            throw invalid(entry, "a country is required for type " + type.id());
        }
        String organisation = entry.organisation() == null || entry.organisation().isBlank() ? null
                : entry.organisation().trim();
        return new Known(type, country, organisation);
    }

    private static IllegalArgumentException invalid(FocalPoint entry, String why) {
        return new IllegalArgumentException("invalid focal point '" + entry.address() + "': " + why);
    }
}
