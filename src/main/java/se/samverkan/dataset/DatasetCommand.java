package se.samverkan.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import se.samverkan.curation.ValidationException;
import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.CommandLineSettings;

/**
 * {@code import-dataset FORMAT FILE [--as-of=DATE] [--on-bad-row=skip|refuse]}: imports one dataset file without a
 * web server (embedded store or {@code NEO4J_URI}) and prints its manifest. Exit status: 0 imported, 1 refused or
 * failed, 2 bad usage.
 */
public final class DatasetCommand {

    public static final String NAME = "import-dataset";

    private DatasetCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command of {@code args} (its first element is the command's name); returns the exit code. */
    public static int run(Class<?> application, String[] args, PrintStream out) {
        return new CommandLine(new ImportDataset(application, out)).setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(System.err, true)).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Command(name = NAME, description = {"Imports a public dataset file as a source of kind dataset, in one"
            + " transaction: all or nothing.", "Formats: interreg-partners (JSON), twin-towns (TSV)."},
            footer = "Options such as --samverkan.data-dir=DIR are application settings.")
    static final class ImportDataset implements Callable<Integer> {

        private final Class<?> application;

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Parameters(index = "0", paramLabel = "FORMAT", description = "interreg-partners or twin-towns.")
        String format;

        @Parameters(index = "1", paramLabel = "FILE", description = "The dataset file.")
        Path file;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date the data is as of (its version);"
                + " default: the format's.")
        String asOf;

        @Option(names = "--on-bad-row", paramLabel = "skip|refuse", defaultValue = "skip",
                description = "skip (default): import the rest and report bad rows; refuse: write nothing.")
        String onBadRow;

        @Unmatched
        List<String> unmatched = new ArrayList<>();

        private final PrintStream out;

        ImportDataset(Class<?> application, PrintStream out) {
            this.application = application;
            this.out = out;
        }

        @Override
        public Integer call() {
            List<String> settings = CommandLineSettings.of(spec, unmatched);
            if (!Files.isRegularFile(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), file + ": no such file");
            }
            DatasetImport.OnBadRow mode;
            try {
                mode = DatasetImport.OnBadRow.parse(onBadRow);
            }
            catch (BadRequestException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            try (ConfigurableApplicationContext context = CommandLineSettings.startWithoutWebServer(application, settings)) {
                return importFile(context.getBean(DatasetImport.class), mode, out, System.err);
            }
        }

        private int importFile(DatasetImport imports, DatasetImport.OnBadRow mode, PrintStream out, PrintStream err) {
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                Manifest manifest = imports.importFile(format, file.getFileName().toString(), in, asOf, mode,
                        (done, total) -> {
                        });
                out.print(manifest.text());
                out.printf("  %.1f s%n", (System.nanoTime() - t0) / 1e9);
                return 0;
            }
            catch (DatasetRefusedException e) {
                err.print(e.manifest().text());
                return 1;
            }
            catch (ValidationException e) {
                err.println("Import rejected, nothing was written: " + e.getMessage());
                return 1;
            }
            catch (BadRequestException | IOException e) {
                err.println("Import failed, nothing was written: " + e.getMessage());
                return 1;
            }
        }
    }
}
