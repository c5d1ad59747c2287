package se.samverkan.initialload;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ValidationException;
import se.samverkan.shared.SamverkanProperties;
import se.samverkan.transfer.Importer;

/**
 * {@code import --initial FILE…}: the offline initial load ({@link InitialLoad}). It must not start the
 * application first (that would create the database it refuses to overwrite), so it reads the settings it
 * needs itself, with the application's precedence: command-line settings, environment, application.yml.
 */
public final class InitialLoadCommand {

    static final String FLAG = "--initial";
    /** Where to write the summary as JSON, for a program that runs the load (the benchmark lab). */
    static final String SUMMARY_JSON = "--summary-json=";

    private InitialLoadCommand() {
    }

    /** {@code import --initial …}; a plain {@code import} is {@code CurationCommands}'. */
    public static boolean handles(String[] args) {
        return args.length > 0 && args[0].equals("import") && Arrays.asList(args).subList(1, args.length).contains(FLAG);
    }

    /** Runs {@code import --initial FILE… [--setting=value…]}; returns the process exit code. */
    public static int run(String[] args) {
        List<String> operands = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            (arg.startsWith("--") ? settings : operands).add(arg);
        }
        settings.remove(FLAG);
        return run(operands, settings, System.err);
    }

    /** {@link #run(List, List, Path, PrintStream)} with {@code --summary-json=FILE} taken from {@code settings}. */
    static int run(List<String> files, List<String> settings, PrintStream err) {
        List<String> rest = settings.stream().filter(s -> !s.startsWith(SUMMARY_JSON)).toList();
        Path summaryJson = settings.stream().filter(s -> s.startsWith(SUMMARY_JSON))
                .map(s -> Path.of(s.substring(SUMMARY_JSON.length()))).reduce((a, b) -> b).orElse(null);
        return run(files, rest, summaryJson, err);
    }

    /**
     * Returns the exit code: 0 loaded, 1 rejected or failed, 2 usage or a store that is not empty. With
     * {@code summaryJson}, a load that succeeds writes its {@link InitialLoadSummary} there.
     */
    static int run(List<String> files, List<String> settings, Path summaryJson, PrintStream err) {
        if (files.isEmpty()) {
            err.println("usage: java -jar samverkan.jar import --initial FILE.csv|FILE.json … [--samverkan.data-dir=DIR] "
                    + "[--summary-json=FILE]");
            return 2;
        }
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
