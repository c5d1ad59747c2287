package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.samverkan.entity.FactFilters;

/**
 * The connection search ({@link Reachability}) from the application's side of Bolt: the whole search as
 * {@link PathsProcedure} where the database has it, or as Cypher queries, one per level, which any Neo4j
 * server runs. Kept apart from {@link Reachability} because it needs the driver, which a Neo4j server does
 * not have for the procedure's plugin.
 */
public final class CypherReachability {

    /** The entities located within (or equal to) an entity, as element ids. */
    static final String SIDE = """
            MATCH (e:Entity {id: $id})
            MATCH (x:Entity)-[:LOCATED_IN*0..12]->(e)
            RETURN DISTINCT elementId(x) AS id""";

    /** One step out of a frontier, over the facts a path may use. */
    static final String STEP = """
            UNWIND $frontier AS id
            MATCH (x) WHERE elementId(x) = id
            MATCH (x)-[r]-(c:Entity)
            WHERE NOT type(r) IN ['LOCATED_IN', 'MENTIONED_IN', 'HAS_NAME', 'ABOUT', 'INTERESTED_IN']
              AND ($types IS NULL OR type(r) IN $types)
              AND %s
              AND ($goal IS NULL OR elementId(c) IN $goal)
            RETURN DISTINCT elementId(c) AS id,
                   (c:Organisation OR c:Person OR c:Project OR c:Programme OR c:Agreement OR c:Event) AS carrier"""
            .formatted(FactFilters.yearsOverlap("r"));

    /** The arguments {@link #PATHS_PROCEDURE} passes, in order, each as the parameter of its name. */
    static final List<String> ARGUMENTS = List.of("from", "to", "maxHops", "types", "fromYear", "toYear");

    /** The results {@link #PATHS_PROCEDURE} yields and returns. */
    static final List<String> RESULTS = List.of("pathNodes", "pathRels", "nodes", "rels");

    /**
     * The whole search as {@link PathsProcedure}, where the database has it; same answer as {@link #paths}.
     * Made from the names {@link #hasProcedure} checks, so that the call and the check cannot drift apart.
     */
    static final String PATHS_PROCEDURE = "CALL %s(%s)\n  YIELD %s\nRETURN %3$s".formatted(PathsProcedure.NAME,
            String.join(", ", ARGUMENTS.stream().map(a -> "$" + a).toList()), String.join(", ", RESULTS));

    private static final String PROCEDURE_SIGNATURE = """
            SHOW PROCEDURES YIELD name, argumentDescription, returnDescription WHERE name = $name
            RETURN [a IN argumentDescription | a.name] AS arguments, [r IN returnDescription | r.name] AS results""";

    private static final Logger log = LoggerFactory.getLogger(CypherReachability.class);

    private CypherReachability() {
    }

    /**
     * The paths between {@code fromId}'s side and {@code toId}'s side, of at most {@code maxHops} steps, at
     * most {@link ConnectionCypher#PATH_BOUND} of them; none when no path exists. {@code params} holds
     * {@code types}, {@code fromYear}, {@code toYear}. With {@code procedure} the database runs the whole
     * search ({@link PathsProcedure}); without, it runs as Cypher, one query per level.
     */
    static Reachability.Found find(SimpleQueryRunner tx, String fromId, String toId, int maxHops,
            Map<String, Object> params, boolean procedure) {
        if (!procedure) {
            return paths(tx, fromId, toId, maxHops, params);
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("from", fromId);
        p.put("to", toId);
        p.put("maxHops", maxHops);
        return found(tx.run(PATHS_PROCEDURE, p).single());
    }

    /** {@link #find} as Cypher queries, which any Neo4j server runs. */
    static Reachability.Found paths(SimpleQueryRunner tx, String fromId, String toId, int maxHops,
            Map<String, Object> params) {
        return Reachability.search(new CypherGraph(tx, params), fromId, toId, maxHops);
    }

    /**
     * Whether the database has {@link PathsProcedure} as this build calls it (the embedded one has; an
     * external server has it only from the plugin jar, which may come from another build).
     */
    public static boolean hasProcedure(SimpleQueryRunner tx) {
        return hasSignature(tx, PathsProcedure.NAME, ARGUMENTS, RESULTS);
    }

    /**
     * Whether the database has the procedure {@code name} taking {@code arguments} and yielding {@code results}.
     * One of that name with other arguments or results would fail every call: the caller then does without,
     * and the log says why.
     */
    static boolean hasSignature(SimpleQueryRunner tx, String name, List<String> arguments, List<String> results) {
        List<Record> found = tx.run(PROCEDURE_SIGNATURE, Map.of("name", name)).list();
        if (found.isEmpty()) {
            return false;
        }
        List<String> has = found.get(0).get("arguments").asList(Value::asString);
        List<String> yields = found.get(0).get("results").asList(Value::asString);
        if (has.equals(arguments) && yields.equals(results)) {
            return true;
        }
        log.warn("The database has the procedure {} taking {} and yielding {}, but this build calls it with {} for {} "
                + "(a plugin jar from another build?); not using it", name, has, yields, arguments, results);
        return false;
    }

    /** A record of the Cypher path query or of the procedure as the search's answer. */
    static Reachability.Found found(Record row) {
        Map<String, Map<String, Object>> nodes = new HashMap<>();
        row.get("nodes").values().forEach(v -> nodes.put(v.get("key").asString(), v.get("entity").asMap()));
        Map<String, Map<String, Object>> rels = new HashMap<>();
        row.get("rels").values().forEach(v -> rels.put(v.get("key").asString(), v.asMap()));
        return new Reachability.Found(row.get("pathNodes").asList(v -> v.asList(Value::asString)),
                row.get("pathRels").asList(v -> v.asList(Value::asString)), nodes, rels);
    }

    /** The search's questions as Cypher over Bolt, nodes known by element id. */
    private record CypherGraph(SimpleQueryRunner tx, Map<String, Object> params) implements Reachability.Graph<String> {

        @Override
        public Set<String> side(String id) {
            Set<String> ids = new HashSet<>();
            tx.run(SIDE, Map.of("id", id)).forEachRemaining(r -> ids.add(r.get("id").asString()));
            return ids;
        }

        @Override
        public Reachability.Stepped<String> step(List<String> frontier, Reachability.Search<String> goal) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("frontier", frontier);
            List<String> goalIds = null;
            if (goal != null) {
                goalIds = new ArrayList<>(goal.side);
                goalIds.addAll(goal.reached.keySet());
            }
            p.put("goal", goalIds);
            List<String> carriers = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (Record row : tx.run(STEP, p).list()) {
                (row.get("carrier").asBoolean() ? carriers : others).add(row.get("id").asString());
            }
            return new Reachability.Stepped<>(carriers, others);
        }

        @Override
        public Reachability.Found paths(int hops, List<String> starts, List<String> targets, List<String> inner) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("starts", starts);
            p.put("targets", targets);
            p.put("inner", inner);
            return found(tx.run(ConnectionCypher.paths(hops), p).single());
        }
    }
}
