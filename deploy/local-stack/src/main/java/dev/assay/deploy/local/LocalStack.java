package dev.assay.deploy.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the stack's parts in dependency order (MongoDB, Kafka and the mail server, then the three services), each
 * as its own JVM, and returns only once every part is ready. Any failure on the way stops whatever was already
 * started.
 */
public final class LocalStack {

    /** The start of the line printed once every part is ready. */
    public static final String READY_LINE = "Assay local stack ready";

    private final StackConfig config;
    private final PrintStream out;
    private final RepositoryLayout layout;
    private final DataDirectory data;

    private LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.layout = new RepositoryLayout(config.home());
        this.data = new DataDirectory(config.dataDir());
    }

    public static void main(String[] args) {
        if (CommandLine.wantsHelp(args)) {
            System.out.println(CommandLine.USAGE);
            return;
        }
        StackConfig config;
        try {
            config = CommandLine.parse(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (CommandLine.UsageException e) {
            System.err.println("local-stack: " + e.getMessage() + "\n(--help lists the options)");
            System.exit(2);
            return;
        }
        int status = runInForeground(config, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Starts the stack for a test or a tool; close the result to stop it. */
    public static RunningStack start(StackConfig config) {
        return start(config, System.out);
    }

    public static RunningStack start(StackConfig config, PrintStream out) {
        LocalStack launcher = new LocalStack(config, out);
        RunningStack stack = new RunningStack(config, out);
        try {
            launcher.prepare();
            launcher.startParts(stack, Instant.now());
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** The command-line mode: start, print where everything is, then watch the children until stopped. */
    static int runInForeground(StackConfig config, PrintStream out) {
        Instant started = Instant.now();
        LocalStack launcher = new LocalStack(config, out);
        RunningStack stack = new RunningStack(config, out);
        PidFile pidFile = new PidFile(launcher.data.pidFile());
        try {
            pidFile.refuseIfRunning();
            launcher.prepare();
            pidFile.write();
            stack.afterClose(pidFile::delete);
            double seconds = launcher.startParts(stack, started);
            StackBanner.print(stack, seconds, out);
        } catch (RuntimeException e) {
            if (stack.isClosing()) {
                return 0; // stopped by a signal while starting; the shutdown hook finishes the job
            }
            out.println("[assay] the stack could not start: " + e.getMessage());
            stack.close();
            return 1;
        }
        Optional<ManagedProcess> died = stack.awaitUnexpectedExit();
        if (died.isEmpty()) {
            return 0;
        }
        ManagedProcess part = died.get();
        out.println("[assay] " + part.name() + " exited unexpectedly with code " + part.exitValue()
                + "; stopping the stack. Last lines of " + part.log() + ":\n" + part.tail(40));
        stack.close();
        return 1;
    }

    /** Everything that can be checked before a process is started. */
    private void prepare() {
        layout.requireBuilt(config);
        PortGuard.requireFree(config);
        if (config.reset()) {
            out.println("[assay] --reset: deleting " + data.root());
            data.delete();
        }
        data.create();
    }

    /** @return seconds from {@code started} until every part was ready */
    private double startParts(RunningStack stack, Instant started) {
        HealthWaiter waiter = new HealthWaiter(started, config.startupTimeout(), out, stack::isClosing);
        List<HealthWaiter.Part> infra = new ArrayList<>();
        if (config.embeddedMongo()) {
            ManagedProcess mongo = MongoServerProcess.start(config, data, layout);
            stack.setMongo(mongo);
            announce(mongo);
            infra.add(new HealthWaiter.Part(mongo.name(), mongo,
                    ReadinessProbes.port("127.0.0.1", config.ports().mongo())));
        }
        ManagedProcess mail = MailServerProcess.start(config, data, layout);
        stack.setMail(mail);
        announce(mail);
        infra.add(new HealthWaiter.Part(mail.name(), mail,
                ReadinessProbes.port("127.0.0.1", config.ports().mailImap())));
        ManagedProcess kafka = null;
        if (config.embeddedKafka()) {
            kafka = new KafkaBroker(config, data, layout).start();
            stack.setKafka(kafka);
            announce(kafka);
        }
        infra.add(new HealthWaiter.Part("kafka", kafka, ReadinessProbes.kafka(config.kafkaBootstrapServers())));
        waiter.await(infra);
        if (config.scope() == Scope.ALL) {
            List<HealthWaiter.Part> services = new ArrayList<>();
            for (Service service : Service.values()) {
                ManagedProcess process = ServiceProcess.start(service, config, data, layout);
                stack.addService(process);
                announce(process);
                URI readiness = URI.create("http://127.0.0.1:" + config.ports().of(service)
                        + "/actuator/health/readiness");
                services.add(new HealthWaiter.Part(service.module(), process, ReadinessProbes.http(readiness)));
            }
            waiter.await(services);
        }
        return waiter.elapsedSeconds();
    }

    private void announce(ManagedProcess process) {
        out.println("[assay] started " + process.name() + " (pid " + process.pid() + "), log " + process.log());
    }
}
