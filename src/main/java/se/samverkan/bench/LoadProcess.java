package se.samverkan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.samverkan.curation.BulkImport.InitialLoadSummary;

/**
 * The initial load run as a user runs it: {@code java -Xmx… -jar} this jar {@code import --initial FILE…}, a
 * JVM of its own. In the benchmark's JVM it followed the generation of the files and inherited its heap,
 * and took 132 s where the same command alone took 110–124 s.
 */
final class LoadProcess {

    static final String DEFAULT_HEAP = "15g";

    /** Identical loads of {@code large} took 92–170 s on the 2-core development machine: the median of three. */
    static final int DEFAULT_LOADS = 3;

    /** A load of {@code large} takes two to three minutes here; one that takes hours is stuck. */
    private static final Duration LIMIT = Duration.ofHours(2);

    /** The load's figures as the command printed them, and its whole time as the benchmark saw it. */
    record Result(InitialLoadSummary summary, double seconds) {
    }

    private LoadProcess() {
    }

    /**
     * The command line. {@code import --initial} takes the application's settings (its limit of 5 million
     * records would refuse {@code large}, so the benchmark lifts it unless a setting gives one).
     */
    static List<String> command(String java, String heap, Path jar, Path store, List<Path> files,
            List<String> settings) {
        List<String> c = new ArrayList<>(List.of(java, "-Xmx" + heap, "-jar", jar.toString(), "import", "--initial"));
        files.forEach(f -> c.add(f.toAbsolutePath().toString()));
        c.add("--samverkan.data-dir=" + store.toAbsolutePath());
        if (settings.stream().noneMatch(s -> s.startsWith("--samverkan.import.max-rows="))) {
            c.add("--samverkan.import.max-rows=" + Integer.MAX_VALUE);
        }
        c.addAll(settings);
        return c;
    }

    /** Runs the load to its end, its output to {@code log}; a load that fails throws with the end of its output. */
    static Result run(Path jar, String heap, Path store, List<Path> files, List<String> settings, Path log)
            throws IOException, InterruptedException {
        List<String> command = command(AppProcess.java(), heap, jar, store, files, settings);
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
            String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            InitialLoadSummary summary = InitialLoadSummary.find(output).orElseThrow(() -> new IllegalStateException(
                    "The initial load ended without its summary line; the end of " + log + ":\n"
                            + AppProcess.tail(log, 40)));
            return new Result(summary, seconds);
        }
        finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            Runtime.getRuntime().removeShutdownHook(onExit);
        }
    }
}
