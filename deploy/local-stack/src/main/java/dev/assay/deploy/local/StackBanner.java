package dev.assay.deploy.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the user reads once the stack is up: where everything is, and the ready line scripts and tests wait for. */
final class StackBanner {

    private StackBanner() {
    }

    static void print(RunningStack stack, double seconds, PrintStream out) {
        StackConfig config = stack.config();
        out.println("[assay] ------------------------------------------------------------------------");
        if (config.scope() == Scope.ALL) {
            line(out, "intake API", "POST " + stack.intakeUrl() + "/api/v1/communications");
            line(out, "intake form", stack.intakeUrl() + "/");
            line(out, "report summary", stack.reportUrl() + "/api/v1/reports/summary");
            // at 127.0.0.1: the provider matches the dashboard's loopback redirect URI on any port there, and only there
            line(out, "dashboard", stack.reportUrl().replace("//localhost:", "//127.0.0.1:")
                    + "/dashboard (analysts sign in as analyst or admin)");
            line(out, "classification dry run", "POST " + stack.classificationUrl() + "/api/v1/classify");
            for (Service service : Service.values()) {
                List<String> urls = stack.urls(service);
                if (urls.size() > 1) {
                    line(out, urls.size() + " x " + service.module(), String.join(", ", urls));
                }
            }
            line(out, "Prometheus (loopback)", Arrays.stream(Service.values())
                    .flatMap(s -> stack.managementUrls(s).stream())
                    .map(url -> url + "/actuator/prometheus").collect(Collectors.joining(", ")));
        }
        line(out, "OIDC issuer", stack.issuer() + " (roles claim: " + AuthServerProcess.ROLES_CLAIM + ")");
        Map<String, String> accounts = AuthServerProcess.accounts(new DataDirectory(config.dataDir()));
        accounts.forEach((account, secret) -> line(out, "  " + account,
                (account.equals("partner-fr") ? "client secret " : "password ") + secret));
        String token = tokenCommand(config);
        line(out, "access token", token + " analyst|admin|partner-fr, e.g. curl -H \"Authorization: Bearer $("
                + token + " analyst)\" " + stack.reportUrl() + "/api/v1/communications/<id>");
        line(out, "email to Assay", MailServerProcess.ADDRESS + " via SMTP " + stack.mailSmtp()
                + " (no login); IMAP localhost:" + config.ports().mailImap());
        line(out, "Kafka bootstrap", stack.kafkaBootstrapServers() + (config.embeddedKafka() ? "" : " (external)"));
        line(out, "MongoDB", stack.mongoUri() + (config.embeddedMongo() ? "" : " (external)"));
        line(out, "data directory", config.dataDir().toString());
        line(out, "logs", config.dataDir().resolve("logs").toString());
        out.println("[assay] ------------------------------------------------------------------------");
        long pid = ProcessHandle.current().pid();
        out.printf("%s%s in %.1f s (pid %d); parts that exit are restarted; stop it with Ctrl-C or kill -TERM %d%n",
                LocalStack.READY_LINE, config.scope() == Scope.INFRA ? " (infra only)" : "", seconds, pid, pid);
        out.flush();
    }

    /** deploy/token, told where this stack's provider and data are when they are not where it looks by default. */
    static String tokenCommand(StackConfig config) {
        StringBuilder command = new StringBuilder();
        if (config.ports().auth() != Ports.DEFAULT_AUTH) {
            command.append("ASSAY_AUTH_PORT=").append(config.ports().auth()).append(' ');
        }
        if (!config.dataDir().equals(config.home().resolve(".data"))) {
            command.append("ASSAY_DATA_DIR=").append(config.dataDir()).append(' ');
        }
        return command.append("deploy/token").toString();
    }

    private static void line(PrintStream out, String what, String where) {
        out.printf("[assay] %-24s %s%n", what, where);
    }
}
