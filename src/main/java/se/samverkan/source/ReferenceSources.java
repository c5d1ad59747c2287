package se.samverkan.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reference datasets (sources of kind {@code dataset}) that give each of some places. */
@Component
@Transactional(readOnly = true)
class ReferenceSources {

    private static final String QUERY = """
            UNWIND $ids AS id
            MATCH (p:Entity {id: id})-[:MENTIONED_IN]->(s:Source {kind: 'dataset'})
            RETURN id, s {.*} AS source
            ORDER BY id, s.id""";

    private final Neo4jClient client;

    ReferenceSources(Neo4jClient client) {
        this.client = client;
    }

    Map<String, List<Source>> of(List<String> placeIds) {
        Map<String, List<Source>> byPlace = new HashMap<>();
        client.query(QUERY).bind(placeIds).to("ids").fetchAs(Cited.class)
                .mappedBy((types, row) -> new Cited(row.get("id").asString(), Source.from(row.get("source").asMap())))
                .all().forEach(c -> byPlace.computeIfAbsent(c.placeId(), id -> new ArrayList<>()).add(c.source()));
        return byPlace;
    }

    private record Cited(String placeId, Source source) {
    }
}
