package se.samverkan.connection;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.FactFilters;

/**
 * The Cypher that finds the paths between two sides, run by {@link CypherReachability#paths} once its search
 * knows which carriers a path may use. It returns one row: {@code pathNodes} and {@code pathRels} (each path
 * as the element ids of its nodes and of its facts), {@code nodes} ({@code key}, {@code entity}) and
 * {@code rels} ({@code key}, {@code type}, {@code props}, {@code startKey}, {@code source}). Parameters:
 * {@code starts}, {@code targets}, {@code inner} (element ids), {@code types} (list or null),
 * {@code fromYear}, {@code toYear} (or null).
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
        // Paths share most of their nodes and facts (the same few carriers link hundreds of pairs), so each
        // distinct node and fact is projected once and the paths refer to them by element id: projecting every
        // occurrence cost most of the query's time and of what it sent.
        String template = """
                UNWIND $starts AS start
                MATCH (x) WHERE elementId(x) = start
                MATCH p = (x)%s-[last]-(y)
                WHERE elementId(y) IN $targets
                  AND NOT type(last) IN ['LOCATED_IN', 'MENTIONED_IN', 'HAS_NAME', 'ABOUT', 'INTERESTED_IN']
                  AND ($types IS NULL OR type(last) IN $types) AND %s
                WITH p LIMIT %d
                WITH collect(p) AS paths
                CALL (paths) {
                  UNWIND paths AS p
                  UNWIND nodes(p) AS n
                  WITH DISTINCT n
                  RETURN collect({key: elementId(n), entity: %s}) AS nodes
                }
                CALL (paths) {
                  UNWIND paths AS p
                  UNWIND relationships(p) AS r
                  WITH DISTINCT r
                  RETURN collect({key: elementId(r), type: type(r), props: properties(r),
                                  startKey: elementId(startNode(r)),
                                  source: head(COLLECT { MATCH (s:Source {id: r.source}) RETURN properties(s) })}) AS rels
                }
                RETURN [p IN paths | [n IN nodes(p) | elementId(n)]] AS pathNodes,
                       [p IN paths | [r IN relationships(p) | elementId(r)]] AS pathRels, nodes, rels""";
        // Inner steps prune during the expansion: allowed facts only, through the planned carriers only.
        String inner = """
                 ((s)-[r]-(c) WHERE elementId(c) IN $inner
                    AND NOT type(r) IN ['LOCATED_IN', 'MENTIONED_IN', 'HAS_NAME', 'ABOUT', 'INTERESTED_IN']
                    AND ($types IS NULL OR type(r) IN $types) AND %s){0,%d} (m)""";
        for (int hops = 1; hops <= ConnectionQuery.MAX_HOPS; hops++) {
            String middle = hops == 1 ? "" : inner.formatted(FactFilters.yearsOverlap("r"), hops - 1);
            PATHS[hops] = template.formatted(middle, FactFilters.yearsOverlap("last"), PATH_BOUND,
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
