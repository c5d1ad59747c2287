package se.samverkan.curation;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.curation.Inputs.RetractInput;

import tools.jackson.databind.json.JsonMapper;

/** Removes a fact and keeps a {@code (:Retraction)} record of it (its properties, when, by whom, why). */
@Component
class Retractor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FIND = """
            MATCH (a:Entity {id: $from})-[r:$($type) {source: $source}]->(b:Entity {id: $to})
            RETURN elementId(r) AS id, properties(r) AS props""";

    private static final String RETRACT = """
            MATCH ()-[r]->() WHERE elementId(r) = $id
            DELETE r
            CREATE (:Retraction {from: $from, type: $type, to: $to, source: $source, fact: $fact,
                                 at: datetime(), by: $by, reason: $reason})""";

    private final Driver driver;

    Retractor(Driver driver) {
        this.driver = driver;
    }

    int retract(RetractInput in) {
        if (!Vocabulary.RELATIONS.containsKey(in.type())) {
            throw new BadRequestException("unknown relation type '" + in.type() + "'; use one of "
                    + String.join(", ", Vocabulary.RELATIONS.keySet()));
        }
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            Map<String, Object> key = Map.of("from", in.from(), "type", in.type(), "to", in.to(), "source", in.source());
            for (String id : List.of(in.from(), in.to())) {
                if (!tx.run("MATCH (n:Entity {id: $id}) RETURN count(n) > 0 AS found", Map.of("id", id)).single()
                        .get("found").asBoolean()) {
                    throw new NotFoundException("No entity with id '" + id + "'");
                }
            }
            List<org.neo4j.driver.Record> facts = tx.run(FIND, key).list();
            for (org.neo4j.driver.Record fact : facts) {
                Map<String, Object> params = new java.util.HashMap<>(key);
                params.put("id", fact.get("id").asString());
                params.put("fact", JSON.writeValueAsString(fact.get("props").asMap()));
                params.put("by", in.by() == null || in.by().isBlank() ? "curator" : in.by().strip());
                params.put("reason", in.reason() == null ? "" : in.reason());
                tx.run(RETRACT, params).consume();
            }
            tx.commit();
            return facts.size();
        }
    }
}
