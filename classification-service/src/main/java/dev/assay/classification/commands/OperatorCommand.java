package dev.assay.classification.commands;

import java.io.PrintStream;

/** One operator command, run once in a context of its own; it prints what it does for a person to read. */
interface OperatorCommand {

    /** @throws CommandFailedException when it could not do all it was asked to; the message says what was done */
    void run(CommandLine line, PrintStream out);
}
