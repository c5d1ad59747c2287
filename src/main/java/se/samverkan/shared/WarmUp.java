package se.samverkan.shared;

/**
 * A feature's own query warm-up. Neo4j plans each query text the first time it sees it, which takes seconds on a
 * cold JVM; a feature that implements this (as a bean) runs its main query texts once at start-up, with parameters
 * that match nothing, so that its first user does not wait for the planner. Each runs in a read transaction of its
 * own, after the migrations, on a thread that delays no request.
 */
public interface WarmUp {

    /** What is warmed up, for the log. */
    String name();

    void warmUp();
}
