package se.samverkan.bench;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * One benchmarked question: the GraphQL document a client sends, with variables for request {@code i},
 * and the Cypher the API runs for it ({@link RawQueries}, the lab's own copies), run directly through the
 * driver: the floor the GraphQL layer is compared with.
 */
record Workload(String name, String document, IntFunction<Map<String, Object>> variables, Raw raw) {

    static final String FLOOR = "floor (no data)";
    static final String SEARCH = "search";
    static final String ENTITY = "entity + relations";
    static final String HUB = "entity + relations (hub)";
    static final String LINKED = "connections (linked regions)";
    static final String NO_LINK = "connections (no link)";
    static final String AGREEMENTS = "agreements in place";
    static final String REPORT = "report partners-of-region";
    /** Every query the benchmark measures, in the order it measures them. */
    static final List<String> NAMES = List.of(FLOOR, SEARCH, ENTITY, HUB, LINKED, NO_LINK, AGREEMENTS, REPORT);

    /** The names {@code prefixes} select (each is the start of one name or more); unknown ones are an error. */
    static List<String> select(List<String> prefixes) {
        for (String prefix : prefixes) {
            if (NAMES.stream().noneMatch(n -> n.startsWith(prefix))) {
                throw new IllegalArgumentException("--only '" + prefix + "' names no benchmarked query; they are: "
                        + String.join(", ", NAMES));
            }
        }
        return NAMES.stream().filter(n -> prefixes.isEmpty() || prefixes.stream().anyMatch(n::startsWith)).toList();
    }

    /** What the API runs for request {@code i}, run directly in one read transaction; returns what it read. */
    interface Raw {
        /** Records as maps, or one entry per path for connections. */
        List<?> run(TransactionContext tx, int i);
    }

    Workload(String name, String document, IntFunction<Map<String, Object>> variables, String cypher,
            IntFunction<Map<String, Object>> parameters) {
        this(name, document, variables, (tx, i) -> tx.run(cypher, parameters.apply(i)).list(Record::asMap));
    }

    /** Runs the raw side of request {@code i} in a read transaction and reads every row. */
    int runRaw(Driver driver, int i) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(
                org.neo4j.driver.AccessMode.READ).build())) {
            return session.executeRead(tx -> raw.run(tx, i)).size();
        }
    }

    @SuppressWarnings("unchecked")
    static List<Workload> of(Map<String, Object> manifest) {
        List<String> search = (List<String>) manifest.get("search");
        List<String> entities = (List<String>) manifest.get("entities");
        // a store generated before hubs were measured apart has them in "entities"
        List<String> hubs = (List<String>) manifest.getOrDefault("hubEntities", List.of());
        List<String> connected = (List<String>) manifest.get("connectedRegions");
        List<String> unconnected = (List<String>) manifest.get("unconnectedRegions");
        List<String> places = (List<String>) manifest.get("listingPlaces");
        List<String> reportRegions = (List<String>) manifest.getOrDefault("reportRegions", List.of());
        List<Workload> all = new java.util.ArrayList<>(List.of(
                // What a request costs before any data: HTTP, Spring and graphql-java, against a read transaction
                // of RETURN 1 through the driver. Every other GraphQL request pays the first, and a transaction
                // like the second, from the application's own driver, on top of its query.
                new Workload(FLOOR, "{ __typename }", i -> Map.of(), "RETURN 1 AS one", i -> Map.of()),
                new Workload(SEARCH,
                        "query($text: String!) { search(text: $text, first: 20) { id name type aliases } }",
                        i -> Map.of("text", search.get(i % search.size())),
                        (tx, i) -> {
                            // as the product's search: every word first; any word when no entity has them all
                            String text = search.get(i % search.size());
                            List<Map<String, Object>> hits = tx.run(RawQueries.SEARCH, Map.of("query",
                                    RawQueries.allWords(text), "first", RawQueries.candidates(20))).list(Record::asMap);
                            return !hits.isEmpty() ? hits : tx.run(RawQueries.SEARCH, Map.of("query",
                                    RawQueries.anyWord(text), "first", RawQueries.candidates(20))).list(Record::asMap);
                        }),
                entity(ENTITY, entities),
                connections(LINKED, connected),
                connections(NO_LINK, unconnected),
                new Workload(AGREEMENTS,
                        """
                        query($place: String!) { agreements(filter: {locatedIn: $place}, first: 20) {
                          edges { node { id name kind status signed } } pageInfo { hasNextPage endCursor } } }""",
                        i -> Map.of("place", places.get(i % places.size())),
                        RawQueries.AGREEMENTS_IN_PLACE,
                        i -> {
                            Map<String, Object> p = new java.util.HashMap<>();
                            p.put("place", places.get(i % places.size()));
                            for (String unset : List.of("kind", "fromYear", "toYear", "afterName", "afterId")) {
                                p.put(unset, null);
                            }
                            p.put("limit", 21);
                            return p;
                        })));
        if (!hubs.isEmpty()) {
            all.add(all.stream().map(Workload::name).toList().indexOf(ENTITY) + 1, entity(HUB, hubs));
        }
        if (!reportRegions.isEmpty()) { // a store generated before reports were benchmarked has none
            all.add(report(REPORT, "partners-of-region", "region", reportRegions));
        }
        return List.copyOf(all);
    }

    /** An entity with its first page of relations and their sources, as the entity's page asks. */
    private static Workload entity(String name, List<String> ids) {
        return new Workload(name,
                """
                query($id: ID!) { entity(id: $id) { id name type kind aliases
                  relations(first: 20) { edges { node { type direction other { id name type }
                    evidence { excerpt source { id title } } } } pageInfo { hasNextPage endCursor } } } }""",
                i -> Map.of("id", ids.get(i % ids.size())),
                RawQueries.ENTITY_WITH_RELATIONS, i -> RawQueries.entityParameters(ids.get(i % ids.size()), 20));
    }

    /**
     * A report export: the whole result as JSON through GraphQL, against the report's own query reading
     * as many rows as an export may hold (the limit plus one, to know it was reached).
     */
    private static Workload report(String name, String report, String parameter, List<String> values) {
        String cypher = RawQueries.report(report);
        return new Workload(name, """
                query($params: JSON) { report(name: "%s", params: $params) {
                  rowCount truncated columns rows parameters { name value label } } }""".formatted(report),
                i -> Map.of("params", Map.of(parameter, values.get(i % values.size()))),
                (tx, i) -> {
                    var result = tx.run(cypher, Map.of(parameter, values.get(i % values.size())));
                    List<Map<String, Object>> rows = new java.util.ArrayList<>();
                    while (result.hasNext() && rows.size() <= RawQueries.REPORT_MAX_ROWS) {
                        rows.add(result.next().asMap());
                    }
                    return rows;
                });
    }

    private static Workload connections(String name, List<String> pair) {
        Map<String, Object> variables = Map.of("from", pair.get(0), "to", pair.get(1));
        Map<String, Object> parameters = new java.util.HashMap<>(variables);
        parameters.put("maxHops", 4);
        parameters.put("types", null);
        parameters.put("fromYear", null);
        parameters.put("toYear", null);
        return new Workload(name, """
                query($from: String!, $to: String!) { connections(from: $from, to: $to, maxHops: 4, first: 10) {
                  totalPaths connectorCount connectors(first: 20) { entity { id name type } score paths }
                  paths { length score steps { fromName relation toName evidence { excerpt source { id title } } } } } }""",
                i -> variables, (tx, i) -> tx.run(RawQueries.CONNECTIONS, parameters).single().get("pathNodes")
                        .asList(v -> v.asList(org.neo4j.driver.Value::asString)));
    }
}
