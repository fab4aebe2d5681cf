package dev.assay.report.ops;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.assay.contracts.topics.DeadLetterReplay;
import dev.assay.contracts.topics.Topics;
import dev.assay.report.projection.Recount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The operator commands of report-service. They use the service's own environment ({@code MONGODB_URI},
 * {@code KAFKA_BOOTSTRAP_SERVERS}) and plain clients, so they start in a second and need no running service:
 * <ul>
 * <li>{@code recount [--repair] [--json]}: rebuilds every counter from the communications and prints the difference
 * from the live counters; exit status 0 when there is none, 3 when there is (and {@code --repair} was not given).
 * {@code --rebuild} first gives every communication the counters this version's dimensions give it (after an upgrade
 * that added a dimension or a cell); stop report-service's consumers first.
 * {@code --repair} sets the counters to the recount: stop report-service's consumers first.</li>
 * <li>{@code replay-dead-letters [--dry-run]}: sends the records of {@code communications.classified.v1.dlt} back to
 * {@code communications.classified.v1}, after the fault that put them there is fixed.</li>
 * </ul>
 */
public final class ReportCommands {

    public static final int DRIFT = 3;
    private static final Set<String> COMMANDS = Set.of("recount", "replay-dead-letters");
    private static final String USAGE = """
            usage: java -jar report-service-exec.jar <command> [options]
              recount [--rebuild] [--repair] [--json]
                                              rebuild the counters from the communications and show any drift
              replay-dead-letters [--dry-run] send communications.classified.v1.dlt back to communications.classified.v1
            environment: MONGODB_URI (default mongodb://localhost:27017/assay), KAFKA_BOOTSTRAP_SERVERS (localhost:9092)""";

    private ReportCommands() {
    }

    /** Whether {@code args} ask for a command rather than the service. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.contains(args[0]) || args[0].equals("help"));
    }

    /** Runs the command {@code args} names. @return the process's exit status */
    public static int run(String[] args, Map<String, String> env, PrintStream out) {
        quietClients();
        List<String> options = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "recount" -> recount(options, env, out);
                case "replay-dead-letters" -> replay(options, env, out);
                default -> {
                    out.println(USAGE);
                    yield 0;
                }
            };
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage() + "\n" + USAGE);
            return 2;
        } catch (RuntimeException e) {
            out.println(args[0] + " failed: " + e);
            return 1;
        }
    }

    private static int recount(List<String> options, Map<String, String> env, PrintStream out) {
        requireOnly(options, "--repair", "--json", "--rebuild");
        ConnectionString uri = new ConnectionString(env.getOrDefault("MONGODB_URI", "mongodb://localhost:27017/assay"));
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(uri)
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS)
                        .readTimeout(2, TimeUnit.MINUTES))
                .build();
        try (MongoClient client = MongoClients.create(settings)) {
            Recount recount = new Recount(new MongoTemplate(client, uri.getDatabase() == null ? "assay" : uri.getDatabase()));
            if (options.contains("--rebuild")) {
                out.printf("Rebuilt the counters of %d communications%n", recount.rebuild());
            }
            Recount.Result result = recount.run();
            boolean repair = options.contains("--repair");
            if (repair) {
                recount.repair(result);
            }
            if (options.contains("--json")) {
                out.println(JsonMapper.builder().build().writeValueAsString(Map.of("communications",
                        result.communications(), "pending", result.pending(), "unread", result.unread(),
                        "counters", result.counters(), "drift", result.drift(), "repaired", repair,
                        "differences", result.differences())));
            } else {
                print(result, repair, out);
            }
            return result.drift() == 0 || repair ? 0 : DRIFT;
        }
    }

    private static void print(Recount.Result result, boolean repaired, PrintStream out) {
        out.printf("Recounted %d communications (%d with a projection under way, %d not read): %d counters, drift %d%n",
                result.communications(), result.pending(), result.unread(), result.counters(), result.drift());
        if (!result.differences().isEmpty()) {
            out.printf("%-40s %10s %10s %8s%n", "counter", "live", "recounted", "drift");
            result.differences().forEach(difference -> out.printf("%-40s %10d %10d %+8d%n", difference.counter(),
                    difference.live(), difference.recounted(), difference.drift()));
            out.println(repaired ? "Repaired: the counters now hold the recounted values."
                    : "Run again with --repair, with report-service's consumers stopped, to set the counters to the recount.");
        }
    }

    private static int replay(List<String> options, Map<String, String> env, PrintStream out) {
        requireOnly(options, "--dry-run");
        boolean dryRun = options.contains("--dry-run");
        DeadLetterReplay.Result result = new DeadLetterReplay(
                Map.of("bootstrap.servers", env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")),
                Duration.ofSeconds(30))
                .replay(Topics.COMMUNICATIONS_CLASSIFIED, dryRun, letter -> out.printf("%s  %s-%d@%d  %s%n",
                        letter.key(), Topics.COMMUNICATIONS_CLASSIFIED_DLT.name(), letter.partition(), letter.offset(),
                        letter.reason()));
        out.printf("%s %d dead letters from %s to %s%n", dryRun ? "Would replay" : "Replayed", result.letters().size(),
                result.deadLetterTopic(), result.sourceTopic());
        return 0;
    }

    /** Outside Spring Boot nothing configures logging: the clients would print their settings and every retry. */
    private static void quietClients() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static void requireOnly(List<String> options, String... allowed) {
        for (String option : options) {
            if (!Arrays.asList(allowed).contains(option)) {
                throw new IllegalArgumentException("unknown option " + option);
            }
        }
    }
}
