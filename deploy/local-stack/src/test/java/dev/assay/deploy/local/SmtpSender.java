package dev.assay.deploy.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Hands one raw message to an SMTP server, as a mail client would: enough SMTP for the embedded mail server. */
final class SmtpSender {

    private final String host;
    private final int port;

    /** @param address {@code host:port} */
    SmtpSender(String address) {
        this.host = address.substring(0, address.lastIndexOf(':'));
        this.port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }

    void send(String from, String to, String rawMessage) {
        try (Socket socket = new Socket(host, port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            expect(in, "220");
            command(out, in, "HELO fault-test", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            String body = rawMessage.replace("\r\n.", "\r\n..");
            out.write((body + (body.endsWith("\r\n") ? "" : "\r\n") + ".\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            expect(in, "250");
            command(out, in, "QUIT", "221");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null || !line.startsWith(code)) {
                throw new IOException("SMTP server answered '" + line + "', expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
