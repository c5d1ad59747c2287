package se.samverkan.curation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.util.unit.DataSize;

/**
 * Public entry to the all-or-nothing importer for code outside this package that holds only a
 * {@link Driver} (tests on a separate store). Each call is one import, one transaction.
 */
public final class BulkImport {

    /** What one import wrote. */
    public record Summary(long records, long nodesCreated, long relationshipsCreated) {
    }

    /** What an initial load wrote, and the seconds spent validating, batch importing and starting up with indexes. */
    public record InitialLoadSummary(long records, long nodes, long relationships, double validateSeconds,
            double batchImportSeconds, double startupSeconds) {

        static InitialLoadSummary of(InitialLoad.Result r) {
            return new InitialLoadSummary(r.records(), r.nodes(), r.relationships(), r.validateNanos() / 1e9,
                    r.importNanos() / 1e9, r.startupNanos() / 1e9);
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
