package dev.assay.report.projection;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.communications.Review;
import dev.assay.report.communications.ReviewedValues;
import dev.assay.report.counters.CountedCommunication;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counters one classified communication counts in, as the {@link Dimension} registry says: one per value of every
 * dimension, and one cell per pair of values of every pair of dimensions the registry crosses
 * ({@link Dimension#crossed}). Nothing here names a dimension except verification, whose change by an analyst must be
 * made from the keys alone ({@link #verified}).
 * <p>
 * Public for one reader outside the projection: the dashboard benchmark ({@code deploy/benchmarks}) counts generated
 * communications it does not project with exactly these keys, rather than with a copy of the rules.
 */
public final class CounterKeys {

    private static final Comparator<CounterKey> BY_ID = Comparator.comparing(CounterKey::id);

    private CounterKeys() {
    }

    /** @param analystVerified whether an analyst verified the submitter, whatever the channel established */
    static Set<CounterKey> of(CommunicationClassified event, boolean analystVerified) {
        return of(CountedCommunication.of(event, analystVerified));
    }

    /** The keys of a communication as the channel established its submitter. */
    static Set<CounterKey> of(CommunicationClassified event) {
        return of(event, false);
    }

    /** The keys of a stored communication, as this version's registry gives them ({@code recount --rebuild}). */
    static Set<CounterKey> of(CommunicationView view) {
        return of(new CountedCommunication(view.receivedAt(), view.channel(), view.submitter().type(),
                view.submitter().verified(), view.classification(), view.campaignCopied()), view.latestReview());
    }

    /** The keys of a communication under its newest review's values, or its own when it was never reviewed. */
    static Set<CounterKey> of(CountedCommunication communication, Review latest) {
        return of(latest == null ? communication : reviewed(communication, latest.after()));
    }

    /**
     * The communication as a review says it is: the reviewed themes (none: out of scope), resolutions, submitter type,
     * country (with its groupings from the reference table) and verification replace the machine's and the channel's;
     * language, channel and receipt time stay as they are.
     */
    static CountedCommunication reviewed(CountedCommunication communication, ReviewedValues values) {
        Classification machine = communication.classification();
        SubmitterRegion region = values.country() == null ? null
                : Countries.reference().find(values.country()).map(Country::toRegion).orElse(null);
        List<ThemeTag> themes = values.themes().stream().map(theme -> new ThemeTag(theme, 1.0, List.of())).toList();
        Classification reviewed = new Classification(machine.language(), machine.languageReason(), themes,
                themes.isEmpty(), themes.isEmpty() ? "reviewed: no theme" : null, values.resolutions(),
                machine.countriesMentioned(), machine.mentions(), region, machine.signature(),
                machine.taxonomyVersion());
        return new CountedCommunication(communication.receivedAt(), communication.channel(), values.submitterType(),
                values.verification() == Verification.VERIFIED, reviewed, communication.campaign());
    }

    /**
     * The reviewable values a communication counts under, read back from its keys: what a review's trail shows as
     * "before" when no earlier review exists.
     */
    static ReviewedValues values(Set<CounterKey> keys) {
        List<Theme> themes = new ArrayList<>();
        List<String> resolutions = new ArrayList<>();
        SubmitterType type = null;
        String country = null;
        Verification verification = Verification.DECLARED;
        for (CounterKey key : keys) {
            if (key.copy() || key.isCell() || key.value() == null) {
                continue;
            }
            switch (key.dimension()) {
                case THEME -> themes.add(Theme.fromId(key.value()));
                case RESOLUTION -> resolutions.add(key.value());
                case SUBMITTER_TYPE -> type = SubmitterType.fromId(key.value());
                case COUNTRY -> country = key.value();
                case VERIFICATION -> verification = Verification.fromId(key.value());
                default -> {
                }
            }
        }
        return new ReviewedValues(themes, resolutions, type, country, verification);
    }

    /** The keys a communication counts in as it is (no review): what the projection counts a new one in. */
    public static Set<CounterKey> of(CountedCommunication communication) {
        Map<Dimension, List<String>> values = new EnumMap<>(Dimension.class);
        Set<CounterKey> keys = new TreeSet<>(BY_ID);
        for (Dimension dimension : Dimension.values()) {
            List<String> of = dimension.valuesOf(communication);
            if (of.isEmpty()) {
                continue;
            }
            values.put(dimension, of);
            of.forEach(value -> keys.add(new CounterKey(dimension, dimension.singleValued() ? null : value)));
        }
        List<Dimension> present = new ArrayList<>(values.keySet());
        for (int i = 0; i < present.size(); i++) {
            for (int j = i; j < present.size(); j++) {
                Dimension a = present.get(i);
                Dimension b = present.get(j);
                if (Dimension.crossed(a, b)) {
                    addCells(keys, a, values.get(a), b, values.get(b));
                }
            }
        }
        if (communication.campaign() != null) {
            addCopies(keys);
        }
        return keys;
    }

    /**
     * A copy in a campaign also counts in the copy key of each of its counters that an aggregate reads (not the
     * voices, which say whether a Member State was heard at all, nor the campaign's own counters), so that an
     * aggregate with campaigns collapsed can leave the copies out by subtraction.
     */
    private static void addCopies(Set<CounterKey> keys) {
        List<CounterKey> copies = new ArrayList<>();
        for (CounterKey key : keys) {
            if (key.dimensions().stream().noneMatch(d -> d.kind() == Dimension.Kind.COUNTED)) {
                copies.add(key.asCopy());
            }
        }
        keys.addAll(copies);
    }

    private static void addCells(Set<CounterKey> keys, Dimension a, List<String> valuesA, Dimension b,
                                 List<String> valuesB) {
        for (String valueA : valuesA) {
            for (String valueB : valuesB) {
                if (a != b || valueA.compareTo(valueB) < 0) {
                    keys.add(CounterKey.cell(a, valueA, b, valueB));
                }
            }
        }
    }

    /**
     * The keys of the same communication once an analyst verified its submitter, from the keys alone (a verification
     * needs no more than what the communication counts in): every {@code verification|declared} coordinate, in cells
     * too, becomes {@code verified}, and a Member State's voice becomes a verified one. {@code CounterKeysTest} holds
     * this to what {@link #of(CommunicationClassified, boolean)} gives for a verified submitter.
     */
    static Set<CounterKey> verified(Set<CounterKey> keys) {
        Set<CounterKey> verified = new TreeSet<>(BY_ID);
        for (CounterKey key : keys) {
            verified.add(new CounterKey(key.coordinates().stream().map(CounterKeys::verified).toList(), key.copy()));
            if (!key.isCell() && key.dimension() == Dimension.MEMBER_STATE_VOICE) {
                verified.add(CounterKey.of(Dimension.VERIFIED_VOICE, key.value()));
            }
        }
        return verified;
    }

    private static CounterKey.Coordinate verified(CounterKey.Coordinate coordinate) {
        return coordinate.dimension() == Dimension.VERIFICATION
                ? new CounterKey.Coordinate(Dimension.VERIFICATION, Verification.VERIFIED.id()) : coordinate;
    }
}
