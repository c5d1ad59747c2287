package se.samverkan.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sub-commands {@code generate --size S --seed N --out DIR} and
 * {@code bench --size S [--seed N] [--requests N] [--results DIR] [--keep DIR] [--app-heap 4g]
 * [--load-heap 8g] [--loads 3] [--only Q,Q]}.
 */
public final class BenchCommands {

    private static final Set<String> COMMANDS = Set.of("generate", "bench");
    private static final Set<String> OPTIONS = Set.of("size", "seed", "out", "requests", "results", "keep", "part",
            "app-heap", "load-heap", "loads", "only");

    /** Seconds the JDK's HTTP client keeps an idle connection. */
    static final String KEEP_ALIVE = "jdk.httpclient.keepalive.timeout";

    private BenchCommands() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** How many times the benchmark loads the data: a whole number from 1 to 9. */
    static int loads(String value) {
        int loads;
        try {
            loads = Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("--loads must be a whole number from 1 to 9; got '" + value + "'");
        }
        if (loads < 1 || loads > 9) {
            throw new IllegalArgumentException("--loads must be a whole number from 1 to 9; got " + loads);
        }
        return loads;
    }

    /** Runs the sub-command; returns the exit code (0 done, 1 failed, 2 usage). */
    public static int run(Class<?> application, String[] args) {
        PrintStream err = System.err;
        // The application's Tomcat closes a connection that has been idle for 60 s (its default keep-alive
        // timeout); the JDK's client keeps idle ones for 20 minutes. In run R one GraphQL request went out on a
        // connection the server was closing at that moment ("header parser received no bytes") after the raw
        // side's warm-up had left it idle. A client that drops idle connections first cannot meet that. Read
        // once, when the first HttpClient is made, so it is set before anything here makes one.
        if (System.getProperty(KEEP_ALIVE) == null) {
            System.setProperty(KEEP_ALIVE, "30");
        }
        Map<String, String> options = new HashMap<>();
        List<String> settings = new java.util.ArrayList<>();
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.startsWith("--") && arg.contains("=")) {
                String key = arg.substring(2, arg.indexOf('='));
                if (OPTIONS.contains(key)) { // --app-heap=2g would otherwise reach the application unnoticed
                    options.put(key, arg.substring(arg.indexOf('=') + 1));
                }
                else {
                    settings.add(arg); // a Spring setting for the benchmarked application
                }
                continue;
            }
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            if (name == null || !OPTIONS.contains(name) || i + 1 >= rest.size()) {
                err.println("unknown or incomplete option '" + arg + "'");
                err.println("usage: java -jar samverkan.jar generate --size small|medium|large [--seed 42] --out DIR");
                err.println("       java -jar samverkan.jar bench --size small|medium|large [--seed 42] "
                        + "[--requests 200] [--results bench-results] [--keep DIR] [--app-heap 4g] [--load-heap 8g] [--loads 3] "
                        + "[--only search,connections] "
                        + "[--samverkan.query-timeout=10s ...]");
                return 2;
            }
            options.put(name, rest.get(++i));
        }
        try {
            Size size = Size.parse(options.getOrDefault("size", "small"));
            long seed = Long.parseLong(options.getOrDefault("seed", "42"));
            int part = Integer.parseInt(options.getOrDefault("part", Integer.toString(Generator.DEFAULT_PART_RECORDS)));
            if (args[0].equals("generate")) {
                if (!options.containsKey("out")) {
                    err.println("generate needs --out DIR");
                    return 2;
                }
                Path out = Path.of(options.get("out"));
                long t0 = System.nanoTime();
                List<Path> files = new Generator(size, seed, part).write(out);
                err.printf("Generated %s (seed %d) in %.1f s: %d files in %s%n", size.label(), seed,
                        (System.nanoTime() - t0) / 1e9, files.size(), out);
                return 0;
            }
            int requests = Integer.parseInt(options.getOrDefault("requests", "200"));
            Path results = Path.of(options.getOrDefault("results", "bench-results"));
            Path keep = options.containsKey("keep") ? Path.of(options.get("keep")) : null;
            String appHeap = AppProcess.heap("app-heap", options.getOrDefault("app-heap", AppProcess.DEFAULT_HEAP));
            String loadHeap = AppProcess.heap("load-heap", options.getOrDefault("load-heap", LoadProcess.DEFAULT_HEAP));
            int loads = loads(options.getOrDefault("loads", Integer.toString(LoadProcess.DEFAULT_LOADS)));
            // Checked before generating and loading, which take minutes at large.
            List<String> only = options.containsKey("only")
                    ? Arrays.stream(options.get("only").split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList()
                    : List.of();
            Workload.select(only);
            return new Bench(application, size, seed, part, requests, results, keep, settings, appHeap, loadHeap,
                    loads, only).run();
        }
        catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        catch (Exception e) {
            err.println(args[0] + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }
}
