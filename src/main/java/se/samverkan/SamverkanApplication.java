package se.samverkan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.samverkan.report.ReportCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            // Only the export goes to standard output; everything else (logs) goes to standard error.
            java.io.PrintStream stdout = System.out;
            System.setOut(System.err);
            System.exit(ReportCommand.run(SamverkanApplication.class, args, stdout, System.err));
        }
        SpringApplication.run(SamverkanApplication.class, args);
    }
}
