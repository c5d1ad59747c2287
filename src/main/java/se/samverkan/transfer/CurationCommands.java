package se.samverkan.transfer;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import se.samverkan.curation.ImportResult;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;
import se.samverkan.shared.CommandLineSettings;

/**
 * The command-line sub-commands {@code import FILE…} and {@code export DIR} (picocli; {@code --help} on
 * each): they start the application without a web server (against the embedded store or {@code NEO4J_URI}),
 * do their work, and exit. Options with a dot in their name are Spring settings
 * ({@code --samverkan.data-dir=...}). {@code import --initial FILE…}, the offline initial load of an empty
 * store, is handed to {@code se.samverkan.initialload.InitialLoadCommand} before it gets here.
 * Exit status: 0 done, 1 rejected or failed, 2 bad usage.
 */
public final class CurationCommands {

    private static final Set<String> COMMANDS = Set.of("import", "export");

    private CurationCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the sub-command named by {@code args[0]}; returns the process exit code. */
    public static int run(Class<?> application, String[] args) {
        Object command = args[0].equals("import") ? new ImportCommand(application) : new ExportCommand(application);
        return new CommandLine(command).setOut(new PrintWriter(System.out, true))
                .setErr(new PrintWriter(System.err, true))
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Command(name = "import", description = {"Validates import files and writes them in one transaction: all or"
            + " nothing.", "'import --initial FILE…' is the offline initial load of an empty store (see"
            + " 'import --initial --help')."}, footer = SETTINGS)
    static final class ImportCommand implements Callable<Integer> {

        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Import files, .csv or .json.")
        List<String> files;

        @Unmatched
        List<String> unmatched = new ArrayList<>();

        ImportCommand(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CommandLineSettings.startWithoutWebServer(application,
                    CommandLineSettings.of(spec, unmatched))) {
                return importFiles(context.getBean(Importer.class), files, System.err);
            }
        }
    }

    @Command(name = "export", description = "Writes every stored record to DIR as samverkan.csv and"
            + " samverkan.json, in the import format.", footer = SETTINGS)
    static final class ExportCommand implements Callable<Integer> {

        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(paramLabel = "DIR", arity = "1", description = "The directory to write to.")
        Path dir;

        @Unmatched
        List<String> unmatched = new ArrayList<>();

        ExportCommand(Class<?> application) {
            this.application = application;
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = CommandLineSettings.startWithoutWebServer(application,
                    CommandLineSettings.of(spec, unmatched))) {
                return export(context.getBean(Exporter.class), dir, System.err);
            }
        }
    }

    private static final String SETTINGS = "Options such as --samverkan.data-dir=DIR are application settings.";

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
