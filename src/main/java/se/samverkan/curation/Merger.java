package se.samverkan.curation;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;

import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;
import se.samverkan.entity.EntityType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Merges two records of the same thing in one transaction. Facts are re-created on the survivor with
 * the same type and properties (merged on source, or on reference for reference data, so a fact both
 * had is kept once); the survivor's own values win, the loser's fill gaps. The loser's names become
 * aliases, its name history and mentions move over, and a {@code (:Merge)} node records what happened,
 * including the loser's properties and any fact between the two that could not survive as a self-loop.
 */
@Component
class Merger implements Merging {

    record Outcome(long movedRelations, long movedMentions, long movedNames, long droppedSelfLoops) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ENDS = """
            OPTIONAL MATCH (l:Entity {id: $from})
            OPTIONAL MATCH (s:Entity {id: $into})
            OPTIONAL MATCH (m:Merge {from: $from})
            RETURN labels(l) AS fromLabels, labels(s) AS intoLabels, head(collect(m.into)) AS mergedInto""";

    private static final String SELF_LOOPS = """
            MATCH (l:Entity {id: $from})-[r]-(s:Entity {id: $into})
            RETURN type(r) AS type, startNode(r) = l AS outgoing, properties(r) AS props""";

    /** Re-creates each fact on the survivor: by source, by reference, or as it was when it has neither. */
    private static final String MOVE_FACTS = """
            MATCH (l:Entity {id: $from}), (s:Entity {id: $into})
            CALL (l, s) {
              MATCH (l)-[r]->(o:Entity) WHERE o <> s
              RETURN r, o, true AS outgoing
              UNION
              MATCH (l)<-[r]-(o:Entity) WHERE o <> s AND o <> l
              RETURN r, o, false AS outgoing
            }
            WITH s, r, CASE WHEN o = l THEN s ELSE o END AS o, outgoing, type(r) AS t, properties(r) AS p
            FOREACH (_ IN CASE WHEN outgoing AND p.source IS NOT NULL THEN [1] ELSE [] END |
              MERGE (s)-[n:$(t) {source: p.source}]->(o) ON CREATE SET n = p)
            FOREACH (_ IN CASE WHEN NOT outgoing AND p.source IS NOT NULL THEN [1] ELSE [] END |
              MERGE (o)-[n:$(t) {source: p.source}]->(s) ON CREATE SET n = p)
            FOREACH (_ IN CASE WHEN outgoing AND p.source IS NULL AND p.reference IS NOT NULL THEN [1] ELSE [] END |
              MERGE (s)-[n:$(t) {reference: p.reference}]->(o) ON CREATE SET n = p)
            FOREACH (_ IN CASE WHEN NOT outgoing AND p.source IS NULL AND p.reference IS NOT NULL THEN [1] ELSE [] END |
              MERGE (o)-[n:$(t) {reference: p.reference}]->(s) ON CREATE SET n = p)
            FOREACH (_ IN CASE WHEN outgoing AND p.source IS NULL AND p.reference IS NULL THEN [1] ELSE [] END |
              CREATE (s)-[n:$(t)]->(o) SET n = p)
            FOREACH (_ IN CASE WHEN NOT outgoing AND p.source IS NULL AND p.reference IS NULL THEN [1] ELSE [] END |
              CREATE (o)-[n:$(t)]->(s) SET n = p)
            DELETE r
            RETURN count(r) AS moved""";

    private static final String MOVE_MENTIONS = """
            MATCH (l:Entity {id: $from})-[m:MENTIONED_IN]->(src:Source)
            MATCH (s:Entity {id: $into})
            MERGE (s)-[n:MENTIONED_IN]->(src) ON CREATE SET n = properties(m)
            DELETE m
            RETURN count(m) AS moved""";

    private static final String MOVE_NAMES = """
            MATCH (l:Entity {id: $from})-[h:HAS_NAME]->(nm:Name)
            MATCH (s:Entity {id: $into})
            CREATE (s)-[n:HAS_NAME]->(nm)
            SET n = properties(h), nm.entity = s.id
            DELETE h
            RETURN count(h) AS moved""";

    /** {@code $fill}: the loser's values the survivor lacks; its name and aliases join the survivor's aliases. */
    private static final String MERGE_NODES = """
            MATCH (l:Entity {id: $from}), (s:Entity {id: $into})
            SET s += $fill
            SET s.aliases = reduce(acc = coalesce(s.aliases, []), a IN [l.name] + coalesce(l.aliases, []) |
                  CASE WHEN a IS NULL OR a = s.name OR a IN acc THEN acc ELSE acc + a END)
            CREATE (:Merge {from: l.id, into: s.id, fromName: l.name, fromAliases: coalesce(l.aliases, []),
                            fromLabels: labels(l), fromProperties: $lostJson, droppedFacts: $dropped,
                            at: datetime(), by: $by, reason: $reason})
            DETACH DELETE l""";

    private final Driver driver;

    Merger(Driver driver) {
        this.driver = driver;
    }

    Outcome merge(String from, String into, String by, String reason) {
        if (from.equals(into)) {
            throw new BadRequestException("from and into are the same entity '" + from + "'");
        }
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            Outcome outcome = merge(from, into, by, reason, tx);
            tx.commit();
            return outcome;
        }
    }

    @Override
    public void mergeInto(String from, String into, String by, String reason, QueryRunner tx) {
        if (from.equals(into)) {
            throw new BadRequestException("from and into are the same entity '" + from + "'");
        }
        merge(from, into, by, reason, tx);
    }

    private Outcome merge(String from, String into, String by, String reason, QueryRunner tx) {
        {
            Map<String, Object> ids = Map.of("from", from, "into", into);
            Record ends = tx.run(ENDS, ids).single();
            if (ends.get("fromLabels").isNull()) {
                throw ends.get("mergedInto").isNull() ? new NotFoundException("No entity with id '" + from + "'")
                        : new BadRequestException("'" + from + "' was already merged into '"
                                + ends.get("mergedInto").asString() + "'");
            }
            if (ends.get("intoLabels").isNull()) {
                throw new NotFoundException("No entity with id '" + into + "'");
            }
            EntityType fromType = EntityType.fromLabels(ends.get("fromLabels").asList());
            EntityType intoType = EntityType.fromLabels(ends.get("intoLabels").asList());
            if (fromType != intoType) {
                throw new BadRequestException("Cannot merge a " + fromType.label() + " ('" + from + "') into a "
                        + intoType.label() + " ('" + into + "'): only records of the same type can be the same thing");
            }
            List<String> dropped = tx.run(SELF_LOOPS, ids).list(r -> JSON.writeValueAsString(Map.of(
                    "type", r.get("type").asString(), "direction", r.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING",
                    "properties", r.get("props").asMap())));
            long facts = tx.run(MOVE_FACTS, ids).single().get("moved").asLong();
            long mentions = tx.run(MOVE_MENTIONS, ids).single().get("moved").asLong();
            long names = tx.run(MOVE_NAMES, ids).single().get("moved").asLong();
            Record props = tx.run("MATCH (l:Entity {id: $from}), (s:Entity {id: $into})"
                    + " RETURN properties(l) AS lost, properties(s) AS kept", ids).single();
            Map<String, Object> lost = props.get("lost").asMap();
            Map<String, Object> kept = props.get("kept").asMap();
            Map<String, Object> fill = new java.util.HashMap<>();
            lost.forEach((key, value) -> {
                if (!kept.containsKey(key) && !List.of("id", "name", "aliases").contains(key)) {
                    fill.put(key, value);
                }
            });
            tx.run(MERGE_NODES, Map.of("from", from, "into", into, "fill", fill, "lostJson", JSON.writeValueAsString(lost),
                    "dropped", dropped, "by", by == null || by.isBlank() ? "curator" : by.strip(),
                    "reason", reason == null ? "" : reason)).consume();
            return new Outcome(facts, mentions, names, dropped.size());
        }
    }
}
