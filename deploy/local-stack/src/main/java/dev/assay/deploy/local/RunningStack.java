package dev.assay.deploy.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The started parts of a stack, each a {@link SupervisedPart} that is restarted when it exits on its own.
 * {@link #close()} stops them in the reverse of their dependencies: the services first (so they commit their offsets
 * and finish their writes), then Kafka (a controlled shutdown), then MongoDB, then the mail server and the identity
 * provider. A JVM shutdown
 * hook closes the stack too, so Ctrl-C, SIGTERM or the end of a test run leaves no child behind.
 */
public final class RunningStack implements AutoCloseable {

    private final StackConfig config;
    private final PrintStream out;
    private final Supervisor supervisor;
    private final List<SupervisedPart> services = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterClose = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "assay-local-stack-shutdown");
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile SupervisedPart kafka;
    private volatile SupervisedPart mongo;
    private volatile SupervisedPart mail;
    private volatile SupervisedPart auth;
    private volatile boolean closing;

    RunningStack(StackConfig config, PrintStream out) {
        this(config, out, new Supervisor(config.restartPolicy(), config.startupTimeout(), out, Clock.systemUTC()));
    }

    RunningStack(StackConfig config, PrintStream out, Supervisor supervisor) {
        this.config = config;
        this.out = out;
        this.supervisor = supervisor;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public StackConfig config() {
        return config;
    }

    /** intake-service's first instance; {@link #urls(Service)} lists every instance. */
    public String intakeUrl() {
        return url(Service.INTAKE, 1);
    }

    public String classificationUrl() {
        return url(Service.CLASSIFICATION, 1);
    }

    public String reportUrl() {
        return url(Service.REPORT, 1);
    }

    /** The base URL of every instance of {@code service}, the first instance first. */
    public List<String> urls(Service service) {
        return config.serviceInstances().stream().filter(i -> i.service() == service)
                .map(i -> url(service, i.number())).toList();
    }

    public String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    /** Where to send mail to Assay: the intake mailbox on the embedded SMTP server. */
    public String mailSmtp() {
        return "localhost:" + config.ports().mailSmtp();
    }

    /** The identity provider's issuer URI, which the services validate tokens against. */
    public String issuer() {
        return AuthServerProcess.issuer(config);
    }

    /** Where the identity provider keeps its signing key and the demo accounts' secrets. */
    public Path authDataDir() {
        return new DataDirectory(config.dataDir()).authData();
    }

    /** Where the actuator endpoints (health, Prometheus) of every instance of {@code service} answer, on loopback. */
    public List<String> managementUrls(Service service) {
        return config.serviceInstances().stream().filter(i -> i.service() == service)
                .map(i -> "http://127.0.0.1:" + i.managementPort(config.ports())).toList();
    }

    public String mongoUri() {
        return config.mongoUri();
    }

    public Path dataDir() {
        return config.dataDir();
    }

    /** The current process of every part the stack started, in start order. */
    public List<ManagedProcess> processes() {
        return parts().stream().map(SupervisedPart::process).filter(Objects::nonNull).toList();
    }

    /**
     * Every part the stack started, in start order: MongoDB, the mail server, the identity provider, Kafka, then the
     * service instances.
     */
    List<SupervisedPart> parts() {
        List<SupervisedPart> all = new ArrayList<>();
        Optional.ofNullable(mongo).ifPresent(all::add);
        Optional.ofNullable(mail).ifPresent(all::add);
        Optional.ofNullable(auth).ifPresent(all::add);
        Optional.ofNullable(kafka).ifPresent(all::add);
        all.addAll(services);
        return all;
    }

    /**
     * The part called {@code name}: {@code kafka}, {@code mongo}, {@code mail}, {@code auth}, {@code intake-service},
     * {@code classification-service}, {@code report-service}, or {@code report-service-2} and so on for further
     * instances.
     *
     * @throws IllegalArgumentException naming the parts there are
     */
    SupervisedPart part(String name) {
        List<SupervisedPart> all = parts();
        return all.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part called '" + name + "'; the stack has "
                        + all.stream().map(SupervisedPart::name).collect(Collectors.joining(", "))));
    }

    public boolean isClosing() {
        return closing;
    }

    /** Blocks until the stack has been closed: on the command line, by Ctrl-C or SIGTERM. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    synchronized SupervisedPart startMongo(PartCommand command, ReadinessProbe probe) {
        mongo = startPart(command, probe, MongoServerProcess.STOP_GRACE);
        return mongo;
    }

    synchronized SupervisedPart startMail(PartCommand command, ReadinessProbe probe) {
        mail = startPart(command, probe, MailServerProcess.STOP_GRACE);
        return mail;
    }

    synchronized SupervisedPart startAuth(PartCommand command, ReadinessProbe probe) {
        auth = startPart(command, probe, AuthServerProcess.STOP_GRACE);
        return auth;
    }

    synchronized SupervisedPart startKafka(PartCommand command, ReadinessProbe probe) {
        kafka = startPart(command, probe, KafkaBroker.STOP_GRACE);
        return kafka;
    }

    synchronized SupervisedPart startService(PartCommand command, ReadinessProbe probe) {
        SupervisedPart service = startPart(command, probe, ServiceProcess.STOP_GRACE);
        services.add(service);
        return service;
    }

    void afterClose(Runnable action) {
        afterClose.add(action);
    }

    /**
     * Stops every part, services first; waits for each and kills what does not stop in time. Nothing is restarted
     * from the moment this begins. Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        try {
            boolean started = !parts().isEmpty();
            if (started) {
                out.println("[assay] stopping the stack");
            }
            services.forEach(SupervisedPart::requestStop);
            services.forEach(s -> out.println("[assay] " + s.finishStop()));
            Optional.ofNullable(kafka).ifPresent(this::stop);
            Optional.ofNullable(mongo).ifPresent(this::stop);
            Optional.ofNullable(mail).ifPresent(this::stop);
            Optional.ofNullable(auth).ifPresent(this::stop);
            supervisor.close();
            afterClose.forEach(Runnable::run);
            removeShutdownHook();
            if (started) {
                out.println("[assay] stopped");
            }
        } finally {
            closed.countDown();
        }
    }

    /** Nothing is started once the stack is being closed: what close() has not seen, it could not stop. */
    private SupervisedPart startPart(PartCommand command, ReadinessProbe probe, Duration stopGrace) {
        if (closing) {
            throw new StackStartException("the stack was stopped while it was starting");
        }
        SupervisedPart part = new SupervisedPart(command, probe, stopGrace, supervisor);
        part.start();
        return part;
    }

    private void stop(SupervisedPart part) {
        part.requestStop();
        out.println("[assay] " + part.finishStop());
    }

    private String url(Service service, int instance) {
        return "http://localhost:" + new ServiceInstance(service, instance).port(config.ports());
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook finds the stack closed
        }
    }
}
