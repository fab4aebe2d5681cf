package dev.assay.deploy.local;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the stack's parts in dependency order (MongoDB, the mail server, the identity provider and Kafka, then every
 * instance of the three services), each as its own JVM, and returns only once every part is ready. Any failure on the way stops whatever
 * was already started. A part that exits after it was ready is restarted ({@link SupervisedPart}).
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

    /**
     * The command-line mode: start, print where everything is, then keep the parts running (restarting any that
     * exits) until stopped by Ctrl-C or SIGTERM.
     */
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
        try {
            stack.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stack.close();
        }
        return 0;
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
        List<SupervisedPart> infra = new ArrayList<>();
        if (config.embeddedMongo()) {
            infra.add(announce(stack.startMongo(MongoServerProcess.command(config, data, layout),
                    ReadinessProbes.port("127.0.0.1", config.ports().mongo()))));
        }
        infra.add(announce(stack.startMail(MailServerProcess.command(config, data, layout),
                ReadinessProbes.port("127.0.0.1", config.ports().mailImap()))));
        infra.add(announce(stack.startAuth(AuthServerProcess.command(config, data, layout),
                AuthServerProcess.readiness(config))));
        ReadinessProbe kafkaReady = ReadinessProbes.kafka(config.kafkaBootstrapServers());
        if (config.embeddedKafka()) {
            infra.add(announce(stack.startKafka(new KafkaBroker(config, data, layout).prepare(), kafkaReady)));
        }
        List<HealthWaiter.Part> awaited = new ArrayList<>(infra.stream().map(LocalStack::awaited).toList());
        if (!config.embeddedKafka()) {
            awaited.add(new HealthWaiter.Part("kafka", null, kafkaReady));
        }
        waiter.await(awaited);
        infra.forEach(SupervisedPart::supervise);

        List<SupervisedPart> services = new ArrayList<>();
        ServiceProcess.Secrets secrets = new ServiceProcess.Secrets(
                ServiceProcess.confirmationSecret(System.getenv()),
                config.scope() == Scope.ALL ? StackSecrets.intakeIdSecret(data, System.getenv()) : null);
        for (ServiceInstance instance : config.serviceInstances()) {
            // the actuator answers on the management port only, which the stack binds to loopback
            URI readiness = URI.create("http://127.0.0.1:" + instance.managementPort(config.ports())
                    + "/actuator/health/readiness");
            services.add(announce(stack.startService(
                    ServiceProcess.command(instance, config, data, layout, secrets),
                    ReadinessProbes.http(readiness))));
        }
        waiter.await(services.stream().map(LocalStack::awaited).toList());
        services.forEach(SupervisedPart::supervise);
        return waiter.elapsedSeconds();
    }

    private static HealthWaiter.Part awaited(SupervisedPart part) {
        return new HealthWaiter.Part(part.name(), part.process(), part.probe());
    }

    private SupervisedPart announce(SupervisedPart part) {
        out.println("[assay] started " + part.name() + " (pid " + part.pid() + "), log " + part.log());
        return part;
    }
}
