package se.samverkan.curation;

import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.SummaryCounters;

/**
 * Writes a validated {@link Dataset} in UNWIND batches, every MERGE index-backed on {@code :Entity(id)} /
 * {@code :Source(id)}, so writing the same data twice changes nothing. Labels and relationship types
 * are dynamic ({@code $(...)}) but only ever values from {@link Vocabulary}, checked by {@link Validator}.
 * Each batch checks that every row found its ends; a row that did not aborts the (enclosing) transaction.
 */
final class GraphWriter {

    private static final String SOURCES = """
            UNWIND $rows AS s
            MERGE (x:Source {id: s.id})
            SET x += s.props
            RETURN count(x) AS written""";

    /** A renamed entity keeps its former name as an alias, so search still finds it by that name. */
    private static final String ENTITIES = """
            UNWIND $rows AS e
            MERGE (n:Entity {id: e.id})
            WITH n, e, n.name AS former, coalesce(n.aliases, []) AS known
            SET n:$(e.labels), n += e.props
            WITH n, former, known + [a IN e.aliases WHERE NOT a IN known] AS aliases
            SET n.aliases = aliases + CASE WHEN former IS NULL OR former = n.name OR former IN aliases
                                          THEN [] ELSE [former] END
            RETURN count(n) AS written""";

    private static final String NAMES = """
            UNWIND $rows AS h
            MATCH (n:Entity {id: h.id})
            MERGE (n)-[r:HAS_NAME]->(:Name {entity: h.id, value: h.name})
            SET r += h.props
            RETURN count(r) AS written""";

    private static final String MENTIONS = """
            UNWIND $rows AS m
            MATCH (n:Entity {id: m.id})
            MATCH (s:Source {id: m.source})
            MERGE (n)-[r:MENTIONED_IN]->(s)
            SET r.excerpt = m.excerpt
            RETURN count(r) AS written""";

    private static final String FACTS = """
            UNWIND $rows AS f
            MATCH (a:Entity {id: f.from})
            MATCH (b:Entity {id: f.to})
            MERGE (a)-[r:$(f.type) {source: f.source}]->(b)
            SET r += f.props
            RETURN count(r) AS written""";

    private static final String REFERENCE_FACTS = """
            UNWIND $rows AS f
            MATCH (a:Entity {id: f.from})
            MATCH (b:Entity {id: f.to})
            MERGE (a)-[r:$(f.type) {reference: true}]->(b)
            SET r += f.props
            RETURN count(r) AS written""";

    private final int batchSize;
    private long nodesCreated;
    private long relationshipsCreated;
    private final Map<String, Long> timings = new java.util.LinkedHashMap<>();

    GraphWriter(int batchSize) {
        this.batchSize = Math.max(1, batchSize);
    }

    /** Writes everything; {@code progress} receives the number of records written after each batch. */
    void write(QueryRunner tx, Dataset data, IntConsumer progress) {
        int[] done = {0};
        IntConsumer step = n -> {
            done[0] += n;
            progress.accept(done[0]);
        };
        batches(tx, "sources", SOURCES, data.sources(), step);
        batches(tx, "entities", ENTITIES, data.entities(), step);
        batches(tx, "names", NAMES, data.names(), step);
        batches(tx, "mentions", MENTIONS, data.mentions(), step);
        batches(tx, "facts", FACTS, data.facts(), step);
        batches(tx, "reference facts", REFERENCE_FACTS, data.referenceFacts(), step);
    }

    /** Milliseconds spent writing each kind of record, for the import's log line. */
    Map<String, Long> timings() {
        return timings;
    }

    private void batches(QueryRunner tx, String kind, String cypher, List<Map<String, Object>> rows, IntConsumer step) {
        long t0 = System.nanoTime();
        for (int i = 0; i < rows.size(); i += batchSize) {
            List<Map<String, Object>> batch = rows.subList(i, Math.min(rows.size(), i + batchSize));
            Result result = tx.run(cypher, Map.of("rows", batch));
            long written = result.single().get("written").asLong();
            SummaryCounters counters = result.consume().counters();
            nodesCreated += counters.nodesCreated();
            relationshipsCreated += counters.relationshipsCreated();
            if (written != batch.size()) {
                // Validation saw every end; one vanishing since means a concurrent delete: write nothing.
                throw new IllegalStateException("Only " + written + " of " + batch.size()
                        + " records found their entities or sources; the store changed during the import");
            }
            step.accept(batch.size());
        }
        if (!rows.isEmpty()) {
            timings.merge(kind, (System.nanoTime() - t0) / 1_000_000, Long::sum);
        }
    }

    long nodesCreated() {
        return nodesCreated;
    }

    long relationshipsCreated() {
        return relationshipsCreated;
    }
}
