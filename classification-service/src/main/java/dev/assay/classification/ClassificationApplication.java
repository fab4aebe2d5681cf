package dev.assay.classification;

import dev.assay.classification.commands.OperatorCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The service; or, with a command as the first argument, that operator command ({@code OperatorCommands}). */
@SpringBootApplication
public class ClassificationApplication {

    public static void main(String[] args) {
        if (OperatorCommands.isCommand(args)) {
            System.exit(OperatorCommands.run(ClassificationApplication.class, args, System.out, System.err));
        }
        SpringApplication.run(ClassificationApplication.class, args);
    }
}
