package dev.assay.deploy.local;

/**
 * The TCP ports of the stack's parts. Every port must be distinct, because every part binds its own.
 */
public record Ports(int intake, int classification, int report, int kafka, int kafkaController, int mongo) {

    public static final Ports DEFAULTS = new Ports(8081, 8082, 8083, 9092, 9093, 27017);

    public Ports {
        int[] all = {intake, classification, report, kafka, kafkaController, mongo};
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

    public int of(Service service) {
        return switch (service) {
            case INTAKE -> intake;
            case CLASSIFICATION -> classification;
            case REPORT -> report;
        };
    }
}
