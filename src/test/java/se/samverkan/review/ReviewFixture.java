package se.samverkan.review;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import se.samverkan.entity.EntityType;
import se.samverkan.resolution.EntityMatching;
import se.samverkan.resolution.Incoming;
import se.samverkan.resolution.Resolution;

/**
 * Plays the dataset import's part for review tests: resolves an incoming organisation and writes what the import
 * writes (the entity, its facts with {@code fromKey}, its mention, the alias on a Same), all under {@code test:} ids.
 */
final class ReviewFixture {

    static final String SOURCE = "test:dataset";
    static final String CANDIDATE = "test:org:acme";
    static final String PROJECT = "test:project:x";

    private final Driver driver;
    private final EntityMatching matching;

    ReviewFixture(Driver driver, EntityMatching matching) {
        this.driver = driver;
        this.matching = matching;
    }

    void storeCandidate() {
        try (Session session = driver.session()) {
            session.run("""
                    MERGE (s:Source {id: $source}) SET s.title = 'Test dataset', s.kind = 'dataset'
                    MERGE (c:Entity:Organisation {id: $candidate}) SET c.name = 'Acme Robotics', c.kind = 'company',
                        c.aliases = ['Acme']
                    MERGE (p:Entity:Project {id: $project}) SET p.name = 'Test project X', p.kind = 'EU project'
                    WITH c, s MATCH (d:Entity {id: 'place:dalarna'})
                    MERGE (c)-[:LOCATED_IN {source: 'test:press.txt', excerpt: 'Acme Robotics in Dalarna.'}]->(d)
                    """, Map.of("source", SOURCE, "candidate", CANDIDATE, "project", PROJECT)).consume();
        }
    }

    static Incoming incoming(String key, String name) {
        return new Incoming(key, "test:" + key.substring("test:".length()) + ":own", EntityType.ORGANISATION, name,
                List.of(), "place:dalarna", SOURCE);
    }

    /** One import of one row: resolve, then write as the import would; committed. */
    Resolution importRow(Incoming in) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            Resolution r = matching.resolve(in, tx);
            String target = r instanceof Resolution.Same same ? same.id() : create(in, tx);
            tx.run("""
                    MATCH (n:Entity {id: $target}), (p:Entity {id: $project}), (s:Source {id: $source})
                    MERGE (n)-[r:PARTNER_IN {source: $source, fromKey: $key}]->(p)
                    SET r.row = 7, r.excerpt = $name + ', PP in Test project X', r.statedIn = 'v1', r.role = 'PP'
                    MERGE (n)-[m:MENTIONED_IN]->(s) ON CREATE SET m.excerpt = $name
                    SET n.aliases = CASE WHEN n.name = $name OR $name IN coalesce(n.aliases, []) THEN n.aliases
                                         ELSE coalesce(n.aliases, []) + $name END""",
                    Map.of("target", target, "project", PROJECT, "source", SOURCE, "key", in.key(), "name", in.name()))
                    .consume();
            if (r instanceof Resolution.Uncertain u) {
                matching.queue(in, in.ownId(), u.candidates(), tx);
            }
            tx.commit();
            return r;
        }
    }

    /** Resolves without writing anything: what the next import would be told. */
    Resolution resolveOnly(Incoming in) {
        try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
            return matching.resolve(in, tx);
        }
    }

    private static String create(Incoming in, QueryRunner tx) {
        tx.run("""
                MERGE (n:Entity:Organisation {id: $id}) ON CREATE SET n.name = $name, n.kind = 'company'
                WITH n MATCH (d:Entity {id: $place})
                MERGE (n)-[r:LOCATED_IN {source: $source, fromKey: $key}]->(d) SET r.excerpt = $name""",
                Map.of("id", in.ownId(), "name", in.name(), "place", in.placeId(), "source", SOURCE, "key", in.key()))
                .consume();
        return in.ownId();
    }

    long count(String cypher, Map<String, Object> params) {
        try (Session session = driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }

    void deleteAll() {
        try (Session session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'test:' DETACH DELETE n").consume();
            session.run("MATCH (s:Source) WHERE s.id STARTS WITH 'test:' DETACH DELETE s").consume();
            session.run("MATCH (m:Merge) WHERE m.from STARTS WITH 'test:' DELETE m").consume();
            session.run("MATCH (n) WHERE (n:Judgement OR n:ReviewItem) AND n.key STARTS WITH 'test:' DELETE n").consume();
        }
    }
}
