package se.samverkan.transfer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import se.samverkan.curation.ImportResult;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;

/**
 * The command-line sub-commands {@code import FILE…} and {@code export DIR}: they start the application
 * without a web server (against the embedded store or {@code NEO4J_URI}), do their work, and exit.
 * Arguments starting with {@code --} are Spring settings ({@code --samverkan.data-dir=...}), except
 * {@code import --initial FILE…}, the offline initial load of an empty store, which the application hands
 * to {@code se.samverkan.initialload.InitialLoadCommand} before it gets here.
 */
public final class CurationCommands {

    private static final Set<String> COMMANDS = Set.of("import", "export");

    private CurationCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the sub-command; returns the process exit code (0 done, 1 rejected or failed, 2 usage). */
    public static int run(Class<?> application, String[] args) {
        List<String> operands = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            (arg.startsWith("--") ? settings : operands).add(arg);
        }
        PrintStream err = System.err;
        String command = args[0];
        if (operands.isEmpty() || (command.equals("export") && operands.size() != 1)) {
            err.println(command.equals("import") ? "usage: java -jar samverkan.jar import FILE.csv|FILE.json …"
                    : "usage: java -jar samverkan.jar export DIR");
            return 2;
        }
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run(settings.toArray(String[]::new))) {
            return command.equals("import") ? importFiles(context.getBean(Importer.class), operands, err)
                    : export(context.getBean(Exporter.class), Path.of(operands.get(0)), err);
        }
    }

    private static int importFiles(Importer importer, List<String> files, PrintStream err) {
        List<Importer.Input> inputs = Importer.Input.files(files, err);
        if (inputs == null) {
            return 2;
        }
        try {
            ImportResult result = importer.importFiles(inputs, progress(err));
            err.println();
            err.printf("Imported %d records (%d sources, %d entities, %d names, %d mentions, %d facts); "
                    + "%d nodes and %d relationships were new.%n", result.records(), result.sources(),
                    result.entities(), result.names(), result.mentions(), result.facts(), result.nodesCreated(),
                    result.relationshipsCreated());
            return 0;
        }
        catch (ValidationException e) {
            err.println("Import rejected, nothing was written: " + e.total() + " problem" + (e.total() == 1 ? "" : "s"));
            e.problems().forEach(p -> err.println("  " + p));
            if (e.total() > e.problems().size()) {
                err.println("  … and " + (e.total() - e.problems().size()) + " more");
            }
            return 1;
        }
    }

    /** Rewrites one status line on stderr, at most once per percent, so a long import shows it is moving. */
    private static ValidatedWrite.Progress progress(PrintStream err) {
        int[] lastPercent = {-1};
        return (done, total) -> {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            if (percent != lastPercent[0] || done == total) {
                lastPercent[0] = percent;
                err.printf("\rWriting: %d / %d records (%d%%)", done, total, percent);
                err.flush();
            }
        };
    }

    private static int export(Exporter exporter, Path dir, PrintStream err) {
        try {
            int records = exporter.export(dir);
            err.printf("Exported %d records to %s and %s%n", records, dir.resolve(Exporter.CSV_FILE),
                    dir.resolve(Exporter.JSON_FILE));
            return 0;
        }
        catch (java.io.IOException | IllegalStateException e) {
            err.println("Export failed: " + e.getMessage());
            return 1;
        }
    }
}
