package dev.assay.deploy.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * report-service's MongoDB as the fault tests inspect it: which communications are stored, and the operator's
 * {@code recount}, run as an operator runs it (report-service's jar, in its own process).
 */
final class ReportDatabase implements AutoCloseable {

    /** What {@code recount --json} answered. */
    record Recount(long communications, long pending, long drift, String output) {
    }

    private final RunningStack stack;
    private final MongoClient client;

    ReportDatabase(RunningStack stack) {
        this.stack = stack;
        this.client = MongoClients.create(stack.mongoUri());
    }

    /** The ids among {@code ids} that report-service has not stored; read by {@code _id}, a thousand at a time. */
    Set<String> missing(List<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> page = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Document document : communications().find(new Document("_id", new Document("$in", page)))
                    .projection(Projections.include("_id"))) {
                missing.remove(document.getString("_id"));
            }
        }
        return missing;
    }

    /** Ids of the stored communications with this subject (a scan, fine for a test's few thousand documents). */
    List<String> idsWithSubject(String subject) {
        List<String> ids = new ArrayList<>();
        communications().find(new Document("subject", subject)).projection(Projections.include("_id"))
                .forEach(document -> ids.add(document.getString("_id")));
        return ids;
    }

    /**
     * The stored communications with one of these subjects whose id is not among {@code accepted}: a second
     * communication for a submission that intake answered once, described with its id and time of receipt.
     */
    List<String> unaccepted(List<String> subjects, List<String> accepted) {
        Set<String> known = new HashSet<>(accepted);
        List<String> unaccepted = new ArrayList<>();
        communications().find(new Document("subject", new Document("$in", subjects)))
                .projection(Projections.include("_id", "subject", "receivedAt"))
                .forEach(document -> {
                    if (!known.contains(document.getString("_id"))) {
                        unaccepted.add(document.getString("_id") + " " + document.get("receivedAt") + " \""
                                + document.getString("subject") + "\"");
                    }
                });
        return unaccepted;
    }

    Recount recount() {
        Path jar = new RepositoryLayout(stack.config().home()).serviceJar(Service.REPORT);
        Path output = stack.dataDir().resolve("recount-" + System.nanoTime() + ".json");
        try {
            ProcessBuilder builder = new ProcessBuilder(JavaCommand.java(), "-Xmx256m", "-jar", jar.toString(),
                    "recount", "--json").redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("MONGODB_URI", stack.mongoUri());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("recount did not finish in 3 minutes");
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            String json = printed.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
                    .orElseThrow(() -> new AssertionError("recount printed no result: " + printed));
            var result = AssayApi.JSON.readTree(json);
            return new Recount(result.path("communications").asLong(), result.path("pending").asLong(),
                    result.path("drift").asLong(), printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private MongoCollection<Document> communications() {
        return client.getDatabase("assay").getCollection("communications");
    }

    @Override
    public void close() {
        client.close();
    }
}
