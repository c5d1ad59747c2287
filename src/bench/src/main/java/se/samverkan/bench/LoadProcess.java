package se.samverkan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The initial load run as a user runs it: {@code java -Xmx… -jar} the product jar {@code import --initial FILE…},
 * a JVM of its own, which writes its figures to a JSON file ({@code --summary-json=FILE}) for the lab to read. In the benchmark's JVM it followed the generation of the files and inherited its heap,
 * and took 132 s where the same command alone took 110–124 s.
 */
final class LoadProcess {

    /**
     * The {@code large} load's live heap peaks at 3–3.7 GB. With 15 GB, G1's first concurrent cycle (below)
     * shrank the heap and adaptive cycles followed; with the cycles gone, a 15 GB heap filled with
     * dead rows up to 11.6 GB and the load's system time rose from 32–41 s to 48–61 s (fresh memory
     * to fault in). 8 GB bounds what is touched.
     */
    static final String DEFAULT_HEAP = "8g";

    /**
     * Metaspace's first threshold (~21 MB) is crossed while the batch importer and then Neo4j load their
     * classes, when the validated rows hold ~3 GB: each crossing started a concurrent marking of them
     * (10 s of a core during the batch import) and the adaptive cycles after it (12–17 s of marking per
     * load). In interleaved standalone loads of {@code large} with 8 GB and this, no concurrent cycle ran
     * and the load took 94–106 s against 108–115 s with {@code -Xmx15g} alone.
     * <p>
     * The heap in transparent huge pages: with 4 KB pages, faulting in the gigabytes the rows fill and
     * G1 copying them cost a {@code large} load 38–49 s of system time; with 2 MB pages 24–32 s, with
     * shorter pauses, and the median of five interleaved loads went from 107.4 to 94.3 s (see the README,
     * "The initial load's heap in huge pages"). Where the kernel offers no transparent huge
     * pages the JVM says so once and goes on with small pages.
     */
    static final List<String> JVM_OPTIONS = List.of("-XX:MetaspaceSize=512m", "-XX:+UseTransparentHugePages");

    /** Identical loads of {@code large} took 92–170 s on the 2-core development machine: the median of three. */
    static final int DEFAULT_LOADS = 3;

    /** A load of {@code large} takes two to three minutes here; one that takes hours is stuck. */
    private static final Duration LIMIT = Duration.ofHours(2);

    /** What the command wrote into its summary file: what it loaded and the seconds of its phases. */
    record Summary(long records, long nodes, long relationships, double validateSeconds, double batchImportSeconds,
            double startupSeconds) {
    }

    /** The load's figures as the command wrote them, and its whole time as the benchmark saw it. */
    record Result(Summary summary, double seconds) {
    }

    private LoadProcess() {
    }

    /**
     * The command line. {@code import --initial} takes the application's settings (its limit of 5 million
     * records would refuse {@code large}, so the benchmark lifts it unless a setting gives one).
     */
    static List<String> command(String java, String heap, Path jar, Path store, List<Path> files,
            List<String> settings, Path summary) {
        List<String> c = launch(java, heap, jar);
        files.forEach(f -> c.add(f.toAbsolutePath().toString()));
        c.add("--summary-json=" + summary.toAbsolutePath());
        c.add("--samverkan.data-dir=" + store.toAbsolutePath());
        if (settings.stream().noneMatch(s -> s.startsWith("--samverkan.import.max-rows="))) {
            c.add("--samverkan.import.max-rows=" + Integer.MAX_VALUE);
        }
        c.addAll(settings);
        return c;
    }

    /** The command as the report shows it, the files and settings left out. */
    static String shown(String heap, Path jar) {
        return String.join(" ", launch("java", heap, jar.getFileName())) + " FILES";
    }

    /** The command up to its files: the JVM with its options, the jar, {@code import --initial}. */
    private static List<String> launch(String java, String heap, Path jar) {
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heap));
        c.addAll(JVM_OPTIONS);
        c.addAll(List.of("-jar", jar.toString(), "import", "--initial"));
        return c;
    }

    /** Runs the load to its end, its output to {@code log}; a load that fails throws with the end of its output. */
    static Result run(Path jar, String heap, Path store, List<Path> files, List<String> settings, Path log)
            throws IOException, InterruptedException {
        Path summaryFile = log.resolveSibling(log.getFileName() + ".summary.json");
        Files.deleteIfExists(summaryFile);
        List<String> command = command(AppProcess.java(), heap, jar, store, files, settings, summaryFile);
        long t0 = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Ctrl-C on the benchmark skips its finally blocks; the load would go on writing the store.
        Thread onExit = new Thread(process::destroy, "stop-initial-load");
        Runtime.getRuntime().addShutdownHook(onExit);
        try {
            if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
                throw new IllegalStateException("The initial load did not end within " + LIMIT.toMinutes()
                        + " minutes; the end of " + log + ":\n" + AppProcess.tail(log, 40));
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("The initial load exited with code " + process.exitValue()
                        + "; the end of " + log + ":\n" + AppProcess.tail(log, 40));
            }
            if (!Files.exists(summaryFile)) {
                throw new IllegalStateException("The initial load ended without writing " + summaryFile
                        + "; the end of " + log + ":\n" + AppProcess.tail(log, 40));
            }
            return new Result(Json.read(summaryFile, Summary.class), seconds);
        }
        finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(onExit);
        }
    }
}
