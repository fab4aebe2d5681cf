package dev.assay.deploy.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The started parts of a stack. {@link #close()} stops them in the reverse of their dependencies: the services
 * first (so they commit their offsets and finish their writes), then Kafka (a controlled shutdown), then MongoDB.
 * A JVM shutdown hook closes the stack too, so Ctrl-C, SIGTERM or the end of a test run leaves no child behind.
 */
public final class RunningStack implements AutoCloseable {

    private final StackConfig config;
    private final PrintStream out;
    private final List<ManagedProcess> services = new CopyOnWriteArrayList<>();
    private final List<Runnable> afterClose = new CopyOnWriteArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "assay-local-stack-shutdown");
    private volatile ManagedProcess kafka;
    private volatile ManagedProcess mongo;
    private volatile ManagedProcess mail;
    private volatile boolean closing;

    RunningStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public StackConfig config() {
        return config;
    }

    public String intakeUrl() {
        return "http://localhost:" + config.ports().intake();
    }

    public String classificationUrl() {
        return "http://localhost:" + config.ports().classification();
    }

    public String reportUrl() {
        return "http://localhost:" + config.ports().report();
    }

    public String kafkaBootstrapServers() {
        return config.kafkaBootstrapServers();
    }

    /** Where to send mail to Assay: the intake mailbox on the embedded SMTP server. */
    public String mailSmtp() {
        return "localhost:" + config.ports().mailSmtp();
    }

    public String mongoUri() {
        return config.mongoUri();
    }

    public Path dataDir() {
        return config.dataDir();
    }

    /** Every process the stack started, in start order. */
    public List<ManagedProcess> processes() {
        List<ManagedProcess> all = new ArrayList<>();
        Optional.ofNullable(mongo).ifPresent(all::add);
        Optional.ofNullable(kafka).ifPresent(all::add);
        Optional.ofNullable(mail).ifPresent(all::add);
        all.addAll(services);
        return all;
    }

    public boolean isClosing() {
        return closing;
    }

    /**
     * Blocks until a part exits. Empty when it exited because the stack is being closed; otherwise the part that
     * died on its own, which leaves the stack incomplete.
     */
    public Optional<ManagedProcess> awaitUnexpectedExit() {
        List<ManagedProcess> watched = processes();
        if (watched.isEmpty()) {
            return Optional.empty();
        }
        ManagedProcess exited = (ManagedProcess) CompletableFuture.anyOf(
                watched.stream().map(ManagedProcess::onExit).toArray(CompletableFuture[]::new)).join();
        return closing ? Optional.empty() : Optional.of(exited);
    }

    synchronized void setMongo(ManagedProcess process) {
        mongo = adopt(process);
    }

    synchronized void setMail(ManagedProcess process) {
        mail = adopt(process);
    }

    synchronized void setKafka(ManagedProcess process) {
        kafka = adopt(process);
    }

    synchronized void addService(ManagedProcess process) {
        services.add(adopt(process));
    }

    void afterClose(Runnable action) {
        afterClose.add(action);
    }

    /** Stops every part, services first; waits for each and kills what does not stop in time. Idempotent. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        boolean started = !processes().isEmpty();
        if (started) {
            out.println("[assay] stopping the stack");
        }
        services.forEach(ManagedProcess::requestStop);
        services.forEach(s -> finish(s, ServiceProcess.STOP_GRACE));
        Optional.ofNullable(kafka).ifPresent(k -> stop(k, KafkaBroker.STOP_GRACE));
        Optional.ofNullable(mongo).ifPresent(m -> stop(m, MongoServerProcess.STOP_GRACE));
        Optional.ofNullable(mail).ifPresent(m -> stop(m, MailServerProcess.STOP_GRACE));
        afterClose.forEach(Runnable::run);
        removeShutdownHook();
        if (started) {
            out.println("[assay] stopped");
        }
    }

    /** A process started while the stack is being closed is stopped at once rather than left running. */
    private ManagedProcess adopt(ManagedProcess process) {
        if (closing) {
            process.stop(Duration.ofSeconds(10));
            throw new StackStartException("the stack was stopped while it was starting");
        }
        return process;
    }

    private void stop(ManagedProcess process, Duration grace) {
        process.requestStop();
        finish(process, grace);
    }

    private void finish(ManagedProcess process, Duration grace) {
        process.finishStop(grace);
        out.println("[assay] " + process.name() + (process.isAlive() ? " did not stop (pid " + process.pid() + ")"
                : " stopped (exit " + process.exitValue() + ")"));
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
