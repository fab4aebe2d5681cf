package dev.assay.deploy.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Refuses to start anything while a port the stack needs is taken: a half-started stack whose Kafka lost the race
 * for 9092 to another broker would be far more confusing than a clear message up front.
 */
final class PortGuard {

    private PortGuard() {
    }

    /** The ports of the parts this configuration starts, keyed by what the user would set to change them. */
    static Map<String, Integer> needed(StackConfig config) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        Ports p = config.ports();
        if (config.embeddedKafka()) {
            ports.put("kafka (--kafka-port, ASSAY_KAFKA_PORT)", p.kafka());
            ports.put("kafka controller (--kafka-controller-port, ASSAY_KAFKA_CONTROLLER_PORT)", p.kafkaController());
        }
        if (config.embeddedMongo()) {
            ports.put("mongo (--mongo-port, ASSAY_MONGO_PORT)", p.mongo());
        }
        ports.put("mail SMTP (--mail-smtp-port, ASSAY_MAIL_SMTP_PORT)", p.mailSmtp());
        ports.put("mail IMAP (--mail-imap-port, ASSAY_MAIL_IMAP_PORT)", p.mailImap());
        ports.put("identity provider (--auth-port, ASSAY_AUTH_PORT)", p.auth());
        for (ServiceInstance instance : config.serviceInstances()) {
            ports.put(instance.name() + " (" + instance.portOption() + ")", instance.port(p));
            ports.put(instance.name() + " management (" + instance.managementPortOption() + ")",
                    instance.managementPort(p));
        }
        return ports;
    }

    /** @throws StackStartException naming every port in use and how to choose another */
    static void requireFree(StackConfig config) {
        String taken = needed(config).entrySet().stream().filter(e -> !isFree(e.getValue()))
                .map(e -> "  port " + e.getValue() + " for " + e.getKey())
                .collect(Collectors.joining("\n"));
        if (!taken.isEmpty()) {
            throw new StackStartException("ports already in use (is a stack already running? stop it, or choose"
                    + " other ports):\n" + taken);
        }
    }

    /** Binding the wildcard address fails while anything listens on the port, on any local address. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
