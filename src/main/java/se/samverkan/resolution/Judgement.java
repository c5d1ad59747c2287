package se.samverkan.resolution;

import java.util.List;

/**
 * One decision that an incoming entity ({@code key}) is or is not the stored {@code candidate}, by a curator or by
 * resolution itself, with what undoing it needs: the incoming entity as the dataset named it, the entity created for
 * it when it was queued ({@code createdId}, null for an automatic merge) and the candidate's aliases before.
 */
public record Judgement(String key, String candidate, Verdict verdict, String by, String reason, double score,
        Incoming incoming, String createdId, List<String> aliasesBefore) {

    public Judgement {
        aliasesBefore = aliasesBefore == null ? List.of() : List.copyOf(aliasesBefore);
    }

    /** Who decides when no curator did. */
    public static final String RESOLUTION = "resolution";

    public enum Verdict {
        SAME, DIFFERENT
    }

    public Judgement withVerdict(Verdict changed, String decidedBy, String why) {
        return new Judgement(key, candidate, changed, decidedBy, why, score, incoming, createdId, aliasesBefore);
    }
}
