package se.samverkan.connection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.ResourceIterator;
import org.neo4j.graphdb.Transaction;

import se.samverkan.entity.EntityType;

/**
 * The connection search's questions answered inside the database, through its Java API: the same answers
 * as the Cypher of {@link CypherReachability} ({@link CypherReachability#SIDE}, {@link CypherReachability#STEP},
 * {@link ConnectionCypher#paths}), nodes compared by identity and an element id made only for what is
 * returned. Naming the fact types lets the store skip the groups of other types on dense nodes (a hub's
 * mentions).
 */
final class NodeGraph implements Reachability.Graph<Node> {

    private static final Set<String> NOT_A_CONNECTION = Set.of("LOCATED_IN", "MENTIONED_IN", "HAS_NAME", "ABOUT",
            "INTERESTED_IN");
    private static final Set<String> CARRIERS = java.util.Arrays.stream(EntityType.values())
            .filter(EntityType::isConnector).map(EntityType::label).collect(java.util.stream.Collectors.toSet());
    private static final Label ENTITY = Label.label("Entity");
    private static final Label NAME = Label.label("Name");
    private static final Label SOURCE = Label.label("Source");
    private static final Label PLACE = Label.label(EntityType.PLACE.label());
    private static final RelationshipType LOCATED_IN = RelationshipType.withName("LOCATED_IN");
    private static final RelationshipType HAS_NAME = RelationshipType.withName("HAS_NAME");
    /** As {@code [:LOCATED_IN*0..12]} in {@link CypherReachability#SIDE}. */
    private static final int SIDE_DEPTH = 12;

    private final Transaction tx;
    private final RelationshipType[] allowed;
    private final Long fromYear;
    private final Long toYear;
    /** The sources' properties by id: facts on paths often cite the same document. */
    private final Map<Object, java.util.Optional<Map<String, Object>>> sources = new HashMap<>();

    NodeGraph(Transaction tx, List<String> types, Long fromYear, Long toYear) {
        this.tx = tx;
        this.fromYear = fromYear;
        this.toYear = toYear;
        List<RelationshipType> allowed = new ArrayList<>();
        for (RelationshipType type : tx.getAllRelationshipTypes()) {
            if (!NOT_A_CONNECTION.contains(type.name()) && (types == null || types.contains(type.name()))) {
                allowed.add(type);
            }
        }
        this.allowed = allowed.toArray(RelationshipType[]::new);
    }

    @Override
    public Set<Node> side(String id) {
        Node entity = tx.findNode(ENTITY, "id", id);
        Set<Node> side = new LinkedHashSet<>();
        if (entity == null) {
            return side;
        }
        // Breadth first, so every node within the depth is found by its shortest chain, as the var-length
        // pattern finds it by some chain.
        Set<Node> seen = new HashSet<>(List.of(entity));
        List<Node> level = List.of(entity);
        for (int depth = 1; depth <= SIDE_DEPTH && !level.isEmpty(); depth++) {
            List<Node> next = new ArrayList<>();
            for (Node n : level) {
                // Only a place has anything located in it (the vocabulary's LOCATED_IN ends at a place, and an
                // entity's type never changes): asking an organisation read its whole chain of relationships
                // for none, most of the side's time between two busy regions.
                if (!n.hasLabel(PLACE)) {
                    continue;
                }
                for (Relationship r : n.getRelationships(Direction.INCOMING, LOCATED_IN)) {
                    if (seen.add(r.getStartNode())) {
                        next.add(r.getStartNode());
                    }
                }
            }
            level = next;
        }
        for (Node n : seen) {
            if (n.hasLabel(ENTITY)) {
                side.add(n);
            }
        }
        return side;
    }

    @Override
    public Reachability.Stepped<Node> step(List<Node> frontier, Reachability.Search<Node> goal) {
        List<Node> carriers = new ArrayList<>();
        List<Node> others = new ArrayList<>();
        if (allowed.length == 0) { // no types would mean every type to getRelationships
            return new Reachability.Stepped<>(carriers, others);
        }
        Set<Node> seen = new HashSet<>();
        for (Node x : frontier) {
            for (Relationship r : x.getRelationships(Direction.BOTH, allowed)) {
                if (!yearsOverlap(r, fromYear, toYear)) {
                    continue;
                }
                Node c = r.getOtherNode(x);
                if (goal != null && !goal.touches(c) || !seen.add(c) || !c.hasLabel(ENTITY)) {
                    continue;
                }
                (isCarrier(c) ? carriers : others).add(c);
            }
        }
        return new Reachability.Stepped<>(carriers, others);
    }

    @Override
    public Reachability.Found paths(int hops, List<Node> starts, List<Node> targets, List<Node> inner) {
        if (allowed.length == 0) {
            return Reachability.Found.NONE;
        }
        Walk walk = new Walk(hops, new HashSet<>(targets), new HashSet<>(inner));
        for (Node start : starts) {
            walk.from(start);
        }
        return project(walk.nodePaths, walk.relPaths);
    }

    /**
     * Depth first from each start, as the path pattern matches: inner steps only onto inner carriers, the
     * last onto a target, no fact twice in a path, at most {@link ConnectionCypher#PATH_BOUND} paths.
     */
    private final class Walk {

        final int hops;
        final Set<Node> targets;
        final Set<Node> inner;
        final List<List<Node>> nodePaths = new ArrayList<>();
        final List<List<Relationship>> relPaths = new ArrayList<>();
        final List<Node> nodes = new ArrayList<>();
        final List<Relationship> rels = new ArrayList<>();

        Walk(int hops, Set<Node> targets, Set<Node> inner) {
            this.hops = hops;
            this.targets = targets;
            this.inner = inner;
        }

        void from(Node start) {
            nodes.add(start);
            extend(start);
            nodes.remove(nodes.size() - 1);
        }

        private void extend(Node at) {
            for (Relationship r : at.getRelationships(Direction.BOTH, allowed)) {
                if (nodePaths.size() >= ConnectionCypher.PATH_BOUND) {
                    return;
                }
                if (rels.contains(r) || !yearsOverlap(r, fromYear, toYear)) {
                    continue;
                }
                Node next = r.getOtherNode(at);
                boolean target = targets.contains(next);
                boolean deeper = rels.size() + 1 < hops && inner.contains(next);
                if (!target && !deeper) {
                    continue;
                }
                nodes.add(next);
                rels.add(r);
                if (target) {
                    nodePaths.add(List.copyOf(nodes));
                    relPaths.add(List.copyOf(rels));
                }
                if (deeper) {
                    extend(next);
                }
                nodes.remove(nodes.size() - 1);
                rels.remove(rels.size() - 1);
            }
        }
    }

    /** Each distinct node and fact once, as {@link ConnectionCypher#paths} projects them. */
    private Reachability.Found project(List<List<Node>> nodePaths, List<List<Relationship>> relPaths) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> rels = new LinkedHashMap<>();
        List<List<String>> pathNodes = new ArrayList<>(nodePaths.size());
        List<List<String>> pathRels = new ArrayList<>(relPaths.size());
        for (List<Node> path : nodePaths) {
            List<String> keys = new ArrayList<>(path.size());
            for (Node n : path) {
                String key = n.getElementId();
                nodes.computeIfAbsent(key, k -> entity(n));
                keys.add(key);
            }
            pathNodes.add(keys);
        }
        for (List<Relationship> path : relPaths) {
            List<String> keys = new ArrayList<>(path.size());
            for (Relationship r : path) {
                String key = r.getElementId();
                rels.computeIfAbsent(key, k -> fact(k, r));
                keys.add(key);
            }
            pathRels.add(keys);
        }
        return new Reachability.Found(pathNodes, pathRels, nodes, rels);
    }

    /** {@link se.samverkan.entity.EntityRecord#PROJECTION}. */
    private static Map<String, Object> entity(Node n) {
        Map<String, Object> entity = new HashMap<>(n.getAllProperties());
        List<String> labels = new ArrayList<>();
        n.getLabels().forEach(l -> labels.add(l.name()));
        entity.put("labels", labels);
        List<Map<String, Object>> names = new ArrayList<>();
        for (Relationship h : n.getRelationships(Direction.OUTGOING, HAS_NAME)) {
            Node name = h.getEndNode();
            if (name.hasLabel(NAME)) {
                Map<String, Object> entry = new HashMap<>();
                entry.put("name", name.getProperty("value", null));
                entry.put("from", h.getProperty("from", null));
                entry.put("until", h.getProperty("until", null));
                entry.put("source", h.getProperty("source", null));
                entry.put("excerpt", h.getProperty("excerpt", null));
                names.add(entry);
            }
        }
        entity.put("names", names);
        return entity;
    }

    private Map<String, Object> fact(String key, Relationship r) {
        Map<String, Object> fact = new HashMap<>();
        fact.put("key", key);
        fact.put("type", r.getType().name());
        fact.put("props", r.getAllProperties());
        fact.put("startKey", r.getStartNode().getElementId());
        Object sourceId = r.getProperty("source", null);
        fact.put("source", sourceId == null ? null : sources.computeIfAbsent(sourceId, this::source).orElse(null));
        return fact;
    }

    private java.util.Optional<Map<String, Object>> source(Object id) {
        try (ResourceIterator<Node> found = tx.findNodes(SOURCE, "id", id)) {
            return found.hasNext() ? java.util.Optional.of(found.next().getAllProperties()) : java.util.Optional.empty();
        }
    }

    private static boolean isCarrier(Node c) {
        for (Label label : c.getLabels()) {
            if (CARRIERS.contains(label.name())) {
                return true;
            }
        }
        return false;
    }

    /** {@link se.samverkan.entity.FactFilters#yearsOverlap} in Java; properties are read only when asked. */
    static boolean yearsOverlap(Relationship r, Long fromYear, Long toYear) {
        if (fromYear != null) {
            Object until = r.getProperty("until", null);
            Object end = until != null ? until : r.hasProperty("from") ? null : r.getProperty("date", null);
            Long year = year(end);
            if (year != null && year < fromYear) {
                return false;
            }
        }
        if (toYear != null) {
            Object from = r.getProperty("from", null);
            Long year = year(from != null ? from : r.getProperty("date", null));
            return year == null || year <= toYear;
        }
        return true;
    }

    /** toInteger(left(value, 4)): the year a date string starts with, null when it does not. */
    static Long year(Object value) {
        if (!(value instanceof String s)) {
            return null;
        }
        try {
            return Long.parseLong(s.substring(0, Math.min(4, s.length())).trim());
        }
        catch (NumberFormatException e) {
            return null;
        }
    }
}
