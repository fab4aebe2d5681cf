package dev.assay.deploy.mail;

import java.util.Map;
import java.util.Objects;

/**
 * Where the embedded mail server listens and which mailbox it holds. Command-line flags win over environment
 * variables, which win over the defaults: 127.0.0.1, SMTP on 3025, IMAP on 3143, the mailbox
 * {@value #DEFAULT_ADDRESS} with the password {@value #DEFAULT_PASSWORD}. That password is for this machine only:
 * the server listens on loopback and keeps mail in memory.
 *
 * @param host     address to bind; loopback by default so the unauthenticated SMTP server is not exposed
 * @param smtpPort SMTP port; 0 picks a free one
 * @param imapPort IMAP port; 0 picks a free one
 * @param address  the intake mailbox, which is also its IMAP login
 * @param password its IMAP password
 */
public record MailSettings(String host, int smtpPort, int imapPort, String address, String password) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_SMTP_PORT = 3025;
    public static final int DEFAULT_IMAP_PORT = 3143;
    public static final String DEFAULT_ADDRESS = "communications@assay.localhost";
    /** Local-only default, not a secret: override with ASSAY_MAIL_PASSWORD if the machine is shared. */
    public static final String DEFAULT_PASSWORD = "assay-local-only";

    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        requirePort("smtp port", smtpPort);
        requirePort("imap port", imapPort);
        if (smtpPort != 0 && smtpPort == imapPort) {
            throw new IllegalArgumentException("SMTP and IMAP need different ports, both were " + smtpPort);
        }
        int at = address.indexOf('@');
        if (at < 1 || at != address.lastIndexOf('@') || at == address.length() - 1
                || address.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("address must be an e-mail address, was '" + address + "'");
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("password must not be empty");
        }
    }

    public static MailSettings defaults() {
        return new MailSettings(DEFAULT_HOST, DEFAULT_SMTP_PORT, DEFAULT_IMAP_PORT, DEFAULT_ADDRESS,
                DEFAULT_PASSWORD);
    }

    /**
     * Reads {@code --host=}, {@code --smtp-port=}, {@code --imap-port=}, {@code --address=} and {@code --password=},
     * falling back to {@code ASSAY_MAIL_HOST}, {@code ASSAY_MAIL_SMTP_PORT}, {@code ASSAY_MAIL_IMAP_PORT},
     * {@code ASSAY_MAIL_ADDRESS} and {@code ASSAY_MAIL_PASSWORD}.
     *
     * @throws IllegalArgumentException for an unknown flag or a port that is not a number
     */
    public static MailSettings from(String[] args, Map<String, String> env) {
        String host = env.getOrDefault("ASSAY_MAIL_HOST", DEFAULT_HOST);
        String smtp = env.getOrDefault("ASSAY_MAIL_SMTP_PORT", String.valueOf(DEFAULT_SMTP_PORT));
        String imap = env.getOrDefault("ASSAY_MAIL_IMAP_PORT", String.valueOf(DEFAULT_IMAP_PORT));
        String address = env.getOrDefault("ASSAY_MAIL_ADDRESS", DEFAULT_ADDRESS);
        String password = env.getOrDefault("ASSAY_MAIL_PASSWORD", DEFAULT_PASSWORD);
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--host=")) {
                host = value;
            } else if (arg.startsWith("--smtp-port=")) {
                smtp = value;
            } else if (arg.startsWith("--imap-port=")) {
                imap = value;
            } else if (arg.startsWith("--address=")) {
                address = value;
            } else if (arg.startsWith("--password=")) {
                password = value;
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; accepted: --host=<address> "
                        + "--smtp-port=<port> --imap-port=<port> --address=<mailbox> --password=<password>");
            }
        }
        return new MailSettings(host, port("smtp port", smtp), port("imap port", imap), address, password);
    }

    private static int port(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, was '" + value + "'", e);
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }
}
