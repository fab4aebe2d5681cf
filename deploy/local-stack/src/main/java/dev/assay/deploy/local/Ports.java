package dev.assay.deploy.local;

import java.util.List;

/**
 * The TCP ports of the stack's parts. Every port must be distinct, because every part binds its own. Each service
 * has two: its API, and its management port (actuator: health, Prometheus), which the stack binds to loopback.
 */
public record Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo,
                    int mailSmtp, int mailImap, int auth, int intakeManagement, int classificationManagement,
                    int reportManagement) {

    public static final int DEFAULT_MAIL_SMTP = 3025;
    public static final int DEFAULT_MAIL_IMAP = 3143;
    public static final int DEFAULT_AUTH = 9000;
    public static final int DEFAULT_INTAKE_MANAGEMENT = 9081;
    public static final int DEFAULT_CLASSIFICATION_MANAGEMENT = 9082;
    public static final int DEFAULT_REPORT_MANAGEMENT = 9083;
    public static final Ports DEFAULTS = new Ports(8081, 8082, 8083, 9092, 9093, 27017);

    /** The mail server, the identity provider and the management ports on their defaults. */
    public Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo) {
        this(intake, classification, report, kafka, kafkaController, mongo, DEFAULT_MAIL_SMTP, DEFAULT_MAIL_IMAP);
    }

    /** The identity provider on 9000 and the management ports on 9081, 9082 and 9083. */
    public Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo,
                 int mailSmtp, int mailImap) {
        this(intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap, DEFAULT_AUTH,
                DEFAULT_INTAKE_MANAGEMENT, DEFAULT_CLASSIFICATION_MANAGEMENT, DEFAULT_REPORT_MANAGEMENT);
    }

    public Ports {
        int[] all = {intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap, auth,
                intakeManagement, classificationManagement, reportManagement};
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
        return List.of(intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap, auth,
                intakeManagement, classificationManagement, reportManagement);
    }

    public Ports withMail(int smtp, int imap) {
        return new Ports(intake, classification, report, kafka, kafkaController, mongo, smtp, imap, auth,
                intakeManagement, classificationManagement, reportManagement);
    }

    public Ports withAuth(int port) {
        return new Ports(intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap, port,
                intakeManagement, classificationManagement, reportManagement);
    }

    public Ports withManagement(int intakePort, int classificationPort, int reportPort) {
        return new Ports(intake, classification, report, kafka, kafkaController, mongo, mailSmtp, mailImap, auth,
                intakePort, classificationPort, reportPort);
    }

    public int of(Service service) {
        return switch (service) {
            case INTAKE -> intake;
            case CLASSIFICATION -> classification;
            case REPORT -> report;
        };
    }

    /** The management port of the service's first instance. */
    public int managementOf(Service service) {
        return switch (service) {
            case INTAKE -> intakeManagement;
            case CLASSIFICATION -> classificationManagement;
            case REPORT -> reportManagement;
        };
    }
}
