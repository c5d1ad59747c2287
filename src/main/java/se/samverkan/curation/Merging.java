package se.samverkan.curation;

import org.neo4j.driver.QueryRunner;

/**
 * Curation's merge for other rooms that decide a merge inside a transaction of their own (the review queue), so
 * the merge and their record of it commit together. The same rules as {@code mergeEntities}.
 */
public interface Merging {

    /** Merges {@code from} into {@code into} in {@code tx}: facts, mentions and names move, a Merge is recorded. */
    void mergeInto(String from, String into, String by, String reason, QueryRunner tx);
}
