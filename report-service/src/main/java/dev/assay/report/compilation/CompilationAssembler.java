package dev.assay.report.compilation;

import dev.assay.contracts.taxonomy.Theme;
import dev.assay.report.campaigns.CampaignReport;
import dev.assay.report.communications.CommunicationStream;
import dev.assay.report.communications.CommunicationStream.Selection;
import dev.assay.report.communications.CommunicationView;
import dev.assay.report.counters.CounterKey;
import dev.assay.report.counters.Dimension;
import dev.assay.report.filter.ReportFilter;
import dev.assay.report.summary.ParticipationReport;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the report for a compilation and hands its parts to a writer in the document's order. Texts are read from
 * cursors one at a time, never into a list: one pass over the ids and counted keys only (the overview's counts and
 * each theme and region's ids), then the sections by id (a campaign's copies left out, its first member shown with the
 * campaign's size), then one pass for the annex (every communication). A query per section would make the embedded
 * server read every communication for each section. Themes and regions are those the
 * communications count under, an analyst's review included; participation comes from the voice counters.
 */
@Component
class CompilationAssembler {

    private final CommunicationStream communications;
    private final CampaignReport campaigns;
    private final ParticipationReport participation;
    private final Clock clock;

    CompilationAssembler(CommunicationStream communications, CampaignReport campaigns,
                         ParticipationReport participation, Clock clock) {
        this.communications = communications;
        this.campaigns = campaigns;
        this.participation = participation;
        this.clock = clock;
    }

    void write(ReportFilter filter, CompilationWriter writer) throws IOException {
        writer.cover(new Cover(Cover.TITLE, Cover.fromCatalogue(), day(ReportFilter.start(filter.from())),
                lastDay(filter), clock.instant(), filter.asParameters()));
        writer.participation(participation.now(filter.collapseCampaigns()));
        Outline outline = outline(filter);
        Overview overview = outline.overview();
        writer.overview(overview);
        Map<String, Long> copies = campaigns.copiesByFirstMember();
        for (Theme theme : overview.themes()) {
            writer.theme(theme, overview.count(theme));
            for (Region region : Region.values()) {
                List<String> ids = outline.section(theme, region);
                if (!ids.isEmpty()) {
                    writer.region(region, overview.count(theme, region));
                    communications.byIds(ids, view -> writer.entry(entry(view, theme,
                            copies.getOrDefault(view.id(), 0L))));
                }
            }
        }
        writer.annex(overview.communications());
        int[] number = {0};
        communications.each(Selection.of(filter), view -> writer.annexLine(new AnnexLine(++number[0], view.id(),
                view.receivedAt(), Submitters.of(view), view.classification().language(), view.subject(),
                ReviewedThemes.of(view).stream().map(Theme::id).toList(), view.campaignCopied())));
        writer.finish();
    }

    /** The overview's counts, and the ids of each section's communications, oldest first. */
    private record Outline(Overview overview, Map<Theme, Map<Region, List<String>>> sections) {

        List<String> section(Theme theme, Region region) {
            return sections.getOrDefault(theme, Map.of()).getOrDefault(region, List.of());
        }
    }

    /**
     * One pass over the selected communications' ids and counted keys, oldest first: no text is read. Each
     * communication that is not a campaign's copy goes to the section of each theme it counts under, in its region's
     * part; the sections are then read by id, which costs no scan on either server. The ids are held meanwhile (about
     * 100 bytes each; the embedded server refuses a compilation beyond its unindexed-read limit).
     */
    private Outline outline(ReportFilter filter) throws IOException {
        List<Theme> themes = themes(filter);
        Map<Theme, Map<Region, List<String>>> sections = new EnumMap<>(Theme.class);
        long[] totals = new long[2];
        communications.countedKeys(Selection.of(filter), counted -> {
            totals[0]++;
            if (counted.keys().contains(ReportFilter.COPIES)) {
                totals[1]++;
                return;
            }
            Region region = Region.NONE;
            List<Theme> under = new ArrayList<>();
            for (String id : counted.keys()) {
                CounterKey key = CounterKey.parse(id).filter(k -> !k.copy() && !k.isCell()).orElse(null);
                if (key != null && key.dimension() == Dimension.UN_REGIONAL_GROUP) {
                    region = Region.ofGroup(key.value());
                } else if (key != null && key.dimension() == Dimension.THEME) {
                    under.add(Theme.fromId(key.value()));
                }
            }
            for (Theme theme : under) {
                sections.computeIfAbsent(theme, t -> new EnumMap<>(Region.class))
                        .computeIfAbsent(region, r -> new ArrayList<>()).add(counted.id());
            }
        });
        Map<Theme, Map<Region, Long>> byTheme = new EnumMap<>(Theme.class);
        sections.forEach((theme, regions) -> regions.forEach((region, ids) -> byTheme
                .computeIfAbsent(theme, t -> new EnumMap<>(Region.class)).put(region, (long) ids.size())));
        return new Outline(new Overview(totals[0], totals[1], themes, byTheme), sections);
    }

    /** Every theme, or the one the filter names. */
    private static List<Theme> themes(ReportFilter filter) {
        String theme = filter.values().get(Dimension.THEME);
        return theme == null ? List.of(Theme.values()) : List.of(Theme.fromId(theme));
    }

    private static Entry entry(CommunicationView view, Theme theme, long copies) {
        return new Entry(view.id(), view.receivedAt(), Submitters.of(view), view.classification().language(),
                view.subject(), Excerpts.of(view, theme), copies == 0 ? 0 : copies + 1, view.latestReview() != null);
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static LocalDate lastDay(ReportFilter filter) {
        return filter.to() == null ? null : filter.to().atEndOfMonth();
    }
}
