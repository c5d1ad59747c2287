package se.samverkan.resolution;

import java.util.Map;

import se.samverkan.entity.EntityType;

/**
 * One review-queue item: the entity created for an incoming one ({@code createdId}, named {@code incomingName} in the
 * dataset {@code source}) may be the stored {@code candidate}. {@code matchedId} is the entity a curator accepted
 * (the candidate, or another one by an edit).
 */
public record QueuedItem(String id, String key, String candidate, String createdId, String incomingName,
        EntityType type, String source, double score, String reason, Status status, String decidedBy,
        String decidedAt, String queuedAt, String matchedId, String sort) {

    public enum Status {
        /** Waiting for a curator. */
        OPEN,
        ACCEPTED,
        REJECTED,
        /** Another item of the same incoming entity was accepted, so this candidate is moot. */
        SUPERSEDED,
        /** Accepted, then the merge was undone. */
        UNDONE
    }

    static QueuedItem from(Map<String, Object> i) {
        return new QueuedItem((String) i.get("id"), (String) i.get("key"), (String) i.get("candidate"),
                (String) i.get("createdId"), (String) i.get("incomingName"), EntityType.valueOf((String) i.get("type")),
                (String) i.get("source"), ((Number) i.get("score")).doubleValue(), (String) i.get("reason"),
                Status.valueOf((String) i.get("status")), (String) i.get("decidedBy"), text(i.get("decidedAt")),
                text(i.get("queuedAt")), (String) i.get("matchedId"), (String) i.get("sort"));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
