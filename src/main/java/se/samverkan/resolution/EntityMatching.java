package se.samverkan.resolution;

import java.util.List;

import org.neo4j.driver.QueryRunner;

/**
 * Entity resolution for dataset imports. Both calls run inside the import's own write transaction, so what they
 * read and write commits or rolls back with the import.
 */
public interface EntityMatching {

    /** Matches an incoming entity against what is stored, curators' earlier judgements first. */
    Resolution resolve(Incoming incoming, QueryRunner tx);

    /**
     * Puts each candidate in the review queue as a possible match of the entity just created as {@code createdId};
     * a pair already queued or already judged is left as it is, so re-importing a file queues nothing twice.
     */
    void queue(Incoming incoming, String createdId, List<Candidate> candidates, QueryRunner tx);
}
