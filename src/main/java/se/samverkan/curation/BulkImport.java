package se.samverkan.curation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.springframework.util.unit.DataSize;

/**
 * Public entry to the all-or-nothing importer for code outside this package that holds only a
 * {@link Driver} (the benchmark, tests on a separate store). Each call is one import, one transaction.
 */
public final class BulkImport {

    /** What one import wrote. */
    public record Summary(long records, long nodesCreated, long relationshipsCreated) {
    }

    /** What an initial load wrote, and the seconds spent validating, batch importing and starting up with indexes. */
    public record InitialLoadSummary(long records, long nodes, long relationships, double validateSeconds,
            double batchImportSeconds, double startupSeconds) {

        private static final String PREFIX = "Initial load summary:";
        private static final Pattern LINE = Pattern.compile(Pattern.quote(PREFIX) + " records=(\\d+) nodes=(\\d+) "
                + "relationships=(\\d+) validateSeconds=([0-9.]+) batchImportSeconds=([0-9.]+) startupSeconds=([0-9.]+)");

        static InitialLoadSummary of(InitialLoad.Result r) {
            return new InitialLoadSummary(r.records(), r.nodes(), r.relationships(), r.validateNanos() / 1e9,
                    r.importNanos() / 1e9, r.startupNanos() / 1e9);
        }

        /**
         * One line that {@code import --initial} prints last, for a program that ran it (the benchmark runs the
         * load as a user does, in a JVM of its own) to read back with {@link #find}; in any locale.
         */
        public String line() {
            return String.format(Locale.ROOT, "%s records=%d nodes=%d relationships=%d validateSeconds=%.3f "
                    + "batchImportSeconds=%.3f startupSeconds=%.3f", PREFIX, records, nodes, relationships,
                    validateSeconds, batchImportSeconds, startupSeconds);
        }

        /** The summary {@link #line()} wrote into {@code output}, if it holds one. */
        public static Optional<InitialLoadSummary> find(String output) {
            Matcher m = LINE.matcher(output);
            if (!m.find()) {
                return Optional.empty();
            }
            return Optional.of(new InitialLoadSummary(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)),
                    Double.parseDouble(m.group(6))));
        }
    }

    private BulkImport() {
    }

    /**
     * Loads {@code files} into the empty embedded store {@code dataDir} with Neo4j's offline batch importer,
     * then applies the start-up migrations and waits for the indexes (see README "Initial load of a large
     * data set"). Invalid data throws {@link IllegalArgumentException} with the problems; a store that
     * already holds a database throws {@link IllegalStateException}. Nothing may use {@code dataDir} meanwhile.
     */
    public static InitialLoadSummary initialLoad(Path dataDir, List<Path> files) throws java.io.IOException {
        ImportProperties properties = new ImportProperties(DataSize.ofGigabytes(64), Integer.MAX_VALUE, 4000, 5000, 20,
                Duration.ofHours(2));
        try {
            return InitialLoadSummary.of(InitialLoad.run(dataDir, inputs(files), properties,
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
        }
        catch (ValidationException e) {
            throw new IllegalArgumentException("Initial load rejected: " + e.problems(), e);
        }
    }

    private static List<Importer.Input> inputs(List<Path> files) {
        return files.stream().map(Importer.Input::of).toList();
    }

    /** Imports {@code files} as one import; invalid data throws with every problem in the message. */
    public static Summary importFiles(Driver driver, List<Path> files, int batchSize, int maxRows) {
        ImportProperties properties = new ImportProperties(DataSize.ofGigabytes(64), maxRows, 4000, batchSize, 20,
                Duration.ofHours(2));
        try {
            ImportResult result = new Importer(driver, properties).importFiles(inputs(files), Importer.Progress.NONE);
            return new Summary(result.records(), result.nodesCreated(), result.relationshipsCreated());
        }
        catch (ValidationException e) {
            throw new IllegalArgumentException("Import rejected: " + e.problems(), e);
        }
    }
}
