package se.samverkan.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import se.samverkan.curation.Vocabulary;
import se.samverkan.resolution.Judgement;
import se.samverkan.shared.BadRequestException;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes the merge of an incoming entity into a stored one: re-creates it under its own id (from the Merge record
 * when a curator's accept merged it, else from the judgement), moves back every fact whose {@code fromKey} or
 * {@code toKey} is its key, moves its dataset's mention back and drops the aliases the merge added.
 */
@Component
class MergeUndo {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SURVIVOR = """
            MATCH (s:Entity {id: $survivor})
            OPTIONAL MATCH (m:Merge {from: $restored, into: $survivor}) WHERE m.undoneAt IS NULL
            WITH s, m ORDER BY m.at DESC LIMIT 1
            OPTIONAL MATCH (n:Entity {id: $restored})
            RETURN s.kind AS kind, coalesce(s.aliases, []) AS aliases, n IS NOT NULL AS exists,
                   m.fromLabels AS labels, m.fromProperties AS properties, coalesce(m.fromAliases, []) AS fromAliases""";

    private static final String RESTORE = """
            CREATE (n:Entity)
            SET n = $properties
            SET n:$($labels)""";

    private static final String MOVE_BACK = """
            MATCH (s:Entity {id: $survivor}), (n:Entity {id: $restored})
            CALL (s) {
              MATCH (s)-[r]->(o:Entity) WHERE r.fromKey = $key
              RETURN r, o, true AS outgoing
              UNION
              MATCH (s)<-[r]-(o:Entity) WHERE r.toKey = $key
              RETURN r, o, false AS outgoing
            }
            WITH n, r, o, outgoing, type(r) AS t, properties(r) AS p
            FOREACH (_ IN CASE WHEN outgoing THEN [1] ELSE [] END | CREATE (n)-[x:$(t)]->(o) SET x = p)
            FOREACH (_ IN CASE WHEN NOT outgoing THEN [1] ELSE [] END | CREATE (o)-[x:$(t)]->(n) SET x = p)
            DELETE r
            RETURN count(r) AS moved""";

    /** The dataset mentions the restored entity; the survivor keeps its mention only if a fact still cites it. */
    private static final String MENTION_BACK = """
            MATCH (s:Entity {id: $survivor})-[m:MENTIONED_IN]->(src:Source {id: $source})
            MATCH (n:Entity {id: $restored})
            MERGE (n)-[back:MENTIONED_IN]->(src) ON CREATE SET back = properties(m)
            WITH s, m
            WHERE NOT EXISTS { (s)-[r]-(:Entity) WHERE r.source = $source }
            DELETE m""";

    private static final String DROP_ALIASES = """
            MATCH (s:Entity {id: $survivor})
            SET s.aliases = [a IN coalesce(s.aliases, []) WHERE a IN $before OR NOT a IN $added]""";

    private static final String MARK_MERGE = """
            MATCH (m:Merge {from: $restored, into: $survivor}) WHERE m.undoneAt IS NULL
            SET m.undoneAt = datetime(), m.undoneBy = $by""";

    /** Undoes {@code same} in {@code tx}; returns the id of the re-created entity and the facts moved back. */
    record Undone(String restoredId, int movedFacts) {
    }

    Undone undo(Judgement same, String by, QueryRunner tx) {
        String restored = same.createdId() != null ? same.createdId() : same.incoming().ownId();
        if (restored == null || restored.equals(same.candidate())) {
            throw new BadRequestException("the merge of '" + same.key() + "' into '" + same.candidate()
                    + "' cannot be undone: the incoming entity has no id of its own");
        }
        Map<String, Object> ids = new HashMap<>(Map.of("survivor", same.candidate(), "restored", restored,
                "key", same.key(), "by", by));
        List<Record> found = tx.run(SURVIVOR, ids).list();
        if (found.isEmpty()) {
            throw new BadRequestException("'" + same.key() + "' was merged into '" + same.candidate()
                    + "', which no longer exists: nothing to undo");
        }
        Record survivor = found.get(0);
        List<String> added = new ArrayList<>(List.of(same.incoming().name()));
        if (!survivor.get("exists").asBoolean()) {
            Map<String, Object> properties;
            List<String> labels;
            if (!survivor.get("properties").isNull()) {
                properties = JSON.readValue(survivor.get("properties").asString(), new TypeReference<>() {
                });
                labels = survivor.get("labels").asList(v -> v.asString()).stream().filter(l -> !l.equals("Entity"))
                        .toList();
                added.addAll(survivor.get("fromAliases").asList(v -> v.asString()));
            }
            else {
                String kind = survivor.get("kind").isNull() ? null : survivor.get("kind").asString();
                properties = new HashMap<>(Map.of("id", restored, "name", same.incoming().name()));
                if (kind != null) {
                    properties.put("kind", kind);
                }
                labels = Vocabulary.labels(same.incoming().type(), kind);
            }
            tx.run(RESTORE, Map.of("properties", properties, "labels", labels)).consume();
        }
        int moved = tx.run(MOVE_BACK, ids).single().get("moved").asInt();
        if (same.incoming().sourceId() != null) {
            Map<String, Object> mention = new HashMap<>(ids);
            mention.put("source", same.incoming().sourceId());
            tx.run(MENTION_BACK, mention).consume();
        }
        tx.run(DROP_ALIASES, Map.of("survivor", same.candidate(), "before", same.aliasesBefore(), "added", added))
                .consume();
        tx.run(MARK_MERGE, ids).consume();
        return new Undone(restored, moved);
    }
}
