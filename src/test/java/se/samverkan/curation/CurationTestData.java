package se.samverkan.curation;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/** Test data lives under ids and sources starting with {@code test:}; this removes all of it again. */
public final class CurationTestData {

    public static final String TOKEN = "test-curator-token";

    private CurationTestData() {
    }

    public static void deleteAll(Driver driver) {
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' DETACH DELETE n").consume();
            session.run("MATCH (n:Name) WHERE n.entity STARTS WITH 'test:' DETACH DELETE n").consume();
            session.run("MATCH (s:Source) WHERE s.id STARTS WITH 'test:' DETACH DELETE s").consume();
            session.run("MATCH (m:Merge) WHERE m.from STARTS WITH 'test:' DELETE m").consume();
            session.run("MATCH (r:Retraction) WHERE r.from STARTS WITH 'test:' DELETE r").consume();
        }
    }

    public static long count(Driver driver, String cypher) {
        try (Session session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }
}
