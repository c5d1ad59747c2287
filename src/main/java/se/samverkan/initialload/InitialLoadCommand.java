package se.samverkan.initialload;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ValidationException;
import se.samverkan.shared.SamverkanProperties;
import se.samverkan.transfer.Importer;
import se.samverkan.shared.CommandLineSettings;

/**
 * {@code import --initial FILE…}: the offline initial load ({@link InitialLoad}). It must not start the
 * application first (that would create the database it refuses to overwrite), so it reads the settings it
 * needs itself, with the application's precedence: command-line settings, environment, application.yml.
 */
public final class InitialLoadCommand {

    static final String FLAG = "--initial";

    private InitialLoadCommand() {
    }

    /** {@code import --initial …}; a plain {@code import} is {@code CurationCommands}'. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("import") && Arrays.asList(args).subList(1, args.length).contains(FLAG);
    }

    /** Runs {@code import --initial FILE… [--summary-json=FILE] [--setting=value…]}; returns the exit code. */
    public static int run(String[] args) {
        return new CommandLine(new Cli()).setOut(new PrintWriter(System.out, true))
                .setErr(new PrintWriter(System.err, true))
                .execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Command(name = "import", description = "--initial: the offline initial load into an empty embedded store,"
            + " much faster than a transactional import for large files; it refuses a store that holds data.",
            footer = "Options such as --samverkan.data-dir=DIR are application settings.")
    static final class Cli implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;

        @Option(names = FLAG, required = true, description = "The offline initial load.")
        boolean initial;

        @Option(names = "--summary-json", paramLabel = "FILE",
                description = "Write the load's figures as JSON to FILE when it succeeds (for a program that runs it).")
        Path summaryJson;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Import files, .csv or .json.")
        List<String> files;

        @Unmatched
        List<String> unmatched = new ArrayList<>();

        @Override
        public Integer call() {
            return InitialLoadCommand.run(files, CommandLineSettings.of(spec, unmatched), summaryJson, System.err);
        }
    }

    /**
     * Returns the exit code: 0 loaded, 1 rejected or failed, 2 a file missing, a store that is not empty or an
     * external server. With {@code summaryJson}, a load that succeeds writes its {@link InitialLoadSummary} there.
     */
    static int run(List<String> files, List<String> settings, Path summaryJson, PrintStream err) {
        Binder binder;
        try {
            binder = binder(settings);
        }
        catch (IOException e) {
            err.println("Cannot read application.yml: " + e.getMessage());
            return 1;
        }
        if (StringUtils.hasText(binder.bind("spring.neo4j.uri", String.class).orElse(System.getenv("NEO4J_URI")))) {
            err.println("The initial load writes the embedded store's files; it cannot load into an external Neo4j "
                    + "server (spring.neo4j.uri / NEO4J_URI is set). Use 'import FILE…' there.");
            return 2;
        }
        SamverkanProperties samverkan = binder.bindOrCreate("samverkan", SamverkanProperties.class);
        ImportProperties properties = binder.bindOrCreate("samverkan.import", ImportProperties.class);
        List<Importer.Input> inputs = Importer.Input.files(files, err);
        if (inputs == null) {
            return 2;
        }
        try {
            InitialLoadSummary r = InitialLoadSummary.of(
                    InitialLoad.run(samverkan.dataDir(), inputs, properties, err));
            double total = r.validateSeconds() + r.batchImportSeconds() + r.startupSeconds();
            err.printf("%nLoaded %d records into %s: %d nodes and %d relationships.%n"
                    + "Validate %.1f s, batch import %.1f s, start-up with migrations and index population %.1f s; "
                    + "%.1f s in all (%.0f relationships/s).%n", r.records(),
                    StoreDirs.of(samverkan.dataDir()).databaseDirectory(), r.nodes(), r.relationships(),
                    r.validateSeconds(), r.batchImportSeconds(), r.startupSeconds(), total, r.relationships() / total);
            if (summaryJson != null) {
                writeJson(summaryJson, r);
            }
            return 0;
        }
        catch (ValidationException e) {
            err.println("Initial load rejected, nothing was written: " + e.total() + " problem"
                    + (e.total() == 1 ? "" : "s"));
            e.problems().forEach(p -> err.println("  " + p));
            if (e.total() > e.problems().size()) {
                err.println("  … and " + (e.total() - e.problems().size()) + " more");
            }
            return 1;
        }
        catch (InitialLoad.DatabaseExistsException e) {
            err.println(e.getMessage());
            return 2;
        }
        catch (IOException | RuntimeException e) {
            err.println("Initial load failed: " + e);
            return 1;
        }
    }

    /** Whole or not at all: written beside the target, then moved over it. */
    private static void writeJson(Path file, InitialLoadSummary summary) throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(partial, JsonMapper.builder().build().writeValueAsString(summary));
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Binder binder(List<String> settings) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings.toArray(String[]::new)));
        ClassPathResource yml = new ClassPathResource("application.yml");
        if (yml.exists()) {
            new YamlPropertySourceLoader().load("application.yml", yml)
                    .forEach(environment.getPropertySources()::addLast);
        }
        return Binder.get(environment);
    }
}
