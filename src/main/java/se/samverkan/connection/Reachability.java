package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.neo4j.driver.SimpleQueryRunner;

import se.samverkan.entity.FactFilters;

/**
 * Decides cheaply whether any path of at most {@code maxHops} steps links the two sides, before the
 * path query enumerates paths. Enumerating paths costs the number of paths, which grows exponentially
 * through hubs and is all spent when there is no link at all; this walks each distinct node at most
 * once, from both sides (⌈h/2⌉ steps from one, ⌊h/2⌋ from the other), over the same facts and carriers
 * the path query allows. When the two searches do not meet there is no path; when they do, the nodes
 * they reached are the only ones a path can pass through, which the path query then checks during its
 * expansion (a set lookup) instead of comparing every node with two side lists.
 */
public final class Reachability {

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
            RETURN DISTINCT elementId(c) AS id,
                   (c:Organisation OR c:Person OR c:Project OR c:Programme OR c:Agreement OR c:Event) AS carrier"""
            .formatted(FactFilters.yearsOverlap("r"));

    private Reachability() {
    }

    /**
     * What the path query needs, as element ids: the entities a path may start from (side A), end at
     * (side B, minus side A) and pass through (carriers outside both sides that lie within ⌈h/2⌉ steps of
     * side A or ⌊h/2⌋ steps of side B: every inner node of a path of at most h steps does).
     */
    public record Plan(List<String> starts, List<String> targets, List<String> inner) {

        public Map<String, Object> parameters(Map<String, Object> params) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("starts", starts);
            p.put("targets", targets);
            p.put("inner", inner);
            return p;
        }
    }

    /**
     * The plan for the paths of at most {@code maxHops} steps from {@code fromId}'s side to {@code toId}'s
     * side, or empty when there is none; {@code params} holds {@code types}, {@code fromYear}, {@code toYear}.
     */
    public static Optional<Plan> plan(SimpleQueryRunner tx, String fromId, String toId, int maxHops,
            Map<String, Object> params) {
        Set<String> sideA = side(tx, fromId);
        Set<String> sideB = side(tx, toId);
        Set<String> onlyB = new HashSet<>(sideB);
        onlyB.removeAll(sideA);
        if (sideA.isEmpty() || onlyB.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> fromA = new HashMap<>();
        Map<String, Integer> fromB = new HashMap<>();
        // A search from one side stepping onto the other side's own entities is a path by itself.
        boolean met = walk(tx, sideA, (maxHops + 1) / 2, sideA, sideB, onlyB, fromA, params);
        met |= walk(tx, onlyB, maxHops / 2, sideA, sideB, sideA, fromB, params);
        for (Map.Entry<String, Integer> e : fromA.entrySet()) {
            Integer b = fromB.get(e.getKey());
            if (met || (b != null && e.getValue() + b <= maxHops)) {
                met = true;
                break;
            }
        }
        if (!met) {
            return Optional.empty();
        }
        Set<String> inner = new HashSet<>(fromA.keySet());
        inner.addAll(fromB.keySet());
        return Optional.of(new Plan(List.copyOf(sideA), List.copyOf(onlyB), List.copyOf(inner)));
    }

    private static Set<String> side(SimpleQueryRunner tx, String id) {
        Set<String> ids = new HashSet<>();
        tx.run(SIDE, Map.of("id", id)).forEachRemaining(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /**
     * Breadth-first from {@code start} over carriers outside both sides, recording each carrier's distance
     * in {@code distance}; returns true when it stepped onto one of {@code targets}.
     */
    private static boolean walk(SimpleQueryRunner tx, Set<String> start, int steps, Set<String> sideA, Set<String> sideB,
            Set<String> targets, Map<String, Integer> distance, Map<String, Object> params) {
        List<String> frontier = new ArrayList<>(start);
        boolean met = false;
        for (int step = 1; step <= steps && !frontier.isEmpty(); step++) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("frontier", frontier);
            List<String> next = new ArrayList<>();
            for (var row : tx.run(STEP, p).list()) {
                String id = row.get("id").asString();
                if (targets.contains(id)) {
                    met = true;
                }
                if (row.get("carrier").asBoolean() && !sideA.contains(id) && !sideB.contains(id)
                        && !distance.containsKey(id)) {
                    distance.put(id, step);
                    next.add(id);
                }
            }
            frontier = next;
        }
        return met;
    }
}
