package se.samverkan.curation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Imports files all or nothing. Every row is read and validated first (against the files and the store);
 * an invalid import is rejected as a whole with every problem. A valid one is written in UNWIND batches
 * inside ONE database transaction: until it commits, no reader sees any of it, and if the process dies
 * half-way Neo4j's recovery discards the uncommitted transaction on the next start, so the store is as
 * it was. Validation runs in that same transaction, so nothing can change between check and write.
 */
@Component
class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);

    /** Receives progress: records written so far and the total. */
    interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    /** One file to import: its name (the extension decides CSV or JSON), size and content. */
    record Input(String name, long size, Opener opener) {

        static Input of(java.nio.file.Path file) {
            return new Input(file.getFileName().toString(), file.toFile().length(),
                    () -> java.nio.file.Files.newInputStream(file));
        }

        /** The named files for a command-line import, or null after naming one that does not exist. */
        static List<Input> files(List<String> names, java.io.PrintStream err) {
            List<Input> inputs = new java.util.ArrayList<>();
            for (String name : names) {
                java.nio.file.Path path = java.nio.file.Path.of(name);
                if (!java.nio.file.Files.isRegularFile(path)) {
                    err.println(name + ": no such file");
                    return null;
                }
                inputs.add(of(path));
            }
            return inputs;
        }
    }

    interface Opener {
        InputStream open() throws IOException;
    }

    private final Driver driver;
    private final ImportProperties properties;

    Importer(Driver driver, ImportProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    ImportResult importFiles(List<Input> inputs, Progress progress) {
        ImportReader reader = read(inputs, properties);
        return write(reader.rows(), reader.problems(), progress);
    }

    /** Reads every file (problems are collected, not thrown). */
    static ImportReader read(List<Input> inputs, ImportProperties properties) {
        return read(inputs, properties, rows -> {
        });
    }

    /** As {@link #read(List, ImportProperties)}, handing {@code afterEachFile} the rows of each file once read. */
    static ImportReader read(List<Input> inputs, ImportProperties properties,
            java.util.function.Consumer<List<Row>> afterEachFile) {
        ImportReader reader = new ImportReader(properties.maxRows());
        List<Problem> tooLarge = new java.util.ArrayList<>();
        for (Input input : inputs) {
            if (input.size() > properties.maxFileSize().toBytes()) {
                tooLarge.add(new Problem(input.name(), null, null, "the file has " + input.size() + " bytes; at most "
                        + properties.maxFileSize().toBytes() + " are accepted (samverkan.import.max-file-size)"));
                continue;
            }
            int before = reader.rows().size();
            try (InputStream in = input.opener().open()) {
                reader.read(input.name(), in);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + input.name(), e);
            }
            afterEachFile.accept(reader.rows().subList(before, reader.rows().size()));
        }
        reader.problems().addAll(0, tooLarge);
        return reader;
    }

    /** Validates and writes rows in one transaction; used by imports and by every mutation. */
    ImportResult write(List<Row> rows, List<Problem> readProblems, Progress progress) {
        return write(rows, readProblems, progress, tx -> {
        });
    }

    /** As {@link #write(List, List, Progress)}, running {@code after} in the same transaction before it commits. */
    ImportResult write(List<Row> rows, List<Problem> readProblems, Progress progress,
            java.util.function.Consumer<org.neo4j.driver.QueryRunner> after) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(properties.transactionTimeout()).build();
        try (Session session = driver.session(); Transaction tx = session.beginTransaction(config)) {
            long t0 = System.nanoTime();
            Dataset data = new Validator(properties.maxFieldLength())
                    .validate(rows, readProblems, new StoreLookup(tx), properties.maxReportedProblems());
            long t1 = System.nanoTime();
            GraphWriter writer = new GraphWriter(properties.batchSize());
            int total = data.size();
            progress.update(0, total);
            IntConsumer step = done -> progress.update(done, total);
            writer.write(tx, data, step);
            after.accept(tx);
            long t2 = System.nanoTime();
            tx.commit();
            long t3 = System.nanoTime();
            ImportResult result = ImportResult.of(data, writer);
            log.info("Wrote {} records ({} nodes and {} relationships new); validate {} ms, write {} ms ({}), commit {} ms",
                    result.records(), result.nodesCreated(), result.relationshipsCreated(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, writer.timings(), (t3 - t2) / 1_000_000);
            return result;
        }
    }
}
