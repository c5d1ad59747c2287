package se.samverkan.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.util.unit.DataSize;

import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ImportResult;
import se.samverkan.curation.ValidatedWrite;
import se.samverkan.curation.ValidationException;

/**
 * Public entry to the all-or-nothing importer for code outside this package that holds only a
 * {@link Driver} (the benchmark, tests on a separate store). Each call is one import, one transaction.
 * The offline initial load has its own entry, {@code se.samverkan.initialload.OfflineInitialLoad}.
 */
public final class BulkImport {

    /** What one import wrote. */
    public record Summary(long records, long nodesCreated, long relationshipsCreated) {
    }

    private BulkImport() {
    }

    private static List<Importer.Input> inputs(List<Path> files) {
        return files.stream().map(Importer.Input::of).toList();
    }

    /** Imports {@code files} as one import; invalid data throws with every problem in the message. */
    public static Summary importFiles(Driver driver, List<Path> files, int batchSize, int maxRows) {
        ImportProperties properties = new ImportProperties(DataSize.ofGigabytes(64), maxRows, 4000, batchSize, 20,
                Duration.ofHours(2));
        try {
            ImportResult result = new Importer(driver, properties).importFiles(inputs(files), ValidatedWrite.Progress.NONE);
            return new Summary(result.records(), result.nodesCreated(), result.relationshipsCreated());
        }
        catch (ValidationException e) {
            throw new IllegalArgumentException("Import rejected: " + e.problems(), e);
        }
    }
}
