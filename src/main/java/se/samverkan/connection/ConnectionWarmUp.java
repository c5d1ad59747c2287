package se.samverkan.connection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import se.samverkan.shared.WarmUp;

/** Plans the connection search's query texts at start-up: with the server procedure, or the queries it runs as without. */
@Component
class ConnectionWarmUp implements WarmUp {

    private final Neo4jClient client;

    ConnectionWarmUp(Neo4jClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "connections";
    }

    @Override
    public void warmUp() {
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
