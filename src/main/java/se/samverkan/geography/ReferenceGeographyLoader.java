package se.samverkan.geography;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import se.samverkan.database.CypherMigrations;

/**
 * Loads the shipped reference geography at start-up, after the Cypher migrations (it needs their constraints and
 * the seed places: its lifecycle phase follows theirs, whose start waits for them) and before the web server and
 * commands start. Each dataset becomes a {@code Source} of kind {@code dataset};
 * each place cites its datasets by {@code MENTIONED_IN} with an excerpt rendered from its row, each containment is a
 * {@code LOCATED_IN} fact with the dataset as {@code source} (and {@code reference: true}, which answers weigh as
 * reference data). All in one transaction; skipped when the stored checksum matches the files, so a restart costs one
 * read; a changed file set updates in place and drops what the new version no longer gives.
 */
@Component
class ReferenceGeographyLoader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReferenceGeographyLoader.class);

    private static final int BATCH = 2_000;

    private static final String LOADED = """
            UNWIND $ids AS id
            OPTIONAL MATCH (s:Source {id: id})
            RETURN count(CASE WHEN s.checksum = $checksum THEN 1 END) AS current""";

    private static final String SOURCES = """
            UNWIND $rows AS row
            MERGE (s:Source {id: row.id})
            SET s += row.props""";

    private static final String PLACES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n:$(row.labels), n += row.props,
                n.aliases = coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])]
            WITH n, row
            UNWIND row.sources AS sourceId
            MATCH (s:Source {id: sourceId})
            MERGE (n)-[m:MENTIONED_IN]->(s)
            SET m.excerpt = row.excerpt, m.load = $checksum
            RETURN count(m) AS cited""";

    private static final String CONTAINMENT = """
            UNWIND $rows AS row
            MATCH (inner:Entity {id: row.inner})
            MATCH (outer:Entity {id: row.outer})
            MERGE (inner)-[r:LOCATED_IN {source: row.source}]->(outer)
            SET r.reference = true, r.excerpt = row.excerpt, r.load = $checksum
            RETURN count(r) AS written""";

    /** What an older version of the datasets gave and this one does not. */
    private static final String STALE_MENTIONS = """
            MATCH (s:Source) WHERE s.id IN $ids
            MATCH (:Entity)-[m:MENTIONED_IN]->(s) WHERE m.load <> $checksum
            DELETE m""";

    private static final String STALE_CONTAINMENT = """
            MATCH (:Entity)-[r:LOCATED_IN]->(:Entity) WHERE r.source IN $ids AND r.load <> $checksum
            DELETE r""";

    private final Driver driver;
    private final ResourceLoader resources;
    private final GeographyProperties settings;

    /** Takes the migrations so that they exist: the loader writes into the schema and seed they create. */
    ReferenceGeographyLoader(Driver driver, ResourceLoader resources, GeographyProperties settings,
            CypherMigrations migrations) {
        this.driver = driver;
        this.resources = resources;
        this.settings = settings;
    }

    private volatile boolean running;

    @Override
    public void start() {
        load();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Right after {@link CypherMigrations}, which starts first of all. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1;
    }

    /** Loads the files unless the store holds exactly them; returns whether anything was written. */
    boolean load() {
        long t0 = System.nanoTime();
        ReferenceFiles.Shipped shipped = ReferenceFiles.read(resources, settings.location());
        List<String> ids = shipped.datasetIds();
        try (Session session = driver.session()) {
            long current = session.executeRead(tx -> tx.run(LOADED, Map.of("ids", ids, "checksum", shipped.checksum()))
                    .single().get("current").asLong(), CypherMigrations.STARTUP);
            if (current == ids.size()) {
                log.info("Reference geography up to date ({} datasets, checked in {} ms)", ids.size(),
                        (System.nanoTime() - t0) / 1_000_000);
                return false;
            }
            ReferenceFiles files = shipped.parse();
            long read = System.nanoTime();
            long written;
            try (Transaction tx = session.beginTransaction(CypherMigrations.STARTUP)) {
                write(tx, files, ids);
                written = System.nanoTime();
                tx.commit();
            }
            long end = System.nanoTime();
            log.info("Loaded reference geography: {} datasets, {} places, {} containments in {} ms"
                    + " (read and check {} ms, write {} ms, commit {} ms)", files.datasets().size(),
                    files.places().size(), files.containment().size(), (end - t0) / 1_000_000, (read - t0) / 1_000_000,
                    (written - read) / 1_000_000, (end - written) / 1_000_000);
        }
        return true;
    }

    private static void write(Transaction tx, ReferenceFiles files, List<String> ids) {
        String checksum = files.checksum();
        tx.run(SOURCES, Map.of("rows", files.datasets().stream().map(d -> d.parameters(checksum)).toList())).consume();
        long t0 = System.nanoTime();
        long expectedCitations = files.places().stream().mapToLong(p -> p.sources().size()).sum();
        long cited = 0;
        for (List<PlaceRow> batch : batches(files.places())) {
            cited += tx.run(PLACES, Map.of("rows", batch.stream().map(PlaceRow::parameters).toList(),
                    "checksum", checksum)).single().get("cited").asLong();
        }
        if (cited != expectedCitations) {
            throw new GeographyException("places.csv cites " + expectedCitations + " dataset rows but only " + cited
                    + " name a dataset of sources.csv; nothing was loaded");
        }
        long placesDone = System.nanoTime();
        Map<String, PlaceRow> byId = files.places().stream().collect(Collectors.toMap(PlaceRow::id, Function.identity()));
        long written = 0;
        for (List<ContainmentRow> batch : batches(files.containment())) {
            written += tx.run(CONTAINMENT, Map.of("rows", batch.stream().map(c -> c.parameters(byId)).toList(),
                    "checksum", checksum)).single().get("written").asLong();
        }
        long containmentDone = System.nanoTime();
        if (written != files.containment().size()) {
            throw new GeographyException("containment.csv has " + files.containment().size() + " rows but only "
                    + written + " have both places stored; nothing was loaded");
        }
        tx.run(STALE_MENTIONS, Map.of("ids", ids, "checksum", checksum)).consume();
        tx.run(STALE_CONTAINMENT, Map.of("ids", ids, "checksum", checksum)).consume();
        log.debug("Reference geography written: places {} ms, containment {} ms, stale {} ms",
                (placesDone - t0) / 1_000_000, (containmentDone - placesDone) / 1_000_000,
                (System.nanoTime() - containmentDone) / 1_000_000);
    }

    private static <T> List<List<T>> batches(List<T> rows) {
        List<List<T>> batches = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i += BATCH) {
            batches.add(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
        return batches;
    }
}
