package dev.assay.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What tests need to run a stack beside anything else on the machine: the repository and free ports. */
final class TestStacks {

    static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    /**
     * The tests' load comes from one address, at hundreds of anonymous submissions a second: far above the public
     * endpoints' rate limit, which the services' own tests hold to account.
     */
    static final Map<String, String> UNLIMITED = Map.of("ASSAY_RATE_LIMIT_REQUESTS", "100000000");

    private TestStacks() {
    }

    /** The repository root: set by the build ({@code assay.home}), or found from the working directory. */
    static Path home() {
        String configured = System.getProperty("assay.home");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return RepositoryLayout.locate(Path.of("").toAbsolutePath())
                .orElseThrow(() -> new IllegalStateException("run the tests from inside the Assay repository"));
    }

    /**
     * Twelve ports nobody listens on now, chosen by the operating system, so tests never meet a developer's stack;
     * the ports a second instance of each service would take ({@link ServiceInstance#PORT_STEP} higher) are free too.
     */
    static Ports freePorts() {
        while (true) {
            Ports ports = twelveFreePorts();
            boolean secondInstancesFit = Stream.of(Service.values()).map(service -> new ServiceInstance(service, 2))
                    .flatMap(instance -> Stream.of(instance.port(ports), instance.managementPort(ports)))
                    .allMatch(port -> port <= 65535 && !ports.all().contains(port) && PortGuard.isFree(port));
            if (secondInstancesFit) {
                return ports;
            }
        }
    }

    private static Ports twelveFreePorts() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                ServerSocket socket = new ServerSocket();
                sockets.add(socket);
                socket.bind(new InetSocketAddress(0));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sockets.forEach(TestStacks::closeQuietly);
        }
    }

    /**
     * An embedded stack on free ports with its data in {@code dataDir}. Tests allow more start-up time than the
     * default: a developer's machine may be busy building while they run.
     */
    static StackConfig config(Path dataDir) {
        return StackConfig.defaults(home()).withDataDir(dataDir).withPorts(freePorts())
                .withStartupTimeout(STARTUP_TIMEOUT).withServiceEnvironment(UNLIMITED);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
