package dev.assay.report.counters;

import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.Resolution;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The registry of what communications are counted by: for each dimension its id (the first part of a counter's
 * {@code _id}, stored, so it never changes), its label, how its values are read from a communication, and the values a
 * filter may name. The projection, the counter keys, the summary, the cross-tabs, the filters and the README's table
 * all read this list: adding a dimension is adding a constant here.
 * <p>
 * {@link Kind#REPORTED} dimensions are what the public aggregates break communications down by and filter on; each is
 * also crossed with {@link #THEME} and {@link #MONTH} (and {@link #UN_REGIONAL_GROUP} with {@link #SUBMITTER_TYPE}, see
 * {@link #crossed}) into cell counters. The others are counted alone: {@link #TOTAL} and {@link #WITHOUT_COUNTRY} have a
 * single counter each, the voices one per Member State for the participation report.
 * <p>
 * Only known values count: a communication without a known country counts under {@code withoutCountry} and in none of
 * the country-derived dimensions, rather than under a catch-all such as {@code unRegionalGroup|none}; empty groupings (a
 * non-member has no UN regional group) are skipped the same way.
 */
public enum Dimension {
    TOTAL("total", "All communications", Kind.VALUELESS, false, c -> List.of(""), null),
    WITHOUT_COUNTRY("withoutCountry", "Without a known country", Kind.VALUELESS, false,
            c -> c.region() == null ? List.of("") : List.of(), null),
    THEME("theme", "Theme", Kind.REPORTED, true,
            c -> c.classification().themes().stream().map(ThemeTag::id).map(Theme::id).toList(), Theme.ids()),
    RESOLUTION("resolution", "Resolution", Kind.REPORTED, true, c -> c.classification().resolutions(),
            Resolution.ids()),
    UN_REGIONAL_GROUP("unRegionalGroup", "UN regional group", Kind.REPORTED, false,
            c -> ofRegion(c, SubmitterRegion::unRegionalGroup), referenceValues(Country::unRegionalGroup)),
    M49_REGION("m49Region", "M49 region", Kind.REPORTED, false, c -> ofRegion(c, SubmitterRegion::m49Region),
            referenceValues(Country::region)),
    M49_SUB_REGION("m49SubRegion", "M49 sub-region", Kind.REPORTED, false,
            c -> ofRegion(c, SubmitterRegion::m49SubRegion), referenceValues(Country::subRegion)),
    UNEP_REGION("unepRegion", "UNEP region", Kind.REPORTED, false, c -> ofRegion(c, SubmitterRegion::unepRegion),
            referenceValues(Country::unepRegion)),
    COUNTRY("country", "Country", Kind.REPORTED, false, c -> ofRegion(c, SubmitterRegion::country),
            referenceValues(Country::iso2)),
    SUBMITTER_TYPE("submitterType", "Submitter type", Kind.REPORTED, false, c -> List.of(c.submitterType().id()),
            SubmitterType.ids()),
    VERIFICATION("verification", "Verification", Kind.REPORTED, false,
            c -> List.of((c.verified() ? Verification.VERIFIED : Verification.DECLARED).id()),
            Arrays.stream(Verification.values()).map(Verification::id).toArray(String[]::new)),
    CHANNEL("channel", "Channel", Kind.REPORTED, false, c -> List.of(c.channel().id()),
            Arrays.stream(Channel.values()).map(Channel::id).toArray(String[]::new)),
    /** ISO 639-1 code of one of the six UN languages, or {@code und}. */
    LANGUAGE("language", "Language", Kind.REPORTED, false, c -> known(c.classification().language()),
            new String[]{"ar", "en", "es", "fr", "ru", "zh", "und"}),
    /** Development status of the submitter's country; a country may have several (an LDC is developing too). */
    STATUS("status", "Development status", Kind.REPORTED, true, Dimension::statuses,
            new String[]{"developing", "ldc", "lldc", "sids"}),
    SCOPE("scope", "Scope", Kind.REPORTED, false,
            c -> List.of(c.classification().outOfScope() ? "out-of-scope" : "in-scope"),
            new String[]{"in-scope", "out-of-scope"}),
    /** {@code YYYY-MM} of the communication's receipt, in UTC. Filtered by {@code from} and {@code to}. */
    MONTH("month", "Month of receipt", Kind.REPORTED, false,
            c -> List.of(YearMonth.from(c.receivedAt().atZone(ZoneOffset.UTC)).toString()), null),
    /** Communications of a UN Member State speaking itself or through its focal point, verified or not. */
    MEMBER_STATE_VOICE("memberStateVoice", "Member State voice", Kind.COUNTED, false, Dimension::voice, null),
    /** Of those, the communications whose submitter is verified: what makes the Member State heard. */
    VERIFIED_VOICE("verifiedVoice", "Verified Member State voice", Kind.COUNTED, false,
            c -> c.verified() ? voice(c) : List.of(), null),
    /**
     * The campaign a copy belongs to: counted for copies only (a campaign's first member is in none), alone and crossed
     * with the UN regional group and M49 region, which give a campaign's size and its senders' regions.
     */
    CAMPAIGN("campaign", "Campaign", Kind.COUNTED, false, c -> known(c.campaign()), null);

    /** How a dimension is counted and shown. */
    public enum Kind {
        /** One counter without a value ({@code total}). */
        VALUELESS,
        /** One counter per value, read by one report only (participation). */
        COUNTED,
        /** One counter per value, shown, filtered on and crossed in the public aggregates. */
        REPORTED
    }

    /** Pairs crossed besides every reported dimension with {@link #THEME} and with {@link #MONTH}. */
    private static final List<Set<Dimension>> OTHER_CROSSINGS = List.of(Set.of(UN_REGIONAL_GROUP, SUBMITTER_TYPE));
    /** Counted dimensions' pairs, read by their own reports: the campaigns' senders by region. */
    private static final List<Set<Dimension>> COUNTED_CROSSINGS = List.of(Set.of(CAMPAIGN, UN_REGIONAL_GROUP),
            Set.of(CAMPAIGN, M49_REGION));

    private final String id;
    private final String label;
    private final Kind kind;
    private final boolean multiValued;
    private final Function<CountedCommunication, List<String>> values;
    private final List<String> allowed;
    private final Set<String> allowedSet;

    Dimension(String id, String label, Kind kind, boolean multiValued,
              Function<CountedCommunication, List<String>> values, String[] allowed) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.multiValued = multiValued;
        this.values = values;
        this.allowed = allowed == null ? null : List.of(allowed);
        this.allowedSet = allowed == null ? null : Set.of(allowed);
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public boolean reported() {
        return kind == Kind.REPORTED;
    }

    /** Whether a communication may have several values at once (themes, resolutions, statuses). */
    public boolean multiValued() {
        return multiValued;
    }

    public boolean singleValued() {
        return kind == Kind.VALUELESS;
    }

    /**
     * The values {@code communication} counts under, without blanks or repeats; for a valueless dimension one empty
     * string when it counts, none when not.
     */
    public List<String> valuesOf(CountedCommunication communication) {
        if (kind == Kind.VALUELESS) {
            return values.apply(communication);
        }
        // a value the registry does not list (a newer classifier's) counts nowhere, so that reading the listed values'
        // counters by id finds every counter there is
        return values.apply(communication).stream().filter(v -> v != null && !v.isBlank())
                .filter(v -> allowedSet == null || allowedSet.contains(v)).distinct().toList();
    }

    /** The values a filter may name; empty for a dimension whose values are open ({@link #MONTH}, the voices). */
    public Optional<List<String>> allowedValues() {
        return Optional.ofNullable(allowed);
    }

    /**
     * Whether cell counters of {@code a} and {@code b} are kept: every reported dimension with {@link #THEME} and with
     * {@link #MONTH}, the {@link #OTHER_CROSSINGS} and the {@link #COUNTED_CROSSINGS}. A dimension with itself only where a communication has several
     * values (two themes of one communication); the order of the two does not matter.
     */
    public static boolean crossed(Dimension a, Dimension b) {
        if (a != b && COUNTED_CROSSINGS.contains(Set.of(a, b))) {
            return true;
        }
        if (!a.reported() || !b.reported()) {
            return false;
        }
        if (a == b) {
            return a.multiValued && (a == THEME || a == MONTH);
        }
        return a == THEME || b == THEME || a == MONTH || b == MONTH || OTHER_CROSSINGS.contains(Set.of(a, b));
    }

    /** The reported dimensions, in the registry's order. */
    public static List<Dimension> reportedDimensions() {
        return Arrays.stream(values()).filter(Dimension::reported).toList();
    }

    /** Empty for an id this version does not know, so that counters written by a newer version are ignored, not fatal. */
    public static Optional<Dimension> fromId(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }

    private static List<String> ofRegion(CountedCommunication c, Function<SubmitterRegion, String> field) {
        return c.region() == null ? List.of() : known(field.apply(c.region()));
    }

    private static List<String> known(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }

    private static List<String> statuses(CountedCommunication c) {
        SubmitterRegion region = c.region();
        if (region == null) {
            return List.of();
        }
        List<String> statuses = new ArrayList<>();
        if (region.developing()) {
            statuses.add("developing");
        }
        if (region.ldc()) {
            statuses.add("ldc");
        }
        if (region.lldc()) {
            statuses.add("lldc");
        }
        if (region.sids()) {
            statuses.add("sids");
        }
        return statuses;
    }

    /** A UN Member State speaking itself or through its focal point; a stakeholder based there does not speak for it. */
    private static List<String> voice(CountedCommunication c) {
        SubmitterRegion region = c.region();
        return region != null && region.unMember() && c.submitterType().speaksForACountry()
                ? List.of(region.country()) : List.of();
    }

    private static String[] referenceValues(Function<Country, String> field) {
        Set<String> values = new TreeSet<>();
        Countries.reference().all().stream().map(field).filter(v -> v != null && !v.isBlank()).forEach(values::add);
        return values.toArray(String[]::new);
    }
}
