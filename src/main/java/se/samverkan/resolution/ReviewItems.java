package se.samverkan.resolution;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.QueryRunner;
import org.springframework.stereotype.Component;

/**
 * The review queue's {@code (:ReviewItem)} nodes, one per (incoming key, candidate). Like judgements they hold ids as
 * properties and join nothing, so the export never reads them. Every call runs in the caller's transaction.
 */
@Component
public class ReviewItems {

    /** A pair already queued, or already judged, is left as it is: re-importing queues nothing twice. */
    private static final String QUEUE = """
            UNWIND $items AS item
            WITH item WHERE NOT EXISTS { MATCH (:Judgement {key: $key, candidate: item.candidate}) }
            MERGE (i:ReviewItem {key: $key, candidate: item.candidate})
            ON CREATE SET i.id = item.id, i.status = 'OPEN', i.score = item.score, i.reason = item.reason,
                i.createdId = $createdId, i.incomingName = $name, i.type = $type, i.source = $source,
                i.queuedAt = datetime(), i.sort = item.sort
            RETURN count(i) AS queued""";

    private static final String PAGE = """
            MATCH (i:ReviewItem {status: $status})
            WHERE $after IS NULL OR i.sort > $after
            RETURN i {.*} AS i ORDER BY i.sort LIMIT $limit""";

    private static final String COUNT = "MATCH (i:ReviewItem {status: $status}) RETURN count(i) AS n";

    private static final String DECIDE = """
            MATCH (i:ReviewItem {id: $id})
            SET i.status = $status, i.decidedBy = $by, i.decidedAt = datetime(), i.matchedId = $matched
            RETURN i {.*} AS i""";

    /** The other open candidates of an incoming entity that was just matched. */
    private static final String SUPERSEDE = """
            MATCH (i:ReviewItem {key: $key, status: 'OPEN'}) WHERE i.id <> $id
            SET i.status = 'SUPERSEDED', i.decidedBy = $by, i.decidedAt = datetime()""";

    private static final String BY_ID = "MATCH (i:ReviewItem {id: $id}) RETURN i {.*} AS i";

    private static final String ACCEPTED_FOR_KEY = """
            MATCH (i:ReviewItem {key: $key, status: 'ACCEPTED'}) RETURN i {.*} AS i ORDER BY i.decidedAt DESC LIMIT 1""";

    int queue(Incoming incoming, String createdId, List<Candidate> candidates, QueryRunner tx) {
        String sort = "%020d".formatted(Instant.now().toEpochMilli());
        List<Map<String, Object>> items = candidates.stream().map(c -> {
            String id = id(incoming.key(), c.id());
            return Map.<String, Object>of("id", id, "candidate", c.id(), "score", c.score(), "reason", c.reason(),
                    "sort", sort + "|" + id);
        }).toList();
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("items", items);
        params.put("key", incoming.key());
        params.put("createdId", createdId);
        params.put("name", incoming.name());
        params.put("type", incoming.type().name());
        params.put("source", incoming.sourceId());
        return tx.run(QUEUE, params).single().get("queued").asInt();
    }

    /** Up to {@code limit} items of {@code status} after the sort key {@code after} (null: from the start). */
    public List<QueuedItem> page(QueuedItem.Status status, String after, int limit, QueryRunner tx) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("status", status.name());
        params.put("after", after);
        params.put("limit", limit);
        return tx.run(PAGE, params).list(r -> QueuedItem.from(r.get("i").asMap()));
    }

    public int count(QueuedItem.Status status, QueryRunner tx) {
        return tx.run(COUNT, Map.of("status", status.name())).single().get("n").asInt();
    }

    public Optional<QueuedItem> find(String id, QueryRunner tx) {
        return tx.run(BY_ID, Map.of("id", id)).list(r -> QueuedItem.from(r.get("i").asMap())).stream().findFirst();
    }

    public Optional<QueuedItem> accepted(String key, QueryRunner tx) {
        return tx.run(ACCEPTED_FOR_KEY, Map.of("key", key)).list(r -> QueuedItem.from(r.get("i").asMap())).stream()
                .findFirst();
    }

    /** Records the curator's decision; accepting one candidate supersedes the incoming entity's others. */
    public QueuedItem decide(QueuedItem item, QueuedItem.Status status, String by, String matchedId, QueryRunner tx) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", item.id());
        params.put("status", status.name());
        params.put("by", by);
        params.put("matched", matchedId);
        QueuedItem decided = QueuedItem.from(tx.run(DECIDE, params).single().get("i").asMap());
        if (status == QueuedItem.Status.ACCEPTED) {
            tx.run(SUPERSEDE, Map.of("key", item.key(), "id", item.id(), "by", by)).consume();
        }
        return decided;
    }

    /** Stable per pair, so the same pair is the same item in every import. */
    static String id(String key, String candidate) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((key + "\n" + candidate).getBytes(StandardCharsets.UTF_8));
            return "review:" + HexFormat.of().formatHex(hash, 0, 8);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
