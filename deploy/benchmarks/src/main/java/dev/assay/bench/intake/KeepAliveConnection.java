package dev.assay.bench.intake;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One client's HTTP/1.1 keep-alive connection that POSTs JSON and reads the status, discarding the body.
 * <p>
 * Why not {@code java.net.http.HttpClient}: on the project's 2-core machine the load driver shares the CPU with the
 * service it measures, and the JDK client spent 599 µs of CPU per request (intake itself: 732 µs) in the first
 * quiet-machine run, so the driver took almost half the machine and capped the rate it measured. A blocking socket
 * that writes a prepared request and parses only the status line and the framing headers costs a few tens of µs.
 * It speaks just enough HTTP/1.1 for that: {@code Content-Length} or chunked bodies, and a new connection when
 * the server says {@code Connection: close} or closes it (Tomcat does after {@code max-keep-alive-requests}).
 */
public final class KeepAliveConnection implements AutoCloseable {

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final InetSocketAddress address;
    private final byte[] requestHead;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAliveConnection(URI uri, Duration timeout) {
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        this.address = new InetSocketAddress(uri.getHost(), port);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        this.requestHead = ("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
        this.timeoutMillis = (int) timeout.toMillis();
    }

    /** @return the response's status code; the connection is reopened on the next call when the server closed it */
    public int post(byte[] body) throws IOException {
        if (socket == null) {
            open();
        }
        try {
            out.write(requestHead);
            out.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(timeoutMillis);
        socket.connect(address, timeoutMillis);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    private int readResponse() throws IOException {
        String statusLine = readLine();
        // "HTTP/1.1 202 " or "HTTP/1.1 202 Accepted"
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closeAfter = statusLine.startsWith("HTTP/1.0");
        int headerBytes = 0;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            headerBytes += line.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("response headers longer than " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        if (chunked) {
            skipChunks();
        } else if (contentLength >= 0) {
            skip(contentLength);
        } else {
            // no framing: the body ends when the server closes the connection
            in.transferTo(OutputStream.nullOutputStream());
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return status;
    }

    private void skipChunks() throws IOException {
        while (true) {
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return;
            }
            skip(size);
            readLine();
        }
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("connection closed " + left + " bytes before the end of the body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
