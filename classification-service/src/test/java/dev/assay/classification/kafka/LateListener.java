package dev.assay.classification.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A bootstrap address on which nothing listens until {@link #open()}, then forwards to a running broker: Kafka that
 * comes up late, as a client sees it. (The in-JVM KRaft broker cannot be started on a port chosen in advance.) Only the
 * bootstrap connection goes through it; the broker's metadata sends clients to its own address afterwards.
 */
final class LateListener implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private final List<AutoCloseable> open = new ArrayList<>();

    LateListener(InetSocketAddress target) throws IOException {
        this.target = target;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    String address() {
        return "localhost:" + port;
    }

    void open() throws IOException {
        ServerSocket server = new ServerSocket(port);
        open.add(server);
        daemon(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket broker = new Socket(target.getHostString(), target.getPort());
                    open.add(client);
                    open.add(broker);
                    pipe(client.getInputStream(), broker.getOutputStream());
                    pipe(broker.getInputStream(), client.getOutputStream());
                } catch (IOException e) {
                    return; // closed
                }
            }
        });
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
        Thread thread = new Thread(work, "late-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }
}
