package dev.assay.bench.intake;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * Waits for a service's readiness URL to answer 200, asking every 50 ms, so that the load (and the cold window)
 * starts within 50 ms of the moment the service would be put behind a load balancer.
 */
final class Readiness {

    private Readiness() {
    }

    /** @return when the service answered ready, as {@link System#nanoTime()} */
    static long await(URI url, Duration timeout, ProcessHandle service) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (isReady(url)) {
                return System.nanoTime();
            }
            if (service != null && !service.isAlive()) {
                throw new IllegalStateException("the service (pid " + service.pid() + ") exited before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(url + " did not answer 200 within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    static boolean isReady(URI url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            try (InputStream in = connection.getResponseCode() == 200 ? connection.getInputStream()
                    : connection.getErrorStream()) {
                if (in != null) {
                    in.readAllBytes();
                }
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }
}
