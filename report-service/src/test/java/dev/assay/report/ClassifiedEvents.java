package dev.assay.report;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Evidence;
import dev.assay.contracts.events.Passage;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.fixtures.Communications;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link CommunicationClassified} events for tests. Defaults: a Kenyan Member State (declared, not verified)
 * writing in English through the API about resource recovery and resolution 5/12, received at 2026-03-02T09:00:00Z and
 * classified at 2026-03-02T10:00:00Z. Communications built with different ids have unrelated near-duplicate signatures,
 * as different letters would, so that they form no campaign unless a test gives them the same {@link #signature}.
 */
public final class ClassifiedEvents {

    private String id = "c-1";
    private Instant classifiedAt = Instant.parse("2026-03-02T10:00:00Z");
    private Instant receivedAt = Instant.parse("2026-03-02T09:00:00Z");
    private Channel channel = Channel.API;
    private SubmitterType submitterType = SubmitterType.MEMBER_STATE;
    private String country = "KE";
    private String language = "en";
    private List<Theme> themes = List.of(Theme.RESOURCE_RECOVERY);
    private boolean outOfScope;
    private List<String> resolutions = List.of("5/12");
    private Verification verification = Verification.DECLARED;
    private String subject;
    private String body;
    private String signature;
    private final Map<Theme, List<Evidence>> evidence = new EnumMap<>(Theme.class);

    private ClassifiedEvents() {
    }

    public static ClassifiedEvents aClassification() {
        return new ClassifiedEvents();
    }

    public ClassifiedEvents id(String id) {
        this.id = id;
        return this;
    }

    public ClassifiedEvents classifiedAt(String instant) {
        this.classifiedAt = Instant.parse(instant);
        return this;
    }

    public ClassifiedEvents classifiedAt(Instant instant) {
        this.classifiedAt = instant;
        return this;
    }

    public ClassifiedEvents receivedAt(String instant) {
        this.receivedAt = Instant.parse(instant);
        return this;
    }

    public ClassifiedEvents text(String subject, String body) {
        this.subject = subject;
        this.body = body;
        return this;
    }

    /** The classifier's near-duplicate signature, 16 hex digits; by default one of the id's own. */
    public ClassifiedEvents signature(String signature) {
        this.signature = signature;
        return this;
    }

    public ClassifiedEvents channel(Channel channel) {
        this.channel = channel;
        return this;
    }

    /** @param country ISO code, or null for a submitter without a country */
    public ClassifiedEvents from(SubmitterType type, String country) {
        this.submitterType = type;
        this.country = country;
        return this;
    }

    public ClassifiedEvents language(String language) {
        this.language = language;
        return this;
    }

    public ClassifiedEvents themes(Theme... themes) {
        this.themes = Arrays.asList(themes);
        return this;
    }

    public ClassifiedEvents outOfScope() {
        this.outOfScope = true;
        this.themes = List.of();
        return this;
    }

    public ClassifiedEvents resolutions(String... resolutions) {
        this.resolutions = Arrays.asList(resolutions);
        return this;
    }

    /**
     * The classifier found {@code theme} in passage {@code number} of {@code field} ({@code subject} or {@code body}),
     * which runs from {@code start} to {@code end}; the evidence's term is the passage's first word.
     */
    public ClassifiedEvents carriedBy(Theme theme, String field, int number, int start, int end) {
        evidence.computeIfAbsent(theme, t -> new ArrayList<>())
                .add(new Evidence(field, "term", start, Math.min(end, start + 4), "…").in(new Passage(number, start, end)));
        return this;
    }

    /** The channel established the submitter's identity (a partner token, an authenticated focal point's e-mail). */
    public ClassifiedEvents verified() {
        this.verification = Verification.VERIFIED;
        return this;
    }

    public CommunicationClassified build() {
        Communications builder = Communications.aCommunication()
                .id(id)
                .receivedAt(receivedAt)
                .channel(channel)
                .from(submitterType, country);
        if (subject != null) {
            builder.subject(subject).body(body);
        }
        CommunicationReceived received = builder.build();
        CommunicationReceived communication = received.withSubmitter(
                received.submitter().withVerification(verification));
        List<ThemeTag> tags = new ArrayList<>();
        themes.forEach(theme -> tags.add(new ThemeTag(theme, 0.8, evidence.getOrDefault(theme, List.of()))));
        SubmitterRegion region = Countries.reference().find(country).map(Country::toRegion).orElse(null);
        Classification classification = new Classification(language, null, tags, outOfScope,
                outOfScope ? "about coal mining" : null, resolutions, List.of(), List.of(), region,
                signature != null ? signature : signatureOf(id), "2026.1");
        return new CommunicationClassified(CommunicationClassified.SCHEMA_VERSION, id, classifiedAt, communication,
                classification);
    }

    /** 64 bits spread from the id (MurmurHash3's finaliser), as unrelated texts' signatures are. */
    static String signatureOf(String id) {
        long h = id.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return String.format("%016x", h);
    }
}
