package se.samverkan.initialload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.util.unit.DataSize;

import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.ValidationException;
import se.samverkan.transfer.Importer;

/** Public entry to the offline initial load for code outside this package (the benchmark, tests). */
public final class OfflineInitialLoad {

    private OfflineInitialLoad() {
    }

    /**
     * Loads {@code files} into the empty embedded store {@code dataDir} with Neo4j's offline batch importer,
     * then applies the start-up migrations and waits for the indexes (see README "Initial load of a large
     * data set"). Invalid data throws {@link IllegalArgumentException} with the problems; a store that
     * already holds a database throws {@link IllegalStateException}. Nothing may use {@code dataDir} meanwhile.
     */
    public static InitialLoadSummary load(Path dataDir, List<Path> files) throws java.io.IOException {
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
}
