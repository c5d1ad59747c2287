package se.samverkan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * The lab's entry point: {@code java -jar samverkan-bench.jar [options] [--samverkan.x=y …]} runs the benchmark
 * against the packaged product jar; {@code generate} only writes a data set.
 */
@Command(name = "samverkan-bench", mixinStandardHelpOptions = true, subcommands = BenchCommand.Generate.class,
        description = "Generates a data set, loads it with the product's initial load, starts the product jar on it "
                + "and measures every benchmarked query through GraphQL and as raw Cypher. Arguments of the form "
                + "--name.with.dots=value are settings for the product (e.g. --samverkan.query-timeout=30s).")
public final class BenchCommand implements Callable<Integer> {

    /** Seconds the JDK's HTTP client keeps an idle connection. */
    static final String KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

    /** A Spring setting for the product: a dotted name and a value. */
    private static final Pattern SETTING = Pattern.compile("--[a-zA-Z][\\w-]*(\\.[\\w-]+)+=.*");

    @Spec
    CommandSpec spec;

    @Option(names = "--jar", defaultValue = "target/samverkan-0.1.0.jar",
            description = "The packaged product jar (mvn package at the top). Default: ${DEFAULT-VALUE}")
    Path jar;

    @Option(names = "--size", defaultValue = "small", converter = Size.Converter.class,
            description = "tiny, small, medium or large. Default: ${DEFAULT-VALUE}")
    Size size;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--part", defaultValue = "" + Generator.DEFAULT_PART_RECORDS,
            description = "Most records per generated file. Default: ${DEFAULT-VALUE}")
    int part;

    @Option(names = "--requests", defaultValue = "200", description = "Fewest requests per cell. Default: ${DEFAULT-VALUE}")
    int requests;

    @Option(names = "--results", defaultValue = "bench-results", description = "Default: ${DEFAULT-VALUE}")
    Path results;

    @Option(names = "--keep", description = "Keep the data and the store here; a later run with it measures again "
            + "without generating and loading")
    Path keep;

    @Option(names = "--app-heap", defaultValue = AppProcess.DEFAULT_HEAP, description = "Default: ${DEFAULT-VALUE}")
    String appHeap;

    @Option(names = "--load-heap", defaultValue = LoadProcess.DEFAULT_HEAP, description = "Default: ${DEFAULT-VALUE}")
    String loadHeap;

    @Option(names = "--loads", defaultValue = "" + LoadProcess.DEFAULT_LOADS,
            description = "Initial loads to take the median of, 1 to 9. Default: ${DEFAULT-VALUE}")
    int loads;

    @Option(names = "--only", split = ",", description = "Measure only the queries whose names start so")
    List<String> only = new ArrayList<>();

    @CommandLine.Mixin
    BoltAuth.Options bolt = new BoltAuth.Options();

    @Unmatched
    List<String> settings = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit code (0 done, 1 failed, 2 usage). */
    static int run(String... args) {
        // The product's Tomcat closes a connection idle for 60 s; the JDK's client keeps idle ones for 20 minutes
        // and once sent a request on one the server was closing. Read when the first HttpClient is made.
        if (System.getProperty(KEEP_ALIVE) == null) {
            System.setProperty(KEEP_ALIVE, "30");
        }
        return new CommandLine(new BenchCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof IllegalArgumentException) {
                        cmd.getErr().println(e.getMessage());
                        return 2;
                    }
                    cmd.getErr().println("failed: " + e);
                    e.printStackTrace(cmd.getErr());
                    return 1;
                })
                .execute(args);
    }

    /** How many times the benchmark loads the data: a whole number from 1 to 9. */
    static int loads(int loads) {
        if (loads < 1 || loads > 9) {
            throw new IllegalArgumentException("--loads must be a whole number from 1 to 9; got " + loads);
        }
        return loads;
    }

    @Override
    public Integer call() throws Exception {
        BoltAuth auth = bolt.auth();
        for (String s : settings) {
            if (!SETTING.matcher(s).matches()) {
                throw new ParameterException(spec.commandLine(), "unknown option or setting '" + s
                        + "'; a product setting is written --name.with.dots=value");
            }
        }
        // All checked before generating and loading, which take minutes at large.
        AppProcess.heap("app-heap", appHeap);
        AppProcess.heap("load-heap", loadHeap);
        loads(loads);
        List<String> selected = only.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
        Workload.select(selected);
        Path product = AppProcess.jar(jar);
        return new Bench(product, size, seed, part, requests, results, keep, List.copyOf(settings), appHeap, loadHeap,
                loads, selected, auth).run();
    }

    /** {@code generate --size S --seed N --out DIR}: the data set alone. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Writes a generated data set in the product's import format, and its manifest.json")
    static final class Generate implements Callable<Integer> {

        @Option(names = "--size", defaultValue = "small", converter = Size.Converter.class,
                description = "tiny, small, medium or large. Default: ${DEFAULT-VALUE}")
        Size size;

        @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--part", defaultValue = "" + Generator.DEFAULT_PART_RECORDS,
                description = "Most records per file. Default: ${DEFAULT-VALUE}")
        int part;

        @Option(names = "--out", required = true, description = "The directory to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            long t0 = System.nanoTime();
            List<Path> files = new Generator(size, seed, part).write(out);
            System.err.printf("Generated %s (seed %d) in %.1f s: %d files in %s%n", size.label(), seed,
                    (System.nanoTime() - t0) / 1e9, files.size(), out);
            return 0;
        }
    }
}
