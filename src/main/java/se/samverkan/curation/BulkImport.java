package se.samverkan.curation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

    private BulkImport() {
    }

    /** Imports {@code files} as one import; invalid data throws with every problem in the message. */
    public static Summary importFiles(Driver driver, List<Path> files, int batchSize, int maxRows) {
        ImportProperties properties = new ImportProperties(DataSize.ofGigabytes(64), maxRows, 4000, batchSize, 20,
                Duration.ofHours(2));
        List<Importer.Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new Importer.Input(file.getFileName().toString(), file.toFile().length(),
                    () -> Files.newInputStream(file)));
        }
        try {
            ImportResult result = new Importer(driver, properties).importFiles(inputs, Importer.Progress.NONE);
            return new Summary(result.records(), result.nodesCreated(), result.relationshipsCreated());
        }
        catch (ValidationException e) {
            throw new IllegalArgumentException("Import rejected: " + e.problems(), e);
        }
    }
}
