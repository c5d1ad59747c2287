package se.samverkan;

import java.io.PrintStream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import se.samverkan.dataset.DatasetCommand;
import se.samverkan.initialload.InitialLoadCommand;
import se.samverkan.report.ReportCommand;
import se.samverkan.transfer.CurationCommands;

/**
 * The web application, or, when the first argument names a sub-command, a one-shot command line run
 * without a web server (reports, import, export).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SamverkanApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ReportCommand.NAME.equals(args[0])) {
            // Only the export goes to standard output; everything else (logs) goes to standard error.
            PrintStream stdout = System.out;
            System.setOut(System.err);
            System.exit(ReportCommand.run(SamverkanApplication.class, args, stdout, System.err));
        }
        if (InitialLoadCommand.handles(args)) {
            System.exit(InitialLoadCommand.run(args));
        }
        if (DatasetCommand.handles(args)) {
            // The manifest goes to standard output; logs go to standard error.
            PrintStream stdout = System.out;
            System.setOut(System.err);
            System.exit(DatasetCommand.run(SamverkanApplication.class, args, stdout));
        }
        if (CurationCommands.handles(args)) {
            System.exit(CurationCommands.run(SamverkanApplication.class, args));
        }
        SpringApplication.run(SamverkanApplication.class, args);
    }
}
