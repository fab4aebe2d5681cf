package dev.assay.report.projection;

import dev.assay.contracts.events.Classification;
import dev.assay.contracts.events.CommunicationClassified;
import dev.assay.contracts.events.CommunicationReceived;
import dev.assay.contracts.events.SubmitterRegion;
import dev.assay.contracts.events.ThemeTag;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;

import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The counters one classified communication counts in. Only known values count: a communication without a known
 * country contributes to {@code withoutCountry} and to none of the country-derived dimensions (country, regions, UN
 * regional group, LDC/LLDC/SIDS, developing), rather than to a catch-all such as {@code unRegionalGroup|none}; empty
 * groupings (a non-member has no UN regional group) are skipped the same way. {@code memberStateVoice|XX} counts only
 * what a UN Member State said itself or through its focal point, and {@code verifiedVoice|XX} the part of it whose
 * submitter is verified (by the channel or later by an analyst): the participation report reads both, so that a
 * Member State counts as heard on a verified voice only.
 */
final class CounterKeys {

    static final String OUT_OF_SCOPE = "out-of-scope";
    private static final Comparator<CounterKey> BY_ID = Comparator.comparing(CounterKey::id);

    private CounterKeys() {
    }

    /** @param analystVerified whether an analyst verified the submitter, whatever the channel established */
    static Set<CounterKey> of(CommunicationClassified event, boolean analystVerified) {
        Set<CounterKey> keys = of(event);
        return analystVerified ? verified(keys) : keys;
    }

    /** The keys of a communication as the channel established its submitter. */
    static Set<CounterKey> of(CommunicationClassified event) {
        CommunicationReceived communication = event.communication();
        Classification classification = event.classification();
        Set<CounterKey> keys = new TreeSet<>(BY_ID);
        keys.add(CounterKey.of(Dimension.TOTAL));
        for (ThemeTag theme : classification.themes()) {
            keys.add(CounterKey.of(Dimension.THEME, theme.id().id()));
        }
        if (classification.outOfScope()) {
            keys.add(CounterKey.of(Dimension.SCOPE, OUT_OF_SCOPE));
        }
        addIfKnown(keys, Dimension.LANGUAGE, classification.language());
        keys.add(CounterKey.of(Dimension.CHANNEL, communication.channel().id()));
        keys.add(CounterKey.of(Dimension.SUBMITTER_TYPE, communication.submitter().type().id()));
        classification.resolutions().forEach(resolution -> addIfKnown(keys, Dimension.RESOLUTION, resolution));
        SubmitterRegion region = classification.region();
        if (region == null || isBlank(region.country())) {
            keys.add(CounterKey.of(Dimension.WITHOUT_COUNTRY));
        } else {
            addRegion(keys, region, communication.submitter().type().speaksForACountry());
        }
        return communication.submitter().verified() ? verified(keys) : keys;
    }

    /**
     * The keys of the same communication once its submitter is verified: a Member State's voice becomes a verified
     * one. Depends on the keys alone, so that a verification needs no more than what the communication counts in.
     */
    static Set<CounterKey> verified(Set<CounterKey> keys) {
        Set<CounterKey> verified = new TreeSet<>(BY_ID);
        verified.addAll(keys);
        keys.stream().filter(key -> key.dimension() == Dimension.MEMBER_STATE_VOICE)
                .forEach(voice -> verified.add(CounterKey.of(Dimension.VERIFIED_VOICE, voice.value())));
        return verified;
    }

    private static void addRegion(Set<CounterKey> keys, SubmitterRegion region, boolean speaksForTheCountry) {
        keys.add(CounterKey.of(Dimension.COUNTRY, region.country()));
        if (speaksForTheCountry && region.unMember()) {
            keys.add(CounterKey.of(Dimension.MEMBER_STATE_VOICE, region.country()));
        }
        addIfKnown(keys, Dimension.UN_REGIONAL_GROUP, region.unRegionalGroup());
        addIfKnown(keys, Dimension.M49_REGION, region.m49Region());
        addIfKnown(keys, Dimension.M49_SUB_REGION, region.m49SubRegion());
        addIfKnown(keys, Dimension.UNEP_REGION, region.unepRegion());
        addIf(keys, region.developing(), "developing");
        addIf(keys, region.ldc(), "ldc");
        addIf(keys, region.lldc(), "lldc");
        addIf(keys, region.sids(), "sids");
    }

    private static void addIf(Set<CounterKey> keys, boolean condition, String status) {
        if (condition) {
            keys.add(CounterKey.of(Dimension.STATUS, status));
        }
    }

    private static void addIfKnown(Set<CounterKey> keys, Dimension dimension, String value) {
        if (!isBlank(value)) {
            keys.add(CounterKey.of(dimension, value));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
