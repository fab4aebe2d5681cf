package dev.assay.deploy.local;

/** The three Assay services the stack runs, each from its module's runnable jar. */
public enum Service {
    INTAKE("intake-service"),
    CLASSIFICATION("classification-service"),
    REPORT("report-service");

    private final String module;

    Service(String module) {
        this.module = module;
    }

    /** The Maven module, which is also the jar's artifact id and the name of the part in logs. */
    public String module() {
        return module;
    }
}
