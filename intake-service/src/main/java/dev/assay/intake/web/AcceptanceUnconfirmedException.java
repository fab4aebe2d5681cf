package dev.assay.intake.web;

/** Whether Kafka holds the communication is not known yet; a retry of the request will be answered with its id. */
class AcceptanceUnconfirmedException extends RuntimeException {

    private final String communicationId;

    AcceptanceUnconfirmedException(String communicationId) {
        super("Kafka has not yet confirmed that it holds communication " + communicationId);
        this.communicationId = communicationId;
    }

    String communicationId() {
        return communicationId;
    }
}
