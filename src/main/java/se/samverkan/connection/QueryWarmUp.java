package se.samverkan.connection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.samverkan.database.CypherMigrations;
import se.samverkan.entity.EntityQueries;
import se.samverkan.search.SearchQueries;

/**
 * Neo4j plans each query text the first time it sees it, which takes seconds on a cold JVM: the first
 * person to ask "who connects Dalarna to Hubei?" would wait for it. Planning the main query texts once at
 * start-up, with parameters that match nothing, moves that wait out of their way. It runs on a thread of its
 * own once the application is up, so that it delays no first answer; it never fails start-up.
 */
// Only where requests will come: the report, import and export commands run one query and exit.
@Component
@ConditionalOnWebApplication
class QueryWarmUp implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(QueryWarmUp.class);


    private final Neo4jClient client;
    private final SearchQueries search;
    private final EntityQueries entities;
    private final TransactionTemplate startup;

    QueryWarmUp(Neo4jClient client, SearchQueries search, EntityQueries entities,
            PlatformTransactionManager transactionManager) {
        this.client = client;
        this.search = search;
        this.entities = entities;
        // One read transaction for all of it, which the queries' own @Transactional join: planning cold
        // may take longer than the request timeout, and a warm-up cut off would only leave the plans cold.
        this.startup = new TransactionTemplate(transactionManager);
        this.startup.setReadOnly(true);
        this.startup.setTimeout((int) CypherMigrations.STARTUP_TIMEOUT.toSeconds());
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread thread = new Thread(this::warmUpAll, "query-warm-up");
        // the JVM may exit (a failed start, a shutdown) without waiting for plans nobody will use
        thread.setDaemon(true);
        thread.start();
    }

    void warmUpAll() {
        long start = System.nanoTime();
        try {
            startup.executeWithoutResult(status -> warmUp());
            log.info("Query plans warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Query warm-up failed; the first requests will be slower: {}", e.getMessage());
        }
    }

    private void warmUp() {
        search.search("warmup", null, 1);
        entities.findById("warmup:none");
        entities.relations("warmup:none", new EntityQueries.RelationQuery(null, "BOTH", null, null, 1, null));
        entities.findWithRelations("warmup:none", new EntityQueries.RelationQuery(null, "BOTH", null, null, 1, null));
        Map<String, Object> params = new HashMap<>();
        params.put("types", null);
        params.put("fromYear", null);
        params.put("toYear", null);
        params.put("frontier", List.of());
        params.put("goal", null);
        params.put("starts", List.of());
        params.put("targets", List.of());
        params.put("inner", List.of());
        if (client.delegateTo(tx -> java.util.Optional.of(CypherReachability.hasProcedure(tx))).run().orElse(false)) {
            Map<String, Object> search = new HashMap<>(params);
            search.put("from", "warmup:none");
            search.put("to", "warmup:none");
            search.put("maxHops", 4);
            client.query(CypherReachability.PATHS_PROCEDURE).bindAll(search).fetch().all();
            return;
        }
        // Without the procedure (an external server) the search runs as these queries.
        client.query(CypherReachability.SIDE).bind("warmup:none").to("id").fetch().all();
        client.query(CypherReachability.STEP).bindAll(params).fetch().all();
        // The path search runs the query for 1, 2, … hops until it has enough paths; 4 is the default.
        for (int hops = 1; hops <= 4; hops++) {
            client.query(ConnectionCypher.paths(hops)).bindAll(params).fetch().all();
        }
    }
}
