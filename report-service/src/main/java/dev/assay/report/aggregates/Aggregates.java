package dev.assay.report.aggregates;

import dev.assay.report.communications.UnindexedReads;
import dev.assay.report.counters.Counter;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Counts communications by groupings of dimensions under a filter: from the counters when they hold the combination
 * ({@link CounterPlan}), reading only counters, by {@code _id} when they are few and known, else by {@code _id}
 * prefix, and never a communication; otherwise, and for
 * weeks, which no counter holds, from the communications ({@link CommunicationTally}), which the answer says.
 */
@Component
class Aggregates {

    /**
     * Beyond this many ids a read by prefix costs less on the embedded server (measured at 20 000 communications: a
     * summary's 350 ids took longer than matching every counter id; a cross-tab's 20 took a third of it).
     */
    static final int MAX_IDS = 200;

    /** The counts of each grouping asked, in the same order, and whether the communications were read for them. */
    record Answer(List<Tally> tallies, boolean scanned) {
    }

    private final CounterStore counters;
    private final CommunicationTally communications;
    private final UnindexedReads unindexed;

    Aggregates(CounterStore counters, CommunicationTally communications, UnindexedReads unindexed) {
        this.counters = counters;
        this.communications = communications;
        this.unindexed = unindexed;
    }

    /**
     * @param groupings the dimensions to count by, each grouping separately; {@code []} counts the total
     * @param weekly    whether {@link Dimension#MONTH} in a grouping stands for the week of receipt
     */
    Answer count(List<List<Dimension>> groupings, ReportFilter filter, boolean weekly) {
        if (!weekly) {
            Optional<List<Tally>> fromCounters = fromCounters(groupings, filter);
            if (fromCounters.isPresent()) {
                return new Answer(fromCounters.get(), false);
            }
        }
        unindexed.check(weekly ? "a weekly series" : "an answer for these filters, which no counter holds,");
        return new Answer(communications.count(groupings, filter, weekly, monthsWithCommunications(filter)), true);
    }

    /** Empty when a grouping needs a combination no counter holds. */
    Optional<List<Tally>> fromCounters(List<List<Dimension>> groupings, ReportFilter filter) {
        List<CounterPlan> plans = new ArrayList<>();
        for (int i = 0; i < groupings.size(); i++) {
            plans.addAll(CounterPlan.of(i, groupings.get(i), filter));
        }
        if (!plans.stream().allMatch(CounterPlan::held)) {
            return Optional.empty();
        }
        List<Tally> tallies = new ArrayList<>();
        groupings.forEach(grouping -> tallies.add(new Tally()));
        for (Counter counter : read(plans, filter.collapseCampaigns())) {
            if (counter.count() <= 0) {
                continue;
            }
            for (CounterPlan plan : plans) {
                List<String> tuple = plan.tuple(counter.key());
                if (tuple != null) {
                    tallies.get(plan.grouping()).add(tuple, counter.count());
                }
            }
        }
        return Optional.of(tallies);
    }

    /**
     * The counters the plans use: by id when every plan's values are known and they are few; otherwise by prefix. On
     * the embedded server each id is an index lookup that costs about as much as matching a few hundred counter ids
     * against a prefix, and a single prefix read already matches every counter id, so mixing the two only adds.
     */
    private List<Counter> read(List<CounterPlan> plans, boolean collapseCampaigns) {
        Set<String> ids = new LinkedHashSet<>();
        for (CounterPlan plan : plans) {
            Optional<List<String>> planIds = plan.ids(MAX_IDS);
            if (planIds.isEmpty() || ids.size() + planIds.get().size() > MAX_IDS) {
                return counters.withPrefixes(plans.stream().map(CounterPlan::prefix).distinct().toList(),
                        collapseCampaigns);
            }
            ids.addAll(planIds.get());
        }
        return counters.withIds(ids, collapseCampaigns);
    }

    /**
     * The months in the filter's range that have communications, from the month counters; null when the filter has
     * no range. A scan asks for these months' keys, which an index on {@code countedKeys} serves.
     */
    private List<String> monthsWithCommunications(ReportFilter filter) {
        if (!filter.hasMonthRange()) {
            return null;
        }
        List<String> months = new ArrayList<>();
        for (Counter counter : counters.withPrefixes(List.of(CounterKey.prefix(List.of(Dimension.MONTH))))) {
            if (counter.count() > 0 && filter.includesMonth(counter.key().value())) {
                months.add(counter.key().id());
            }
        }
        return months;
    }
}
