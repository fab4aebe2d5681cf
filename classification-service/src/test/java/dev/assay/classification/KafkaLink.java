package dev.assay.classification;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A broker of its own that every client reaches through a link a test can cut and restore: Kafka unreachable, as its
 * clients see it, and back on the same address. The broker advertises the link's address, so that after bootstrapping
 * clients (and the broker's own inter-broker requests) connect through it; cutting it closes every connection and
 * refuses new ones.
 */
public final class KafkaLink implements AutoCloseable {

    private final int port;
    private final EmbeddedKafkaKraftBroker broker;
    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;

    private KafkaLink(int port, EmbeddedKafkaKraftBroker broker) {
        this.port = port;
        this.broker = broker;
    }

    /** Starts a transactional broker (as {@link ServiceInstances#transactionalBroker()}) and a link to it. */
    public static KafkaLink start() {
        int port = freePort();
        EmbeddedKafkaKraftBroker broker = ServiceInstances.transactionalBroker();
        broker.brokerProperties(Map.of("advertised.listeners", "EXTERNAL://localhost:" + port));
        broker.afterPropertiesSet();
        KafkaLink link = new KafkaLink(port, broker);
        link.restore();
        return link;
    }

    /** The address clients are given: the link's. */
    public String address() {
        return "localhost:" + port;
    }

    /** Kafka becomes unreachable: every connection through the link is closed and new ones are refused. */
    public synchronized void cut() {
        closeAll();
        server = null;
    }

    /** Kafka is reachable again on the same address. */
    public synchronized void restore() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new InetSocketAddress("localhost", port));
            server = listening;
            open.add(listening);
            daemon(() -> accept(listening));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        String[] target = broker.getBrokersAsString().split(",")[0].split(":");
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket kafka = new Socket(target[0], Integer.parseInt(target[1]));
                open.add(client);
                open.add(kafka);
                pipe(client.getInputStream(), kafka.getOutputStream());
                pipe(kafka.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                return; // cut
            }
        }
    }

    private static void pipe(InputStream from, OutputStream to) {
        daemon(() -> {
            try {
                from.transferTo(to);
            } catch (IOException e) {
                // one side closed
            }
        });
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "kafka-link");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        for (AutoCloseable closeable : open) {
            try {
                closeable.close();
            } catch (Exception e) {
                // already closed
            }
        }
        open.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        closeAll();
        broker.destroy();
    }
}
