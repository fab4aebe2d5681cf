package dev.assay.classification.commands;

import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.taxonomy.Channel;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which received communications {@code reclassify} classifies again; every criterion given must hold, none given
 * matches all.
 *
 * @param since   received on this UTC day or later
 * @param until   received on this UTC day or earlier
 * @param channel arrived through this channel
 * @param country the submitter speaks for this country (ISO 3166-1 alpha-2)
 * @param ids     one of these communications
 */
record ReclassificationFilter(LocalDate since, LocalDate until, Channel channel, String country, Set<String> ids) {

    static ReclassificationFilter of(CommandLine line) {
        LocalDate since = date(line, "since");
        LocalDate until = date(line, "until");
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("--until=" + until + " is before --since=" + since);
        }
        String channel = text(line, "channel");
        String country = text(line, "country");
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("--country takes an ISO 3166-1 alpha-2 code such as KE, not " + country);
        }
        String ids = text(line, "ids");
        return new ReclassificationFilter(since, until, channel == null ? null : channel(channel),
                country == null ? null : country.toUpperCase(Locale.ROOT),
                ids == null ? null : Arrays.stream(ids.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    boolean matches(CommunicationReceived communication) {
        LocalDate day = communication.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return (since == null || !day.isBefore(since))
                && (until == null || !day.isAfter(until))
                && (channel == null || channel == communication.channel())
                && (country == null || country.equalsIgnoreCase(communication.submitter().country()))
                && (ids == null || ids.contains(communication.id()));
    }

    @Override
    public String toString() {
        List<String> criteria = new ArrayList<>();
        if (since != null) {
            criteria.add("received since " + since);
        }
        if (until != null) {
            criteria.add("received until " + until);
        }
        if (channel != null) {
            criteria.add("channel " + channel.id());
        }
        if (country != null) {
            criteria.add("country " + country);
        }
        if (ids != null) {
            criteria.add(ids.size() + " id(s)");
        }
        return criteria.isEmpty() ? "every communication" : String.join(", ", criteria);
    }

    private static LocalDate date(CommandLine line, String option) {
        String value = text(line, option);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + option + " takes a date as YYYY-MM-DD, not " + value);
        }
    }

    private static Channel channel(String id) {
        try {
            return Channel.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--channel takes api, web-form or email, not " + id);
        }
    }

    private static String text(CommandLine line, String option) {
        String value = line.options().get(option);
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException("--" + option + " needs a value");
        }
        return value;
    }
}
