package dev.assay.bench.workbench;

import dev.assay.bench.text.SampleSubmission;
import dev.assay.bench.text.SampleSubmissions;
import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.Submitter;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.contracts.taxonomy.Channel;
import dev.assay.contracts.taxonomy.SubmitterType;
import dev.assay.contracts.taxonomy.Theme;
import dev.assay.contracts.taxonomy.Verification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Classified communications as a year of the secretariat's mail might look, the same sequence for the same seed: the
 * six languages in turn (the {@link SampleSubmissions} texts), senders from every UN Member State (so every regional
 * group), every submitter type and channel, receipt spread over 2026, and {@link #CAMPAIGN_SHARE} of them copies of
 * campaigns of {@link #MIN_CAMPAIGN} to {@link #MAX_CAMPAIGN} near-identical texts.
 * <p>
 * The signature stands for the classifier's 64-bit SimHash: a unique text gets a random one (two of them differ in
 * about 32 bits); a campaign's copy gets its campaign's with at most {@link #MAX_FLIPPED_BITS} bits flipped, and its
 * body is the campaign's with only the sender's name and town put around it, so report-service's text similarity
 * confirms what the signature suggests.
 */
public final class WorkbenchCommunications implements Supplier<CommunicationClassified> {

    static final double CAMPAIGN_SHARE = 0.02;
    static final int MIN_CAMPAIGN = 10;
    static final int MAX_CAMPAIGN = 500;
    static final int MAX_FLIPPED_BITS = 2;
    static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant YEAR_END = Instant.parse("2027-01-01T00:00:00Z");
    /** Campaigns run side by side, so their copies interleave with each other and with unique texts. */
    private static final int OPEN_CAMPAIGNS = 4;
    /** A campaign's copies arrive within a few weeks of its start. */
    private static final Duration CAMPAIGN_SPAN = Duration.ofDays(21);
    private static final String[] TOWNS = {"Nairobi", "Lima", "Hanoi", "Almaty", "Dakar", "Quito", "Suva", "Tunis"};
    private static final List<Country> MEMBER_STATES = Countries.reference().unMembers();
    private static final SubmitterType[] TYPES = SubmitterType.values();
    private static final Channel[] CHANNELS = Channel.values();

    private final Random random;
    private final SampleSubmissions samples;
    private final List<Campaign> open = new ArrayList<>();
    private long campaigns;
    private long campaignCopies;
    private String lastCampaign;

    /** @param bodyBytes the size of a unique text's body in UTF-8 bytes (see {@link SampleSubmissions}) */
    public WorkbenchCommunications(long seed, int bodyBytes) {
        this.random = new Random(seed);
        this.samples = new SampleSubmissions(seed, bodyBytes);
    }

    @Override
    public CommunicationClassified get() {
        lastCampaign = null;
        if (random.nextDouble() < CAMPAIGN_SHARE) {
            return copyOf(campaign());
        }
        SampleSubmission text = samples.next();
        return classified(text, text.subject(), text.body(), sender(), receivedAt(YEAR_START, YEAR_END),
                random.nextLong());
    }

    private Campaign campaign() {
        campaignCopies++;
        if (open.size() < OPEN_CAMPAIGNS) {
            campaigns++;
            Instant start = receivedAt(YEAR_START, YEAR_END.minus(CAMPAIGN_SPAN));
            open.add(new Campaign(samples.next(), random.nextLong(), start,
                    MIN_CAMPAIGN + random.nextInt(MAX_CAMPAIGN - MIN_CAMPAIGN + 1)));
        }
        int chosen = random.nextInt(open.size());
        Campaign campaign = open.get(chosen);
        if (++campaign.sent == campaign.size) {
            open.remove(chosen);
        }
        return campaign;
    }

    /**
     * The campaign the communication {@link #get} returned last is a copy in, as report-service's campaign finder
     * places it: the id of the campaign's first member (which is itself in none); null for a unique text and for a
     * campaign's first member.
     */
    public String campaignOfLast() {
        return lastCampaign;
    }

    /** Campaigns begun so far. */
    public long campaigns() {
        return campaigns;
    }

    /** Communications made so far that are a campaign's copies. */
    public long campaignCopies() {
        return campaignCopies;
    }

    private CommunicationClassified copyOf(Campaign campaign) {
        Sender sender = sender();
        String town = TOWNS[random.nextInt(TOWNS.length)];
        String body = nearCopy(campaign.text.body(), sender.name, town);
        CommunicationClassified copy = classified(campaign.text, campaign.text.subject(), body, sender,
                receivedAt(campaign.start, campaign.start.plus(CAMPAIGN_SPAN)), flipBits(campaign.signature));
        if (campaign.firstMember == null) {
            campaign.firstMember = copy.communicationId();
        } else {
            lastCampaign = campaign.firstMember;
        }
        return copy;
    }

    /** The campaign's text with a few words changed: the sender's name and town before it, the name after it. */
    static String nearCopy(String body, String name, String town) {
        return name + ", " + town + ". " + body + " " + name;
    }

    private long flipBits(long signature) {
        long flipped = signature;
        int bits = random.nextInt(MAX_FLIPPED_BITS + 1);
        for (int i = 0; i < bits; i++) {
            flipped ^= 1L << random.nextInt(64);
        }
        return flipped;
    }

    private CommunicationClassified classified(SampleSubmission text, String subject, String body, Sender sender,
                                               Instant receivedAt, long signature) {
        String id = uuid();
        List<Theme> themes = text.themes().stream().map(Theme::fromId).toList();
        CommunicationReceived received = new CommunicationReceived(CommunicationReceived.SCHEMA_VERSION, id,
                receivedAt, CHANNELS[random.nextInt(CHANNELS.length)], sender.submitter(), subject, body, themes,
                text.resolutions(), null);
        SubmitterRegion region = sender.country == null ? null : sender.country.toRegion();
        Classification classification = new Classification(text.language().code(), null,
                themes.stream().map(theme -> new ThemeTag(theme, 0.8, List.of())).toList(), false, null,
                text.resolutions(), List.of(), List.of(), region, signature(signature), "2026.1");
        return new CommunicationClassified(CommunicationClassified.SCHEMA_VERSION, id,
                receivedAt.plusSeconds(2), received, classification);
    }

    /** 64 bits as the classifier writes its signature: 16 hex digits. */
    static String signature(long bits) {
        return String.format(Locale.ROOT, "%016x", bits);
    }

    private Sender sender() {
        SubmitterType type = TYPES[random.nextInt(TYPES.length)];
        boolean speaksForNoCountry = type == SubmitterType.UN_ENTITY || type == SubmitterType.INTERGOVERNMENTAL;
        Country country = speaksForNoCountry ? null : MEMBER_STATES.get(random.nextInt(MEMBER_STATES.size()));
        int n = random.nextInt(100_000);
        // a third of the Member States' and focal points' voices verified, so participation's "heard" means something
        boolean verified = (type == SubmitterType.MEMBER_STATE || type == SubmitterType.FOCAL_POINT)
                && random.nextInt(3) == 0;
        return new Sender(type, country, "Organisation " + n, "Contact" + n, verified);
    }

    private Instant receivedAt(Instant from, Instant to) {
        long millis = to.toEpochMilli() - from.toEpochMilli();
        return from.plusMillis((long) (random.nextDouble() * millis));
    }

    /** A random (version 4) UUID from this generator's sequence, so ids repeat with the seed. */
    private String uuid() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private record Sender(SubmitterType type, Country country, String organisation, String name, boolean verified) {

        Submitter submitter() {
            return new Submitter(type, country == null ? null : country.iso2(), organisation, name,
                    name.toLowerCase(Locale.ROOT) + "@example.org", verified ? Verification.VERIFIED
                    : Verification.DECLARED);
        }
    }

    private static final class Campaign {
        private final SampleSubmission text;
        private final long signature;
        private final Instant start;
        private final int size;
        private int sent;
        private String firstMember;

        Campaign(SampleSubmission text, long signature, Instant start, int size) {
            this.text = text;
            this.signature = signature;
            this.start = start;
            this.size = size;
        }
    }
}
