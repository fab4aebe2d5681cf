package dev.assay.report;

import dev.assay.report.ops.ReportCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReportApplication {

    public static void main(String[] args) {
        if (ReportCommands.isCommand(args)) {
            System.exit(ReportCommands.run(args, System.getenv(), System.out));
        }
        SpringApplication.run(ReportApplication.class, args);
    }
}
