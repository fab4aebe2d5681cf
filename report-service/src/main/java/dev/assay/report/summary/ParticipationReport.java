package dev.assay.report.summary;

import dev.assay.contracts.reference.Countries;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.CounterStore;
import dev.assay.report.counters.Dimension;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Computes the {@link Participation} report from the voice counters (at most two per Member State), the country
 * counters (one per country named) and {@code withoutCountry}, read by {@code _id} prefix; never the communications,
 * so it costs the same at a thousand communications as at a million. Served by the participation endpoint and quoted
 * by the compilation.
 */
@Component
public class ParticipationReport {

    private final CounterStore counters;
    private final Clock clock;

    ParticipationReport(CounterStore counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    /** @param collapseCampaigns whether a campaign's copies leave the stakeholders' counts */
    public Participation now(boolean collapseCampaigns) {
        // by prefix: its ~750 counters by id would cost more on the embedded server than matching every counter id
        return Participation.of(new CounterTable(counters.withPrefixes(List.of(
                        CounterKey.prefix(List.of(Dimension.MEMBER_STATE_VOICE)),
                        CounterKey.prefix(List.of(Dimension.VERIFIED_VOICE)),
                        CounterKey.prefix(List.of(Dimension.COUNTRY)),
                        CounterKey.prefix(List.of(Dimension.WITHOUT_COUNTRY))), collapseCampaigns)),
                Countries.reference(), clock.instant());
    }
}
