package dev.assay.deploy.local;

/**
 * One JVM of a service. Instance 1 is named after the service ({@code report-service}) and listens on the service's
 * configured ports; instance {@code i > 1} is {@code report-service-i}, listens {@value #PORT_STEP}·(i-1) above them
 * (API 8083, 8183, 8283…; management 9083, 9183, 9283…) and logs to {@code logs/report-service-i.log}.
 */
record ServiceInstance(Service service, int number) {

    static final int PORT_STEP = 100;

    ServiceInstance {
        if (number < 1) {
            throw new IllegalArgumentException("instances are numbered from 1, was " + number);
        }
    }

    /** The part's name in the launcher's output, in {@code RunningStack.part(name)} and of its log file. */
    String name() {
        return number == 1 ? service.module() : service.module() + "-" + number;
    }

    int port(Ports ports) {
        return ports.of(service) + PORT_STEP * (number - 1);
    }

    /** Where its actuator endpoints (health, metrics) answer, on loopback only. */
    int managementPort(Ports ports) {
        return ports.managementOf(service) + PORT_STEP * (number - 1);
    }

    /** How the user moves this instance's port, for messages about it: {@code --report-port + 100, ASSAY_REPORT_PORT}. */
    String portOption() {
        return describe(Option.portOf(service));
    }

    String managementPortOption() {
        return describe(Option.managementPortOf(service));
    }

    private String describe(Option option) {
        return option.flag() + (number == 1 ? "" : " + " + PORT_STEP * (number - 1)) + ", " + option.env();
    }
}
