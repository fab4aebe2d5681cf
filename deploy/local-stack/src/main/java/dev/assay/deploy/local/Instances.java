package dev.assay.deploy.local;

import java.util.ArrayList;
import java.util.List;

/**
 * How many JVMs of each service the stack runs. The instances of a service share its consumer group, so Kafka
 * divides the partitions among them (instances beyond the topics' partitions, 6 by default, stay idle).
 */
public record Instances(int intake, int classification, int report) {

    public static final Instances ONE_EACH = new Instances(1, 1, 1);

    public Instances {
        for (int count : new int[] {intake, classification, report}) {
            if (count < 1) {
                throw new IllegalArgumentException("every service needs at least one instance, was " + count);
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

    public Instances with(Service service, int count) {
        return new Instances(service == Service.INTAKE ? count : intake,
                service == Service.CLASSIFICATION ? count : classification, service == Service.REPORT ? count : report);
    }

    /** Every instance, service by service in {@link Service} order, instance 1 first. */
    List<ServiceInstance> all() {
        List<ServiceInstance> all = new ArrayList<>();
        for (Service service : Service.values()) {
            for (int number = 1; number <= of(service); number++) {
                all.add(new ServiceInstance(service, number));
            }
        }
        return all;
    }
}
