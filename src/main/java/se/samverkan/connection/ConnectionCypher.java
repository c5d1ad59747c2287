package se.samverkan.connection;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.FactFilters;

/**
 * The Cypher that finds the paths between two entities, public so that the benchmark can run exactly
 * what the API runs, directly through the driver. Parameters: {@code fromId}, {@code toId}, {@code types}
 * (list or null), {@code fromYear}, {@code toYear} (or null).
 */
public final class ConnectionCypher {

    /** Enough to rank well and bounded so that a dense graph cannot run away. */
    public static final int PATH_BOUND = 1000;

    /**
     * One query text per hop count: Cypher cannot take a variable-length bound as a parameter, so the
     * bound comes from this fixed table indexed by the already validated maxHops, never from input.
     */
    private static final String[] PATHS = new String[ConnectionQuery.MAX_HOPS + 1];

    static {
        String template = """
                MATCH (a:Entity {id: $fromId})
                MATCH (b:Entity {id: $toId})
                CALL (a) { MATCH (x:Entity)-[:LOCATED_IN*0..12]->(a) RETURN collect(DISTINCT x) AS sideA }
                CALL (b) { MATCH (y:Entity)-[:LOCATED_IN*0..12]->(b) RETURN collect(DISTINCT y) AS sideB }
                UNWIND sideA AS x
                MATCH p = (x)-[rels*1..%d]-(y:Entity)
                WHERE y IN sideB AND NOT y IN sideA
                  AND all(r IN rels WHERE NOT type(r) IN ['LOCATED_IN', 'MENTIONED_IN', 'HAS_NAME', 'ABOUT', 'INTERESTED_IN']
                          AND ($types IS NULL OR type(r) IN $types)
                          AND %s)
                  AND all(n IN nodes(p)[1..-1] WHERE
                          (n:Organisation OR n:Person OR n:Project OR n:Programme OR n:Agreement OR n:Event)
                          AND NOT n IN sideA AND NOT n IN sideB)
                WITH p LIMIT %d
                RETURN [n IN nodes(p) | %s] AS nodes,
                       [r IN relationships(p) | {type: type(r), props: properties(r),
                                                 startId: startNode(r).id}] AS rels""";
        for (int hops = 1; hops <= ConnectionQuery.MAX_HOPS; hops++) {
            PATHS[hops] = template.formatted(hops, FactFilters.yearsOverlap("r"), PATH_BOUND,
                    EntityRecord.projection("n"));
        }
    }

    private ConnectionCypher() {
    }

    /** The query for paths of 1 to {@code maxHops} steps (1 to {@value ConnectionQuery#MAX_HOPS}). */
    public static String paths(int maxHops) {
        if (maxHops < 1 || maxHops > ConnectionQuery.MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + ConnectionQuery.MAX_HOPS);
        }
        return PATHS[maxHops];
    }
}
