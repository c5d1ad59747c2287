package se.samverkan.curation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Validates rows and writes them in ONE database transaction, all or nothing; every mutation and every
 * import ends here. Validation runs in that same transaction, so nothing can change between check and write.
 */
@Component
public class ValidatedWrite {

    private static final Logger log = LoggerFactory.getLogger(ValidatedWrite.class);

    /** Receives progress: records written so far and the total. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> {
        };
    }

    private final Driver driver;
    private final ImportProperties properties;

    public ValidatedWrite(Driver driver, ImportProperties properties) {
        this.driver = driver;
        this.properties = properties;
    }

    /** Validates and writes rows in one transaction; used by imports and by every mutation. */
    public ImportResult write(List<Row> rows, List<Problem> readProblems, Progress progress) {
        return write(rows, readProblems, progress, tx -> {
        });
    }

    /** As {@link #write(List, List, Progress)}, running {@code after} in the same transaction before it commits. */
    ImportResult write(List<Row> rows, List<Problem> readProblems, Progress progress, Consumer<QueryRunner> after) {
        return write(new Planned<ImportResult>() {
            @Override
            public List<Row> rows(QueryRunner tx) {
                return rows;
            }

            @Override
            public ImportResult finish(QueryRunner tx, ImportResult written) {
                after.accept(tx);
                return written;
            }
        }, readProblems, progress);
    }

    /**
     * A write whose rows depend on what is stored (a dataset import resolves its entities first): both steps run in
     * the one transaction, so what was read cannot change before the write commits.
     */
    public interface Planned<T> {

        /** The rows to validate and write, decided by reading the store in {@code tx}. */
        List<Row> rows(QueryRunner tx);

        /** Runs after the rows are written, before the commit; what it returns is the write's answer. */
        T finish(QueryRunner tx, ImportResult written);
    }

    /** Plans, validates and writes in one transaction, all or nothing; a {@link ValidationException} writes nothing. */
    public <T> T write(Planned<T> work, Progress progress) {
        return write(work, List.of(), progress);
    }

    private <T> T write(Planned<T> work, List<Problem> readProblems, Progress progress) {
        TransactionConfig config = TransactionConfig.builder().withTimeout(properties.transactionTimeout()).build();
        try (Session session = driver.session(); Transaction tx = session.beginTransaction(config)) {
            long t0 = System.nanoTime();
            List<Row> rows = work.rows(tx);
            Dataset data = new Validator(properties.maxFieldLength())
                    .validate(rows, readProblems, new StoreLookup(tx), properties.maxReportedProblems());
            long t1 = System.nanoTime();
            GraphWriter writer = new GraphWriter(properties.batchSize());
            int total = data.size();
            progress.update(0, total);
            IntConsumer step = done -> progress.update(done, total);
            writer.write(tx, data, step);
            ImportResult result = ImportResult.of(data, writer);
            T answer = work.finish(tx, result);
            long t2 = System.nanoTime();
            tx.commit();
            long t3 = System.nanoTime();
            log.info("Wrote {} records ({} nodes and {} relationships new); plan and validate {} ms, write {} ms ({}), commit {} ms",
                    result.records(), result.nodesCreated(), result.relationshipsCreated(), (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, writer.timings(), (t3 - t2) / 1_000_000);
            return answer;
        }
    }
}
