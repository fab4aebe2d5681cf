package dev.assay.bench.pipeline;

import dev.assay.bench.cli.Arguments;
import dev.assay.bench.intake.RequestBodies;
import dev.assay.bench.report.Machine;
import dev.assay.bench.report.Table;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Issue 9's pipeline benchmark, in the steps run-pipeline.sh strings together around the processes it pauses:
 * {@code intake-alone} measures intake's rate with classification and report paused; {@code campaign} submits a
 * campaign as fast as intake takes it with the whole pipeline running and follows the report; {@code steady} submits at
 * a fixed rate the pipeline sustains. Goals: the report never more than 10 s behind intake at the rate intake sustains
 * on its own, and intake's p99 under 100 ms at the rate the pipeline sustains.
 */
public final class PipelineBenchmark {

    private static final Set<String> OPTIONS = Set.of("intake-url", "report-url", "submissions", "clients",
            "body-bytes", "rate", "result", "label", "catch-up");

    private PipelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Arguments a = Arguments.parse(Arrays.copyOfRange(args, 1, args.length), OPTIONS);
        List<byte[]> bodies = RequestBodies.make(2_000, 7, a.positiveInt("body-bytes", 1700));
        Campaign campaign = new Campaign(a.required("intake-url"), a.string("report-url", ""),
                a.positiveInt("clients", 32), bodies);
        int submissions = a.positiveInt("submissions", 100_000);
        Duration catchUp = a.duration("catch-up", Duration.ofMinutes(15));
        String label = a.string("label", args[0]);
        CampaignFigures figures = switch (args[0]) {
            case "intake-alone" -> CampaignFigures.ofIntakeOnly(campaign.run(submissions, 0, Duration.ofMillis(250),
                    catchUp, false));
            case "campaign" -> CampaignFigures.of(campaign.run(submissions, 0, Duration.ofMillis(250), catchUp));
            case "steady" -> CampaignFigures.of(campaign.run(submissions,
                    Double.parseDouble(a.required("rate")), Duration.ofMillis(250), catchUp));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        };
        print(label, figures);
        save(Path.of(a.required("result")), label, figures);
    }

    private static void print(String label, CampaignFigures f) {
        Table table = new Table("measure", "value");
        table.row("accepted (202) / other answers", f.accepted() + " / " + f.errors());
        table.row("intake's rate", fmt(f.intakePerSecond()) + " requests/s");
        table.row("intake p50 / p99 / p99.9", fmt(f.intakeLatency().p50()) + " / " + fmt(f.intakeLatency().p99())
                + " / " + fmt(f.intakeLatency().p999()) + " ms");
        if (!Double.isNaN(f.maxLagSeconds()) && f.visibleLatency().count() > 0) {
            table.row("report's rate, first 202 to everything counted", fmt(f.reportPerSecond()) + " /s");
            table.row("report behind intake, at most", fmt(f.maxLagSeconds()) + " s");
            table.row("report counted everything after the last 202", fmt(f.catchUpSeconds()) + " s"
                    + (f.complete() ? "" : " (NOT COMPLETE)"));
            table.row("202 to visible p50 / p99", fmt(f.visibleLatency().p50() / 1000) + " / "
                    + fmt(f.visibleLatency().p99() / 1000) + " s");
        }
        System.out.println("[bench] " + label + " (" + Machine.describe() + ", load average " + Machine.loadAverage()
                + "):\n" + table.render());
    }

    private static void save(Path file, String label, CampaignFigures f) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("intakePerSecond", Double.toString(f.intakePerSecond()));
        properties.setProperty("reportPerSecond", Double.toString(f.reportPerSecond()));
        properties.setProperty("maxLagSeconds", Double.toString(f.maxLagSeconds()));
        properties.setProperty("intakeP99", Double.toString(f.intakeLatency().p99()));
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, label);
        }
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
