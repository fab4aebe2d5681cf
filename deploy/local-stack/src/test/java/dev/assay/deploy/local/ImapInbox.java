package dev.assay.deploy.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** How many messages wait in the intake mailbox's INBOX, asked over IMAP: enough IMAP for the embedded mail server. */
final class ImapInbox {

    private final int port;

    ImapInbox(int port) {
        this.port = port;
    }

    int waiting() {
        try (Socket socket = new Socket("127.0.0.1", port);
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            in.readLine();
            command(out, in, "a LOGIN " + MailServerProcess.ADDRESS + " " + MailServerProcess.LOCAL_PASSWORD, "a");
            int exists = -1;
            out.write("b EXAMINE INBOX\r\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("* ") && line.endsWith(" EXISTS")) {
                    exists = Integer.parseInt(line.substring(2, line.length() - " EXISTS".length()));
                }
                if (line.startsWith("b ")) {
                    break;
                }
            }
            command(out, in, "c LOGOUT", "c");
            return exists;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String tag) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        for (String answer = in.readLine(); answer != null; answer = in.readLine()) {
            if (answer.startsWith(tag + " ")) {
                if (!answer.startsWith(tag + " OK")) {
                    throw new IOException("IMAP server answered '" + answer + "' to " + line.split(" ")[1]);
                }
                return;
            }
        }
    }
}
