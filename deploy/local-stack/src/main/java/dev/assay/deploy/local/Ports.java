package dev.assay.deploy.local;

import java.util.List;

/**
 * The TCP ports of the stack's parts. Every port must be distinct, because every part binds its own.
 */
public record Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo,
                    int mailSmtp, int mailImap) {

    public static final int DEFAULT_MAIL_SMTP = 3025;
    public static final int DEFAULT_MAIL_IMAP = 3143;
    public static final Ports DEFAULTS = new Ports(8081, 8082, 8083, 9092, 9093, 27017);

    /** The embedded mail server on its default ports, SMTP 3025 and IMAP 3143. */
    public Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo) {
        this(intake, classification, report, kafka, kafkaController, mongo, DEFAULT_MAIL_SMTP, DEFAULT_MAIL_IMAP);
    }

    public Ports {
        int[] all = {intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap};
        for (int i = 0; i < all.length; i++) {
            if (all[i] < 1 || all[i] > 65535) {
                throw new IllegalArgumentException("ports must be between 1 and 65535, was " + all[i]);
            }
            for (int j = 0; j < i; j++) {
                if (all[i] == all[j]) {
                    throw new IllegalArgumentException("port " + all[i] + " is given to two parts of the stack");
                }
            }
        }
    }

    /** Every port, whether or not the part that would use it is started. */
    List<Integer> all() {
        return List.of(intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap);
    }

    public Ports withMail(int smtp, int imap) {
        return new Ports(intake, classification, report, kafka, kafkaController, mongo, smtp, imap);
    }

    public int of(Service service) {
        return switch (service) {
            case INTAKE -> intake;
            case CLASSIFICATION -> classification;
            case REPORT -> report;
        };
    }
}
