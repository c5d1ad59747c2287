package se.samverkan.initialload;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.kernel.api.impl.index.LuceneSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkan.curation.Dataset;
import se.samverkan.curation.ImportProperties;
import se.samverkan.curation.Lookup;
import se.samverkan.curation.Row;
import se.samverkan.curation.Validator;
import se.samverkan.database.CypherMigrations;
import se.samverkan.database.EmbeddedNeo4j;
import se.samverkan.transfer.ImportReader;
import se.samverkan.transfer.Importer;

/**
 * Loads a large data set into an embedded store that has never held a database, offline, with Neo4j's
 * batch importer instead of transactions (the transactional importer's commit cost per relationship is
 * what limits it). The files are read and validated exactly as an import validates them, against an empty
 * store; the graph written is the one {@code curation.GraphWriter} would write. Then the DBMS is started on the
 * store once to apply the start-up migrations (constraints, indexes, reference geography, seed data, all
 * idempotent) over the loaded data and to wait until every index is online.
 */
final class InitialLoad {

    private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

    /** Index population over a million nodes outlasts the 60 s the application waits at start-up. */
    private static final long INDEX_WAIT_SECONDS = 6 * 3600;

    /**
     * Lucene's buffer while the full-text index populates (Neo4j's default is 50 MB). Neo4j merges the
     * population's segments with a merge factor of 2, so every flush of a small buffer leads to merges of
     * ever larger segments: over the million entities of a {@code large} load the index took 13–17 s with
     * the default and 9–12 s with 512 MB (256 MB: 10 s). The setting is internal to Neo4j, hence only here,
     * where the heap is sized for the load and nothing else runs; the application keeps the default.
     */
    private static final Map<Setting<?>, Object> POPULATION = Map.of(
            LuceneSettings.lucene_population_ram_buffer_size, 512.0);

    /** What a load wrote and how long each phase took. */
    record Result(int records, long nodes, long relationships, long validateNanos, long importNanos,
            long startupNanos) {
    }

    /** The store already holds a database: the initial load never touches existing data. */
    static final class DatabaseExistsException extends IllegalStateException {
        DatabaseExistsException(Path dir) {
            super("A database already exists in " + dir + "; the initial load only writes into an empty store "
                    + "(use 'import FILE…' to add data to it)");
        }
    }

    private InitialLoad() {
    }

    static Result run(Path dataDir, List<Importer.Input> inputs, ImportProperties properties, PrintStream progress)
            throws IOException {
        StoreDirs dirs = StoreDirs.of(dataDir);
        dirs.recover();
        if (dirs.databaseExists()) {
            throw new DatabaseExistsException(dirs.databaseDirectory());
        }
        long t0 = System.nanoTime();
        Dataset data = validate(inputs, properties);
        GraphInput graph = new GraphInput(data);
        long t1 = System.nanoTime();
        dirs.prepareScratch();
        try {
            BatchWriter.write(dirs.scratch(), graph.input(), progress);
            dirs.commit();
        }
        catch (IOException | RuntimeException e) {
            dirs.deleteScratch();
            throw e;
        }
        long t2 = System.nanoTime();
        int records = data.size();
        long nodes = graph.nodes();
        long relationships = graph.relationships();
        log.info("Batch-imported {} records as {} nodes and {} relationships in {} ms", records, nodes,
                relationships, (t2 - t1) / 1_000_000);
        // Nor the dataset, now in the store: kept, its gigabytes made every collection during the start-up
        // after the load (Cypher's generated classes trigger several) mark them again, competing with the
        // index population for two cores.
        data = null;
        graph = null;
        try {
            migrate(dirs.home());
        }
        catch (RuntimeException e) {
            throw new IllegalStateException("The data was loaded into " + dirs.databaseDirectory()
                    + ", but applying the start-up migrations failed (they run again at the next start): " + e, e);
        }
        long t3 = System.nanoTime();
        return new Result(records, nodes, relationships, t1 - t0, t2 - t1, t3 - t2);
    }

    /**
     * Reads the files and validates them as an import does, with one difference: the checks of single
     * rows, and keying sources, entities and facts to find repeats, run for one file on a second thread
     * while the main thread reads the next. The rows as read are dropped on return, only the dataset
     * made of them is kept: the collector can have them (millions of objects) before the batch import.
     */
    static Dataset validate(List<Importer.Input> inputs, ImportProperties properties) {
        ExecutorService checker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "initial-load-row-checks");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        try {
            List<Future<Validator.Checked>> parts = new ArrayList<>();
            Validator.Keys keys = new Validator.Keys(); // only the checker's thread uses it until the last get()
            ImportReader reader = Importer.read(inputs, properties, rows -> {
                List<Row> file = List.copyOf(rows); // the reader's list grows while the checker reads this
                parts.add(checker.submit(() -> {
                    Validator.Checked checked = Validator.check(file, properties.maxFieldLength());
                    keys.add(checked); // in the order read: the executor has one thread
                    return checked;
                }));
            });
            long read = System.nanoTime();
            List<Validator.Checked> checked = new ArrayList<>();
            for (Future<Validator.Checked> part : parts) {
                checked.add(part.get());
            }
            long rowChecks = System.nanoTime();
            Dataset data = new Validator(properties.maxFieldLength()).validateChecked(checked, keys, reader.problems(),
                    Lookup.EMPTY, properties.maxReportedProblems());
            log.info("Read the files in {} ms, then waited {} ms for the row checks; checks across rows {} ms",
                    (read - start) / 1_000_000, (rowChecks - read) / 1_000_000,
                    (System.nanoTime() - rowChecks) / 1_000_000);
            return data;
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating the initial load", e);
        }
        finally {
            checker.shutdownNow();
        }
    }

    /** Applies the start-up migrations as the application would and waits for every index to be online. */
    private static void migrate(Path home) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, 0, Duration.ofMinutes(10),
                EmbeddedNeo4j.SMALL_PAGE_CACHE, POPULATION);
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken());
                Session session = driver.session()) {
            new CypherMigrations(driver).migrate();
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", INDEX_WAIT_SECONDS),
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(INDEX_WAIT_SECONDS)).build()).consume();
        }
    }
}
