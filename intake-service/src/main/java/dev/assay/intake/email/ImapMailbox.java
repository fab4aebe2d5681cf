package dev.assay.intake.email;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The polled folder over IMAP(S). Messages are read with BODY.PEEK, so one left in place (Kafka unavailable) stays
 * unread for people looking at the mailbox. Filing uses MOVE (RFC 6851) where the server offers it, else COPY, the
 * \Deleted flag and an expunge limited to that message with UIDPLUS (RFC 4315) where offered.
 */
final class ImapMailbox implements Mailbox {

    private static final Logger log = LoggerFactory.getLogger(ImapMailbox.class);

    private final Store store;
    private final IMAPFolder folder;
    private final boolean move;
    private final Map<String, Folder> destinations = new HashMap<>();

    private ImapMailbox(Store store, IMAPFolder folder, boolean move) {
        this.store = store;
        this.folder = folder;
        this.move = move;
    }

    static Connector connector(MailProperties properties) {
        return () -> open(properties, true);
    }

    /** @param useMoveWhenOffered false forces COPY + expunge, to exercise that path against a server with MOVE */
    static ImapMailbox open(MailProperties properties, boolean useMoveWhenOffered) throws MessagingException {
        Session session = Session.getInstance(sessionProperties(properties));
        Store store = session.getStore(properties.protocol().scheme());
        try {
            store.connect(properties.host(), properties.effectivePort(), properties.username(),
                    properties.password());
            Folder inbox = store.getFolder(properties.folder());
            inbox.open(Folder.READ_WRITE);
            boolean move = useMoveWhenOffered && store instanceof IMAPStore imap && imap.hasCapability("MOVE");
            return new ImapMailbox(store, (IMAPFolder) inbox, move);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    static Properties sessionProperties(MailProperties properties) {
        String prefix = "mail." + properties.protocol().scheme() + ".";
        Properties session = new Properties();
        session.setProperty("mail.store.protocol", properties.protocol().scheme());
        session.setProperty(prefix + "connectiontimeout", Long.toString(properties.connectionTimeout().toMillis()));
        session.setProperty(prefix + "timeout", Long.toString(properties.timeout().toMillis()));
        session.setProperty(prefix + "writetimeout", Long.toString(properties.timeout().toMillis()));
        session.setProperty(prefix + "peek", "true");
        // whole messages in few round trips instead of 16 KB pieces
        session.setProperty(prefix + "fetchsize", Integer.toString(1024 * 1024));
        if (properties.protocol() == MailProperties.Protocol.IMAPS) {
            session.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        if (properties.starttls()) {
            session.setProperty(prefix + "starttls.enable", "true");
            session.setProperty(prefix + "starttls.required", "true");
        }
        session.setProperty("mail.mime.allowutf8", "true");
        return session;
    }

    @Override
    public List<StoredMessage> waiting(int max) throws MessagingException {
        int count = folder.getMessageCount();
        if (count <= 0) {
            return List.of();
        }
        Message[] messages = folder.getMessages(1, Math.min(count, max));
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        List<StoredMessage> waiting = new ArrayList<>(messages.length);
        for (Message message : messages) {
            if (!message.isExpunged()) {
                waiting.add(new StoredMessage(folder.getUID(message), message.getSize(), message));
            }
        }
        return waiting;
    }

    @Override
    public byte[] raw(StoredMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, (int) Math.min(message.size(), 1 << 26)));
        message.message().writeTo(raw);
        return raw.toByteArray();
    }

    @Override
    public void moveTo(StoredMessage stored, String name) throws MessagingException {
        Folder destination = destination(name);
        Message[] message = {stored.message()};
        if (move) {
            folder.moveMessages(message, destination);
            return;
        }
        folder.copyMessages(message, destination);
        folder.setFlags(message, new Flags(Flags.Flag.DELETED), true);
        if (store instanceof IMAPStore imap && imap.hasCapability("UIDPLUS")) {
            folder.expunge(message);
        } else {
            folder.expunge();
        }
    }

    private Folder destination(String name) throws MessagingException {
        Folder destination = destinations.get(name);
        if (destination == null) {
            destination = store.getFolder(name);
            if (!destination.exists() && !destination.create(Folder.HOLDS_MESSAGES)) {
                throw new MessagingException("the folder '" + name + "' does not exist and cannot be created");
            }
            subscribe(destination);
            destinations.put(name, destination);
        }
        return destination;
    }

    /** So that people's mail clients show the folder; the filing works without it. */
    private static void subscribe(Folder folder) {
        try {
            if (!folder.isSubscribed()) {
                folder.setSubscribed(true);
            }
        } catch (MessagingException e) {
            log.debug("subscribing to {} failed", folder.getFullName(), e);
        }
    }

    @Override
    public void close() {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.debug("closing the folder failed", e);
        }
        closeQuietly(store);
    }

    private static void closeQuietly(Store store) {
        try {
            store.close();
        } catch (MessagingException e) {
            log.debug("closing the connection failed", e);
        }
    }
}
