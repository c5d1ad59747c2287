package se.samverkan.connection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.samverkan.entity.EntityRecord;
import se.samverkan.entity.Evidence;
import se.samverkan.entity.FactTime;
import se.samverkan.resolution.EntityResolver;

/**
 * Finds the paths that link two entities. Each end stands for itself and, when it is a place, for
 * everything located within it, transitively. A path runs from one side to the other over facts
 * (never over containment, mentions or topics), and its inner nodes are carriers: organisations, people,
 * projects, programmes, agreements and events that lie on neither side.
 */
@Component
@Transactional(readOnly = true)
class ConnectionFinder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ConnectionFinder.class);

    private final Neo4jClient client;
    private final EntityResolver resolver;
    /** Whether the database has {@link PathsProcedure}; asked once, on the first question. */
    private volatile Boolean procedure;

    ConnectionFinder(Neo4jClient client, EntityResolver resolver) {
        this.client = client;
        this.resolver = resolver;
    }

    Connections find(ConnectionQuery query) {
        long t0 = System.nanoTime();
        EntityRecord from = resolver.resolve(query.from(), "from");
        EntityRecord to = resolver.resolve(query.to(), "to");
        Map<String, Object> params = new HashMap<>();
        params.put("types", query.relationTypes());
        params.put("fromYear", query.fromYear());
        params.put("toYear", query.toYear());
        Reachability.Found found = client.delegateTo(tx -> java.util.Optional.of(
                CypherReachability.find(tx, from.id(), to.id(), query.maxHops(), params, procedure(tx)))).run()
                .orElse(Reachability.Found.NONE);
        long t1 = System.nanoTime();
        Map<String, EntityRecord> entities = new HashMap<>();
        found.nodes().forEach((key, node) -> entities.put(key, EntityRecord.from(node)));
        List<Ranked> paths = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            paths.add(Ranked.of(toPath(found.pathNodes().get(i), found.pathRels().get(i), entities, found.rels())));
        }
        paths.sort(Comparator.comparingInt((Ranked r) -> r.path().length())
                .thenComparing(Comparator.comparingDouble(Ranked::score).reversed())
                .thenComparing(Ranked::key));
        List<Connector> connectors = connectors(paths, from, to);
        Grouped grouped = CarrierRanking.group(paths.stream().map(Ranked::path).toList(), from.id(), to.id());
        log.debug("{} -> {}: {} paths; resolved and searched in {} ms, mapped and ranked in {} ms", from.id(), to.id(),
                paths.size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        return new Connections(from, to, connectors, paths.stream().limit(query.first()).map(Ranked::path).toList(),
                paths.size(), grouped);
    }

    /**
     * A path with its score and key worked out once: the sort asked for them in every comparison, about
     * 20 000 times for the 1 000 paths between two busy regions (a quarter of the request thread's CPU).
     */
    private record Ranked(ConnectionPath path, double score, String key) {

        static Ranked of(ConnectionPath path) {
            return new Ranked(path, path.score(), path.key());
        }
    }

    private boolean procedure(org.neo4j.driver.SimpleQueryRunner tx) {
        Boolean known = procedure;
        if (known == null) {
            known = CypherReachability.hasProcedure(tx);
            procedure = known;
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private static ConnectionPath toPath(List<String> nodeKeys, List<String> relKeys,
            Map<String, EntityRecord> entities, Map<String, Map<String, Object>> rels) {
        List<Step> steps = new ArrayList<>(relKeys.size());
        for (int i = 0; i < relKeys.size(); i++) {
            Map<String, Object> rel = rels.get(relKeys.get(i));
            Map<String, Object> props = (Map<String, Object>) rel.get("props");
            steps.add(new Step(entities.get(nodeKeys.get(i)), (String) rel.get("type"),
                    entities.get(nodeKeys.get(i + 1)),
                    nodeKeys.get(i).equals(rel.get("startKey")), (String) props.get("role"), FactTime.of(props),
                    Evidence.of(props.get("source"), props.get("excerpt"), props.get("reference"),
                            rel.get("source"))));
        }
        return new ConnectionPath(steps);
    }

    /** Every carrier on the paths except the two ends asked about, scored by the paths it lies on. */
    private static List<Connector> connectors(List<Ranked> paths, EntityRecord from, EntityRecord to) {
        Map<String, EntityRecord> entities = new LinkedHashMap<>();
        Map<String, Double> scores = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<String> onPath = new HashSet<>();
        for (Ranked ranked : paths) {
            List<Step> steps = ranked.path().steps();
            onPath.clear();
            for (int i = 0; i <= steps.size(); i++) {
                EntityRecord e = i == 0 ? steps.get(0).from() : steps.get(i - 1).to();
                String id = e.id();
                if (!onPath.add(id) || !e.type().isConnector() || id.equals(from.id()) || id.equals(to.id())) {
                    continue;
                }
                entities.putIfAbsent(id, e);
                scores.merge(id, ranked.score(), Double::sum);
                counts.merge(id, 1, Integer::sum);
            }
        }
        return entities.values().stream()
                .map(e -> new Connector(e, Math.round(scores.get(e.id()) * 1000) / 1000.0, counts.get(e.id())))
                .sorted(Comparator.comparingDouble(Connector::score).reversed()
                        .thenComparing(c -> c.entity().name()))
                .toList();
    }
}
