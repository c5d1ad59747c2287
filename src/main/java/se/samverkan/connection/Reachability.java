package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the paths between two sides (each an entity and everything located within it) without
 * enumerating what cannot be part of one. Enumerating paths costs the number of paths, which grows
 * exponentially through hubs and is all spent when there is no link at all. So a bidirectional
 * breadth-first search runs first, one level at a time, always from the side whose frontier is smaller
 * (a small or isolated region stops the search early instead of the big side exploring half the graph).
 * As soon as the two searches meet within h steps, the path query runs for at most h steps, through the
 * carriers reached so far only; when that already gives {@link #ENOUGH} paths, longer paths are never
 * explored. Every node of a path of at most h = depthA + depthB steps lies within depthA
 * steps of side A or within depthB steps of side B, so the reached carriers are all a path can use.
 * The search asks the graph through {@link Graph}: as Cypher over Bolt ({@link CypherReachability}), or
 * inside the database ({@link PathsProcedure}, {@link NodeGraph}). This class uses nothing but the JDK so
 * that the procedure can also be packaged as a plugin for a Neo4j server (see the README).
 */
public final class Reachability {

    /** The JDK's logger: in a Neo4j server (the plugin) there is no SLF4J to rely on. */
    private static final System.Logger log = System.getLogger(Reachability.class.getName());

    /**
     * Longer paths are only looked for while fewer shorter ones were found: the shortest connections are
     * the answer, and each further step multiplies the work through hubs.
     */
    static final int ENOUGH = 200;

    private Reachability() {
    }

    /**
     * Paths as {@link ConnectionCypher#paths} returns them: each path the keys (element ids) of its nodes and
     * of its facts, and every distinct node ({@link se.samverkan.entity.EntityRecord#projection}) and fact
     * ({@code type}, {@code props}, {@code startKey}, {@code source}) once, by key.
     */
    public record Found(List<List<String>> pathNodes, List<List<String>> pathRels,
            Map<String, Map<String, Object>> nodes, Map<String, Map<String, Object>> rels) {

        static final Found NONE = new Found(List.of(), List.of(), Map.of(), Map.of());

        public int size() {
            return pathNodes.size();
        }

        Found reversed() {
            return new Found(pathNodes.stream().map(Reachability::reverse).toList(),
                    pathRels.stream().map(Reachability::reverse).toList(), nodes, rels);
        }
    }

    /**
     * What the search asks of the graph, whose nodes it knows as {@code K}: element ids over Bolt, nodes in
     * the database itself. Facts are filtered by the types and years the graph was made with.
     */
    interface Graph<K> {

        /** The entities located within (or equal to) the entity with this id. */
        Set<K> side(String id);

        /**
         * The distinct entities one allowed fact away from the frontier, carriers and the others apart;
         * only those on {@code goal}'s side or reached by it, when {@code goal} is not null.
         */
        Stepped<K> step(List<K> frontier, Search<K> goal);

        /** {@link ConnectionCypher#paths}: paths of 1 to {@code hops} steps from starts through inner to targets. */
        Found paths(int hops, List<K> starts, List<K> targets, List<K> inner);
    }

    record Stepped<K>(List<K> carriers, List<K> others) {
    }

    static <K> Found search(Graph<K> graph, String fromId, String toId, int maxHops) {
        long start = System.nanoTime();
        Set<K> sideA = graph.side(fromId);
        Set<K> onlyB = graph.side(toId);
        onlyB.removeAll(sideA);
        log.log(System.Logger.Level.DEBUG, () -> "sides of %d and %d entities in %d ms".formatted(sideA.size(),
                onlyB.size(), (System.nanoTime() - start) / 1_000_000));
        if (sideA.isEmpty() || onlyB.isEmpty()) {
            return Found.NONE;
        }
        Search<K> a = new Search<>(sideA);
        Search<K> b = new Search<>(onlyB);
        boolean met = false;
        Found rows = Found.NONE;
        for (int hops = 1; hops <= maxHops; hops++) {
            Search<K> next = a.frontier.isEmpty() ? b : b.frontier.isEmpty() ? a
                    : a.frontier.size() <= b.frontier.size() ? a : b;
            if (next.frontier.isEmpty()) {
                // Both searches reached everything they can: the carriers known are all there are.
                if (met) {
                    return run(graph, maxHops, a, b);
                }
                return Found.NONE;
            }
            long t0 = System.nanoTime();
            int expanded = next.frontier.size();
            met |= next.step(graph, next == a ? b : a, hops == maxHops);
            if (log.isLoggable(System.Logger.Level.DEBUG)) {
                log.log(System.Logger.Level.DEBUG, "%d hop(s): %s side expanded %d -> %d new carriers in %d ms, met: %s"
                        .formatted(hops, next == a ? "from" : "to", expanded, next.frontier.size(),
                                (System.nanoTime() - t0) / 1_000_000, met));
            }
            if (met) {
                long t1 = System.nanoTime();
                rows = run(graph, hops, a, b);
                if (log.isLoggable(System.Logger.Level.DEBUG)) {
                    log.log(System.Logger.Level.DEBUG, "%d hop(s): %d paths in %d ms".formatted(hops, rows.size(),
                            (System.nanoTime() - t1) / 1_000_000));
                }
                if (rows.size() >= ENOUGH) {
                    return rows;
                }
            }
        }
        return rows;
    }

    private static <K> Found run(Graph<K> graph, int hops, Search<K> a, Search<K> b) {
        // The query expands every fact of every start: starting from the smaller side costs less, and the
        // paths are then turned round so that they still run from a to b.
        boolean fromB = b.side.size() < a.side.size();
        Found found = graph.paths(hops, List.copyOf(fromB ? b.side : a.side), List.copyOf(fromB ? a.side : b.side),
                inner(hops, a, b));
        return fromB ? found.reversed() : found;
    }

    /**
     * The carriers that can lie on a path of at most {@code hops} steps. One reached from both sides must
     * have dA + dB <= hops. One reached from side A only is more than depthB steps from side B, so it needs
     * dA <= hops - depthB - 1, and none qualifies once B's search has reached all it can (and vice versa).
     * With depthA = depthB = 1 this keeps just the carriers next to both sides.
     */
    static <K> List<K> inner(int hops, Search<K> a, Search<K> b) {
        List<K> inner = new ArrayList<>();
        a.reached.forEach((id, da) -> {
            Integer db = b.reached.get(id);
            if (db != null ? da + db <= hops : !b.frontier.isEmpty() && da <= hops - b.depth - 1) {
                inner.add(id);
            }
        });
        b.reached.forEach((id, db) -> {
            if (!a.reached.containsKey(id) && !a.frontier.isEmpty() && db <= hops - a.depth - 1) {
                inner.add(id);
            }
        });
        return inner;
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> reversed = new ArrayList<>(list);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** A breadth-first search from one side over carriers outside both sides. */
    static final class Search<K> {

        final Set<K> side;
        /** The carriers reached, with their distance from the side. */
        final Map<K, Integer> reached = new HashMap<>();
        List<K> frontier;
        int depth;

        Search(Set<K> side) {
            this.side = side;
            this.frontier = new ArrayList<>(side);
        }

        /** On this side or reached from it. */
        boolean touches(K node) {
            return side.contains(node) || reached.containsKey(node);
        }

        /**
         * Goes one level deeper; true when it stepped onto the other side or onto a carrier it reached. On
         * the {@code last} level only the nodes where the searches meet matter (a carrier reached from this
         * side alone at the last level cannot lie on a path), so only those are fetched: the last level of
         * a big side is by far the largest.
         */
        boolean step(Graph<K> graph, Search<K> other, boolean last) {
            depth++;
            Stepped<K> stepped = graph.step(frontier, last ? other : null);
            boolean met = false;
            for (K id : stepped.others()) {
                met |= other.touches(id);
            }
            List<K> next = new ArrayList<>();
            for (K id : stepped.carriers()) {
                if (other.touches(id)) {
                    met = true;
                }
                if (!side.contains(id) && !other.side.contains(id) && !reached.containsKey(id)) {
                    reached.put(id, depth);
                    next.add(id);
                }
            }
            frontier = next;
            return met;
        }
    }
}
