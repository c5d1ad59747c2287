package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.SimpleQueryRunner;

import se.samverkan.entity.FactFilters;

/**
 * Decides cheaply whether any path of at most {@code maxHops} steps links the two sides, before the
 * path query enumerates paths. Enumerating paths costs the number of paths, which grows exponentially
 * through hubs and is all spent when there is no link at all; this walks each distinct node at most
 * once, from both sides (⌈h/2⌉ steps from one, ⌊h/2⌋ from the other), over the same facts and carriers
 * the path query allows, and reports whether the two searches meet.
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
     * True when some path from {@code fromId}'s side to {@code toId}'s side has at most {@code maxHops}
     * steps; {@code params} holds {@code types}, {@code fromYear}, {@code toYear}.
     */
    public static boolean linked(SimpleQueryRunner tx, String fromId, String toId, int maxHops, Map<String, Object> params) {
        Set<String> sideA = side(tx, fromId);
        Set<String> sideB = side(tx, toId);
        Set<String> onlyB = new HashSet<>(sideB);
        onlyB.removeAll(sideA);
        if (sideA.isEmpty() || onlyB.isEmpty()) {
            return false;
        }
        Map<String, Integer> fromA = new HashMap<>();
        Map<String, Integer> fromB = new HashMap<>();
        int stepsA = (maxHops + 1) / 2;
        int stepsB = maxHops / 2;
        // A search from one side meeting the other side's own entities is a path by itself.
        if (walk(tx, sideA, stepsA, sideA, sideB, onlyB, fromA, params)
                || walk(tx, onlyB, stepsB, sideA, sideB, sideA, fromB, params)) {
            return true;
        }
        for (Map.Entry<String, Integer> e : fromA.entrySet()) {
            Integer b = fromB.get(e.getKey());
            if (b != null && e.getValue() + b <= maxHops) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> side(SimpleQueryRunner tx, String id) {
        Set<String> ids = new HashSet<>();
        tx.run(SIDE, Map.of("id", id)).forEachRemaining(r -> ids.add(r.get("id").asString()));
        return ids;
    }

    /**
     * Breadth-first from {@code start} over carriers outside both sides, recording each carrier's distance
     * in {@code distance}; returns true as soon as it steps onto one of {@code targets}.
     */
    private static boolean walk(SimpleQueryRunner tx, Set<String> start, int steps, Set<String> sideA, Set<String> sideB,
            Set<String> targets, Map<String, Integer> distance, Map<String, Object> params) {
        List<String> frontier = new ArrayList<>(start);
        for (int step = 1; step <= steps && !frontier.isEmpty(); step++) {
            Map<String, Object> p = new HashMap<>(params);
            p.put("frontier", frontier);
            List<String> next = new ArrayList<>();
            for (var row : tx.run(STEP, p).list()) {
                String id = row.get("id").asString();
                if (targets.contains(id)) {
                    return true;
                }
                if (row.get("carrier").asBoolean() && !sideA.contains(id) && !sideB.contains(id)
                        && !distance.containsKey(id)) {
                    distance.put(id, step);
                    next.add(id);
                }
            }
            frontier = next;
        }
        return false;
    }
}
