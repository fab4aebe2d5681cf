package dev.assay.intake.ack;

/** Whether one more acknowledgement may go to a recipient; asking spends one if so. */
@FunctionalInterface
public interface RecipientAllowance {

    /** @return true when the acknowledgement may be sent */
    boolean take(String recipient);
}
