package se.samverkan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One benchmark run: generates the data set and loads it into a fresh embedded store in a temporary
 * directory with the initial load, starts the application on that store in its own JVM ({@link AppProcess}),
 * then, as its client, measures every {@link Workload} through {@code POST /graphql} and as raw Cypher
 * through a driver of its own on the application's Bolt port at concurrency 1, 8 and 32, runs the
 * {@link Hardening} mix, and writes the results as Markdown and JSON.
 */
final class Bench {

    static final int[] CONCURRENCY = {1, 8, 32};

    /**
     * A cell sends at least {@code --requests} requests, and up to ten times as many while it has run for
     * less than 20 s: 20 requests give no meaningful p95 for a 5 ms query, 200 of a 1 s query take too long.
     */
    private static final int MORE = 10;
    private static final long CELL_NANOS = Duration.ofSeconds(20).toNanos();

    /**
     * At concurrency 1, where the targets are judged, the GraphQL and raw sides take turns of this long, or
     * of a tenth of the cell's requests if that ends first ({@link LoadRunner#alternate}): the machine's
     * speed changes over tens of seconds, and two cells run one after the other could meet it at different
     * speeds. At 8 and 32 they still run one after the other: every turn would end by waiting for the
     * slowest request in flight, running below the concurrency the cell is for.
     */
    private static final long SLICE_NANOS = Duration.ofSeconds(1).toNanos();

    /**
     * Warm-up windows and limits ({@link LoadRunner#warmUp}). The GraphQL path (Tomcat, Spring, graphql-java,
     * the driver) is far longer than the raw one, and on a fresh application it is the first to run; C2 on
     * two busy cores compiles it over a minute or more.
     */
    private static final long WARM_WINDOW = Duration.ofSeconds(5).toNanos();
    /** Two, so that both cores compile and the warm-up ends sooner than at one. */
    private static final int WARM_CONCURRENCY = 2;
    private static final long API_WARM_MIN = Duration.ofSeconds(60).toNanos();
    private static final long API_WARM_MAX = Duration.ofSeconds(240).toNanos();
    private static final long RAW_WARM_MIN = Duration.ofSeconds(10).toNanos();
    private static final long RAW_WARM_MAX = Duration.ofSeconds(90).toNanos();

    private final Path jar;
    private final BoltAuth bolt;
    private final Size size;
    private final long seed;
    private final int partRecords;
    private final int requests;
    private final Path results;
    private final Path keep;
    private final List<String> settings;
    private final String appHeap;
    private final String loadHeap;
    private final int loads;
    private final List<String> only;
    private final PrintStream err = System.err;

    Bench(Path jar, Size size, long seed, int partRecords, int requests, Path results, Path keep,
            List<String> settings, String appHeap, String loadHeap, int loads, List<String> only, BoltAuth bolt) {
        this.jar = jar;
        this.bolt = bolt;
        this.settings = settings;
        this.loadHeap = loadHeap;
        this.loads = loads;
        this.only = only;
        this.appHeap = appHeap;
        this.size = size;
        this.seed = seed;
        this.partRecords = partRecords;
        this.requests = requests;
        this.results = results;
        this.keep = keep;
    }

    int run() throws Exception {
        Path work = keep != null ? keep : Files.createTempDirectory("samverkan-bench-");
        Path data = work.resolve("data");
        Path store = work.resolve("store");
        Path loadFile = work.resolve("load.json");
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> machine = machine();
        report.put("machine", machine);
        Map<String, Object> manifest;
        Map<String, Object> loaded;
        if (Files.exists(store)) {
            // A store a previous run with --keep loaded: measure again without generating and loading.
            if (!Files.exists(loadFile)) {
                throw new IllegalArgumentException(store + " exists but no benchmark loaded it (no " + loadFile
                        + "); the benchmark needs a fresh store or one it loaded itself");
            }
            loaded = Json.read(Files.readString(loadFile));
            if (!size.label().equals(loaded.get("size"))) {
                throw new IllegalArgumentException(store + " holds the " + loaded.get("size") + " set, not " + size.label());
            }
            err.printf("Reusing the %s store in %s; its load figures are those of the run that loaded it%n",
                    size.label(), store);
            manifest = Json.read(Files.readString(data.resolve("manifest.json")));
            loaded.put("reused", true);
        }
        else {
            err.printf("Generating %s (seed %d) into %s%n", size.label(), seed, data);
            long g0 = System.nanoTime();
            List<Path> files = new Generator(size, seed, partRecords).write(data);
            manifest = Json.read(Files.readString(data.resolve("manifest.json")));
            err.printf("Generated %d files in %.1f s%n", files.size(), (System.nanoTime() - g0) / 1e9);
            loaded = load(jar, files, store, work.resolve("load.log"), manifest);
            if (keep != null) {
                Files.writeString(loadFile, Json.write(loaded));
            }
        }
        report.put("data", loaded);
        report.put("settings", settings);
        if (!only.isEmpty()) {
            report.put("only", only);
        }
        Path log = work.resolve("app.log");
        err.printf("Starting the application in its own JVM (-Xmx%s) on %s; its output goes to %s%n", appHeap, store,
                log);
        long s0 = System.nanoTime();
        try (AppProcess app = AppProcess.start(jar, appHeap, store, settings, log);
                Driver driver = GraphDatabase.driver(app.bolt(), bolt.token(store))) {
            try {
                // Read once now, so that JMX is known to answer before the measurement rather than after it.
                Map<String, Object> started = app.memory().snapshot();
                err.printf("Application ready in %.1f s (pid %d, max heap %s MB)%n", (System.nanoTime() - s0) / 1e9,
                        app.pid(), started.get("maxHeapMb"));
                report.put("application", application(jar, started));
                count(driver, loaded);
                report.put("queries", measure(driver, app.graphql(), app::cpuMillis, app::jitMillis, manifest));
                err.println("Hardening: malformed, deep, wide and huge requests mixed with normal ones");
                report.put("hardening", Hardening.run(app.graphql(), 220, 16, app.memory()).toMap());
                report.put("memory", app.memory().snapshot());
            }
            catch (Exception | Error e) {
                err.println("The end of the application's output (" + log + "):\n" + app.tail(40));
                throw e;
            }
        }
        finally {
            if (keep == null) {
                deleteTree(work);
            }
        }
        machine.put("loadAverageAtEnd", loadAverage());
        report.put("targets", Targets.check(report).stream().map(Targets.Verdict::toMap).toList());
        String markdown = Report.markdown(report);
        Files.createDirectories(results);
        // A run of some queries only must not stand in for a whole one.
        List<String> names = only.isEmpty() ? List.of("latest", size.label()) : List.of("partial");
        for (String name : names) {
            Files.writeString(results.resolve(name + ".json"), Json.write(report));
            Files.writeString(results.resolve(name + ".md"), markdown);
        }
        System.out.println(markdown);
        err.println("Results written to " + results.resolve(names.get(0) + ".md") + " and "
                + results.resolve(names.get(0) + ".json"));
        return 0;
    }

    /**
     * Loads the generated files into the fresh store with the initial load (validation, Neo4j's batch
     * importer, then the start-up migrations and index population over the loaded data) in a JVM of its own,
     * as a user runs {@code import --initial}; the import throughput counts the whole command, from starting
     * its JVM to its end. With {@code --loads N} it loads N times, each into a new store, and reports the
     * median load, with every load's figures: on this machine identical loads of {@code large} took from 92 to
     * 170 s, so one load says little. The queries run on the last load's store.
     */
    private Map<String, Object> load(Path jar, List<Path> files, Path store, Path log, Map<String, Object> manifest)
            throws IOException, InterruptedException {
        List<Map<String, Object>> runs = new ArrayList<>();
        LoadProcess.Summary s = null;
        for (int k = 1; k <= loads; k++) {
            Path target = k == loads ? store : store.resolveSibling(store.getFileName() + "-load-" + k);
            Path output = loads == 1 ? log : log.resolveSibling("load-" + k + ".log");
            if (!target.equals(store)) {
                deleteTree(target); // left by a run with --keep that failed before it could delete it
            }
            err.printf("Initial load %d of %d: %d files into %s in its own JVM (-Xmx%s); its output goes to %s%n", k,
                    loads, files.size(), target, loadHeap, output);
            LoadProcess.Result r = LoadProcess.run(jar, loadHeap, target, files, settings, output);
            Map<String, Object> figures = figures(r);
            runs.add(figures);
            s = r.summary(); // the same records, nodes and relationships every time
            err.printf("Loaded %d nodes, %d relationships in %s s (validate %s s, batch import %s s, migrations and "
                    + "indexes %s s, the rest starting and ending the JVM) = %s rel/s%n", s.nodes(),
                    s.relationships(), figures.get("importSeconds"), figures.get("validateSeconds"),
                    figures.get("batchImportSeconds"), figures.get("migrateAndIndexSeconds"),
                    figures.get("relationshipsPerSecond"));
            if (!target.equals(store)) {
                deleteTree(target);
            }
        }
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("size", size.label());
        d.put("seed", seed);
        d.put("files", files.size());
        d.put("records", s.records());
        d.put("nodesImported", s.nodes());
        d.put("relationshipsImported", s.relationships());
        d.put("loadCommand", LoadProcess.shown(loadHeap, jar));
        d.putAll(median(runs));
        d.put("storeBytes", treeSize(store.resolve("data")));
        d.put("counts", manifest.get("counts"));
        err.printf("Import (the median of %d load%s): %s s = %s rel/s; store %d MB%n", loads, loads == 1 ? "" : "s",
                d.get("importSeconds"), d.get("relationshipsPerSecond"), treeSize(store.resolve("data")) >> 20);
        return d;
    }

    /** One load's figures: its whole time as the benchmark saw it, and its phases as the command printed them. */
    private static Map<String, Object> figures(LoadProcess.Result r) {
        LoadProcess.Summary s = r.summary();
        double seconds = r.seconds();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("importSeconds", LoadRunner.round(seconds));
        f.put("validateSeconds", LoadRunner.round(s.validateSeconds()));
        f.put("batchImportSeconds", LoadRunner.round(s.batchImportSeconds()));
        f.put("migrateAndIndexSeconds", LoadRunner.round(s.startupSeconds()));
        f.put("nodesPerSecond", Math.round(s.nodes() / seconds));
        f.put("relationshipsPerSecond", Math.round(s.relationships() / seconds));
        f.put("batchImportRelationshipsPerSecond", Math.round(s.relationships() / Math.max(0.001, s.batchImportSeconds())));
        return f;
    }

    /**
     * The load with the median whole time (the lower of the middle two for an even count), and all of them as
     * {@code loads}, in the order they ran.
     */
    static Map<String, Object> median(List<Map<String, Object>> runs) {
        List<Map<String, Object>> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingDouble(f -> ((Number) f.get("importSeconds")).doubleValue()));
        Map<String, Object> m = new LinkedHashMap<>(sorted.get((sorted.size() - 1) / 2));
        m.put("loads", List.copyOf(runs));
        return m;
    }

    /** How the application ran: its own JVM, started from the product jar, with the heap and settings given. */
    private Map<String, Object> application(Path jar, Map<String, Object> started) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("process", "own JVM");
        a.put("command", "java -Xmx" + appHeap + " -jar " + jar.getFileName());
        a.put("heap", appHeap);
        a.put("maxHeapMb", started.get("maxHeapMb"));
        a.put("settings", settings);
        a.put("client", "benchmark JVM");
        return a;
    }

    /** What the store holds once the application has started on it (the seed data comes on top). */
    private static void count(Driver driver, Map<String, Object> data) {
        try (var session = driver.session()) {
            data.put("nodesInStore", session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong());
            data.put("relationshipsInStore", session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c")
                    .asLong());
        }
    }

    private List<Map<String, Object>> measure(Driver driver, URI graphql, LongSupplier appCpuMillis,
            LongSupplier appJitMillis, Map<String, Object> manifest) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> selected = Workload.select(only);
        List<Workload> workloads = Workload.of(manifest);
        openConnections(driver, http, graphql,
                workloads.stream().filter(w -> w.name().equals(Workload.FLOOR)).findFirst().orElseThrow());
        for (Workload w : workloads) {
            if (!selected.contains(w.name())) {
                continue;
            }
            LoadRunner.WarmUp apiWarm = LoadRunner.warmUp(WARM_CONCURRENCY, WARM_WINDOW, API_WARM_MIN, API_WARM_MAX,
                    appJitMillis, i -> post(http, graphql, w, i));
            LoadRunner.WarmUp rawWarm = LoadRunner.warmUp(WARM_CONCURRENCY, WARM_WINDOW, RAW_WARM_MIN, RAW_WARM_MAX,
                    appJitMillis, i -> w.runRaw(driver, i) >= 0);
            err.printf("%-30s warm-up: graphql %.0f s, %d requests%s | raw %.0f s, %d requests%s%n", w.name(),
                    apiWarm.seconds(), apiWarm.requests(), apiWarm.steady() ? "" : " (still improving at the limit)",
                    rawWarm.seconds(), rawWarm.requests(), rawWarm.steady() ? "" : " (still improving at the limit)");
            for (int c : CONCURRENCY) {
                LoadRunner.Cell api;
                LoadRunner.Cell raw;
                Map<String, Object> apiMap;
                Map<String, Object> rawMap;
                int slices = 0;
                if (c == 1) {
                    LoadRunner.Alternating turns = LoadRunner.alternate(requests, requests * MORE, CELL_NANOS,
                            SLICE_NANOS, appCpuMillis, i -> post(http, graphql, w, i), i -> w.runRaw(driver, i) >= 0);
                    api = turns.a();
                    raw = turns.b();
                    apiMap = withCpu(api, 0, turns.aCpuMillis());
                    rawMap = withCpu(raw, 0, turns.bCpuMillis());
                    slices = turns.slices();
                }
                else {
                    long cpu0 = appCpuMillis.getAsLong();
                    api = LoadRunner.run(c, requests, requests * MORE, CELL_NANOS, i -> post(http, graphql, w, i));
                    long cpu1 = appCpuMillis.getAsLong();
                    raw = LoadRunner.run(c, requests, requests * MORE, CELL_NANOS, i -> w.runRaw(driver, i) >= 0);
                    long cpu2 = appCpuMillis.getAsLong();
                    apiMap = withCpu(api, cpu0, cpu1);
                    rawMap = withCpu(raw, cpu1, cpu2);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("query", w.name());
                row.put("concurrency", c);
                if (slices > 0) {
                    row.put("alternatingSlices", slices);
                }
                row.put("graphql", apiMap);
                row.put("raw", rawMap);
                row.put("ratioP50", LoadRunner.round(api.p50() / Math.max(0.001, raw.p50())));
                if (apiMap.get("appCpuMsPerRequest") instanceof Double a
                        && rawMap.get("appCpuMsPerRequest") instanceof Double r && r > 0) {
                    row.put("ratioAppCpu", LoadRunner.round(a / r));
                }
                if (c == CONCURRENCY[0]) {
                    row.put("warmUp", Map.of("graphql", apiWarm.toMap(), "raw", rawWarm.toMap()));
                }
                rows.add(row);
                err.printf("%-30s c=%-2d graphql p50 %7.1f p95 %7.1f p99 %7.1f ms %7.1f/s err %d cpu %s | raw p50 %7.1f "
                        + "p95 %7.1f p99 %7.1f ms %7.1f/s err %d cpu %s%n", w.name(), c, api.p50(), api.p95(),
                        api.p99(), api.throughput(), api.errors(), apiMap.getOrDefault("appCpuMsPerRequest", "-"),
                        raw.p50(), raw.p95(), raw.p99(), raw.throughput(), raw.errors(),
                        rawMap.getOrDefault("appCpuMsPerRequest", "-"));
            }
        }
        return rows;
    }

    /**
     * Opens as many connections as the highest concurrency needs, on both sides, before anything is measured:
     * the warm-ups run at concurrency 2, so without this the first query's cells at 8 and 32 paid for the
     * driver's and the server's new connections (the floor's raw side, measured first: p50 13 ms at
     * concurrency 8, against 0.9 ms at 1).
     */
    private void openConnections(Driver driver, HttpClient http, URI graphql, Workload floor)
            throws InterruptedException {
        int c = CONCURRENCY[CONCURRENCY.length - 1];
        long nanos = Duration.ofSeconds(10).toNanos();
        LoadRunner.Cell api = LoadRunner.run(c, 20 * c, 200 * c, nanos, i -> post(http, graphql, floor, i));
        LoadRunner.Cell raw = LoadRunner.run(c, 20 * c, 200 * c, nanos, i -> floor.runRaw(driver, i) >= 0);
        err.printf("Connections opened at concurrency %d: graphql %d requests, raw %d requests%n", c, api.requests(),
                raw.requests());
    }

    /**
     * A cell with the application's CPU time per request while it ran: on the GraphQL side Tomcat, Spring,
     * graphql-java, the application's driver and Neo4j; on the raw side Neo4j alone. Unlike latency, this
     * hardly depends on how the two cores are shared with the client at the time.
     */
    static Map<String, Object> withCpu(LoadRunner.Cell cell, long cpuBefore, long cpuAfter) {
        Map<String, Object> m = new LinkedHashMap<>(cell.toMap());
        if (cpuBefore >= 0 && cpuAfter >= 0 && cell.requests() > 0) {
            m.put("appCpuMsPerRequest", LoadRunner.round((double) (cpuAfter - cpuBefore) / cell.requests()));
        }
        return m;
    }

    static boolean post(HttpClient http, URI graphql, Workload w, int i) {
        send(http, graphql, w, i);
        return true;
    }

    /** Request {@code i} of {@code w}: the response's body, which has no errors. */
    static String send(HttpClient http, URI graphql, Workload w, int i) {
        String body = Json.compact(Map.of("query", w.document(), "variables", w.variables().apply(i)));
        HttpRequest request = HttpRequest.newBuilder(graphql).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            return response.body();
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("memoryMb", MxMemory.statusMb(Path.of("/proc/meminfo"), "MemTotal"));
        m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put("loadAverageAtStart", loadAverage());
        return m;
    }

    static double loadAverage() {
        return LoadRunner.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static long treeSize(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        catch (IOException e) {
            return -1;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
