package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.contracts.reference.Country;
import dev.assay.report.counters.Dimension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Which of the 193 UN Member States have been heard, and whether every region and the developing countries take part
 * equitably. Only communications sent by a Member State or its focal point ({@code SubmitterType#speaksForACountry()})
 * speak for it: a stakeholder based in a country does not. A Member State is heard from only on a verified voice (a
 * partner token, an authenticated focal point's e-mail, or an analyst's verification), so that nobody makes the figures
 * by typing a country name; one whose communications are all declared awaits verification; the others are not yet
 * heard ({@code missing}). Lists are sorted by ISO code.
 * <p>
 * {@code groups} gives the same split for every UN regional group, every M49 region and the development statuses
 * (developing, LDC, LLDC, SIDS), every group listed, zero included; {@code developingCountries} sets their share of
 * the Member States heard against their share of all Member States; {@code stakeholders} counts the other voices by
 * region. Everything comes from the {@code memberStateVoice}, {@code verifiedVoice}, {@code country} and
 * {@code withoutCountry} counters and the reference table, never from the communications.
 */
public record Participation(int memberStates, int heard, int awaitingVerification, int notYetHeard,
                            List<MemberState> heardFrom, List<MemberState> awaitingVerificationFrom,
                            List<MemberState> missing, Map<String, Map<String, GroupParticipation>> groups,
                            DevelopingCountries developingCountries, Stakeholders stakeholders, Instant generatedAt) {

    /** The key of countries that belong to no group of a grouping (e.g. no UN regional group). */
    static final String NONE = "none";
    private static final Map<String, Predicate<Country>> STATUSES = statuses();

    static Participation of(CounterTable counters, Countries countries, Instant generatedAt) {
        SortedMap<String, Long> voices = counters.counts(Dimension.MEMBER_STATE_VOICE);
        SortedMap<String, Long> verifiedVoices = counters.counts(Dimension.VERIFIED_VOICE);
        List<MemberState> heardFrom = new ArrayList<>();
        List<MemberState> awaiting = new ArrayList<>();
        List<MemberState> missing = new ArrayList<>();
        Groups groups = new Groups();
        int developingHeard = 0;
        List<Country> members = countries.unMembers();
        for (Country member : members) {
            long communications = voices.getOrDefault(member.iso2(), 0L);
            long verified = verifiedVoices.getOrDefault(member.iso2(), 0L);
            Standing standing = verified > 0 ? Standing.HEARD : communications > 0 ? Standing.AWAITING : Standing.MISSING;
            switch (standing) {
                case HEARD -> heardFrom.add(MemberState.withVoices(member, communications, verified));
                case AWAITING -> awaiting.add(MemberState.withVoices(member, communications, 0));
                case MISSING -> missing.add(MemberState.missing(member));
            }
            groups.add(member, standing);
            if (standing == Standing.HEARD && member.developing()) {
                developingHeard++;
            }
        }
        return new Participation(members.size(), heardFrom.size(), awaiting.size(), missing.size(), heardFrom,
                awaiting, missing, groups.participation(), developing(members, developingHeard, heardFrom.size()),
                stakeholders(counters, voices, countries), generatedAt);
    }

    private enum Standing { HEARD, AWAITING, MISSING }

    /** Tallies of Member States per group, for each grouping; every group of every Member State appears. */
    private static final class Groups {

        private final Map<String, Map<String, int[]>> tallies = new LinkedHashMap<>();

        Groups() {
            tallies.put("unRegionalGroup", new TreeMap<>());
            tallies.put("m49Region", new TreeMap<>());
            tallies.put("developmentStatus", new LinkedHashMap<>());
            STATUSES.keySet().forEach(status -> tallies.get("developmentStatus").put(status, new int[3]));
        }

        void add(Country member, Standing standing) {
            tally("unRegionalGroup", orNone(member.unRegionalGroup()), standing);
            tally("m49Region", orNone(member.region()), standing);
            STATUSES.forEach((status, applies) -> {
                if (applies.test(member)) {
                    tally("developmentStatus", status, standing);
                }
            });
        }

        private void tally(String grouping, String group, Standing standing) {
            int[] tally = tallies.get(grouping).computeIfAbsent(group, g -> new int[3]);
            tally[0]++;
            if (standing == Standing.HEARD) {
                tally[1]++;
            } else if (standing == Standing.AWAITING) {
                tally[2]++;
            }
        }

        Map<String, Map<String, GroupParticipation>> participation() {
            Map<String, Map<String, GroupParticipation>> participation = new LinkedHashMap<>();
            tallies.forEach((grouping, groups) -> {
                Map<String, GroupParticipation> byGroup = new LinkedHashMap<>();
                groups.forEach((group, tally) -> byGroup.put(group, GroupParticipation.of(tally[0], tally[1], tally[2])));
                participation.put(grouping, byGroup);
            });
            return participation;
        }
    }

    private static DevelopingCountries developing(List<Country> members, int developingHeard, int heard) {
        int developingMembers = (int) members.stream().filter(Country::developing).count();
        return new DevelopingCountries(developingMembers, developingHeard,
                Shares.of(developingMembers, members.size()), Shares.of(developingHeard, heard));
    }

    private static Stakeholders stakeholders(CounterTable counters, Map<String, Long> voices, Countries countries) {
        Map<String, Long> byGroup = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        counters.counts(Dimension.COUNTRY).forEach((code, communications) -> {
            long others = communications - voices.getOrDefault(code, 0L);
            countries.find(code).filter(country -> others > 0).ifPresent(country -> {
                byGroup.merge(orNone(country.unRegionalGroup()), others, Long::sum);
                byRegion.merge(orNone(country.region()), others, Long::sum);
            });
        });
        return new Stakeholders(byGroup, byRegion, counters.count(Dimension.WITHOUT_COUNTRY));
    }

    private static Map<String, Predicate<Country>> statuses() {
        Map<String, Predicate<Country>> statuses = new LinkedHashMap<>();
        statuses.put("developing", Country::developing);
        statuses.put("ldc", Country::ldc);
        statuses.put("lldc", Country::lldc);
        statuses.put("sids", Country::sids);
        return statuses;
    }

    private static String orNone(String group) {
        return group == null || group.isBlank() ? NONE : group;
    }
}
