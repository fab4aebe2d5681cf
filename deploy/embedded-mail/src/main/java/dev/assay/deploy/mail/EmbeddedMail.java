package dev.assay.deploy.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP and IMAP server in one JVM holding the intake mailbox. Mail sent over SMTP to any address is kept; the
 * intake mailbox logs in with its configured password, any other recipient's mailbox with its own address as both
 * login and password, which is how a person reads the acknowledgements Assay sent them. Mail lives in memory and is
 * gone when the server stops, as processed messages are kept by Assay itself.
 */
public final class EmbeddedMail implements AutoCloseable {

    /** Printed once both ports accept connections; the local stack and tests wait for it. */
    public static final String READY_PREFIX = "embedded-mail ready: ";

    private final GreenMail greenMail;
    private final MailSettings settings;
    private boolean closed;

    private EmbeddedMail(GreenMail greenMail, MailSettings settings) {
        this.greenMail = greenMail;
        this.settings = settings;
    }

    public static void main(String[] args) {
        MailSettings settings;
        try {
            settings = MailSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-mail: " + e.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedMail mail = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "embedded-mail-shutdown"));
        System.out.println(READY_PREFIX + mail.describe());
        System.out.flush();
    }

    /** Binds both ports and creates the mailbox; GreenMail's server threads keep the JVM alive. */
    public static EmbeddedMail start(MailSettings settings) {
        ServerSetup smtp = new ServerSetup(settings.smtpPort(), settings.host(), ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(settings.imapPort(), settings.host(), ServerSetup.PROTOCOL_IMAP);
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                settings.smtpPort() == 0 ? smtp.dynamicPort() : smtp,
                settings.imapPort() == 0 ? imap.dynamicPort() : imap})
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(settings.address(), settings.address(), settings.password()));
        greenMail.start();
        return new EmbeddedMail(greenMail, settings);
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public String address() {
        return settings.address();
    }

    /** One line saying where to send mail and how intake reads it; the password is not printed. */
    public String describe() {
        return "SMTP " + settings.host() + ":" + smtpPort() + ", IMAP " + settings.host() + ":" + imapPort()
                + ", mailbox " + settings.address();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        greenMail.stop();
        System.out.println("embedded-mail stopped");
        System.out.flush();
    }
}
