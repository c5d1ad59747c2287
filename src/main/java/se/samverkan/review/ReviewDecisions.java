package se.samverkan.review;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;

import se.samverkan.curation.Merging;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Judgement;
import se.samverkan.resolution.Judgements;
import se.samverkan.resolution.QueuedItem;
import se.samverkan.resolution.ReviewItems;
import se.samverkan.shared.BadRequestException;
import se.samverkan.shared.NotFoundException;

/**
 * A curator's decisions on queue items, each in one write transaction with its judgement, so a merge is never stored
 * without the judgement that replays it on the next import (nor the other way round).
 */
@Component
class ReviewDecisions {

    private static final String ALIASES = "MATCH (n:Entity {id: $id}) RETURN coalesce(n.aliases, []) AS aliases";

    private final Driver driver;
    private final ReviewItems items;
    private final Judgements judgements;
    private final Merging merging;
    private final MergeUndo undo;

    ReviewDecisions(Driver driver, ReviewItems items, Judgements judgements, Merging merging, MergeUndo undo) {
        this.driver = driver;
        this.items = items;
        this.judgements = judgements;
        this.merging = merging;
        this.undo = undo;
    }

    QueuedItem accept(String itemId, String by) {
        return inWrite(tx -> {
            QueuedItem item = open(itemId, tx);
            return match(item, item.candidate(), by, tx);
        });
    }

    /** Another stored entity is the match: the queued candidate is judged different, that one the same. */
    QueuedItem edit(String itemId, String candidate, String by) {
        if (candidate == null || candidate.isBlank()) {
            throw new BadRequestException("candidate must name the stored entity that is the match, by id");
        }
        return inWrite(tx -> {
            QueuedItem item = open(itemId, tx);
            String other = candidate.strip();
            if (!other.equals(item.candidate())) {
                judgements.record(judgement(item, item.candidate(), Judgement.Verdict.DIFFERENT, by,
                        "another entity, " + other + ", is the match", List.of()), true, tx);
            }
            return match(item, other, by, tx);
        });
    }

    QueuedItem reject(String itemId, String by) {
        return inWrite(tx -> {
            QueuedItem item = open(itemId, tx);
            judgements.record(judgement(item, item.candidate(), Judgement.Verdict.DIFFERENT, by, "rejected",
                    List.of()), true, tx);
            return items.decide(item, QueuedItem.Status.REJECTED, by, null, tx);
        });
    }

    UndoResultIds undoMerge(String key, String by) {
        if (key == null || key.isBlank()) {
            throw new BadRequestException("key must be the incoming entity's dataset key");
        }
        return inWrite(tx -> {
            Judgement same = judgements.same(key.strip(), tx).orElseThrow(() -> new NotFoundException(
                    "Nothing merged for key '" + key.strip() + "': no judgement says it is a stored entity"));
            MergeUndo.Undone undone = undo.undo(same, by, tx);
            judgements.record(same.withVerdict(Judgement.Verdict.DIFFERENT, by, "merge undone"), true, tx);
            items.accepted(same.key(), tx).ifPresent(item -> items.decide(item, QueuedItem.Status.UNDONE, by,
                    null, tx));
            return new UndoResultIds(same.key(), undone.restoredId(), same.candidate(), undone.movedFacts());
        });
    }

    record UndoResultIds(String key, String restored, String survivor, int movedFacts) {
    }

    private QueuedItem match(QueuedItem item, String into, String by, QueryRunner tx) {
        List<String> before = tx.run(ALIASES, Map.of("id", into)).list(r -> r.get("aliases").asList(v -> v.asString()))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("No entity with id '" + into + "'"));
        merging.mergeInto(item.createdId(), into, by, "review queue: " + item.reason(), tx);
        judgements.record(judgement(item, into, Judgement.Verdict.SAME, by, item.reason(), before), true, tx);
        return items.decide(item, QueuedItem.Status.ACCEPTED, by, into, tx);
    }

    private static Judgement judgement(QueuedItem item, String candidate, Judgement.Verdict verdict, String by,
            String reason, List<String> aliasesBefore) {
        Incoming incoming = new Incoming(item.key(), item.createdId(), item.type(), item.incomingName(), List.of(),
                null, item.source());
        return new Judgement(item.key(), candidate, verdict, by, reason, item.score(), incoming, item.createdId(),
                aliasesBefore);
    }

    private QueuedItem open(String itemId, QueryRunner tx) {
        if (itemId == null || itemId.isBlank()) {
            throw new BadRequestException("item must be a review item's id");
        }
        QueuedItem item = items.find(itemId.strip(), tx)
                .orElseThrow(() -> new NotFoundException("No review item with id '" + itemId.strip() + "'"));
        if (item.status() != QueuedItem.Status.OPEN) {
            throw new BadRequestException("review item '" + item.id() + "' is " + item.status()
                    + ", not OPEN: it was decided by " + item.decidedBy() + " at " + item.decidedAt());
        }
        return item;
    }

    private <T> T inWrite(Function<QueryRunner, T> work) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            T result = work.apply(tx);
            tx.commit();
            return result;
        }
    }
}
