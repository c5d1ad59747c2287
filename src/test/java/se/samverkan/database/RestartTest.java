package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * A restart on the same data directory keeps what was stored and applies the seed only once. Runs the
 * embedded database and the migrations directly, without a Spring context, so it can stop and start
 * the database in between.
 */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void restartKeepsDataAndDoesNotDuplicateTheSeed() {
        Map<String, Long> first;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofSeconds(30));
                Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
            List<String> applied = new CypherMigrations(driver).migrate();
            assertThat(applied).contains("001_constraints.cypher", "104_source_004_miljoteknik_ostersjo.cypher");
            try (Session session = driver.session()) {
                session.run("CREATE (:Note {text: 'written by a curator'})").consume();
            }
            first = counts(driver);
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofSeconds(30));
                Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
            assertThat(new CypherMigrations(driver).migrate()).isEmpty();
            assertThat(counts(driver)).isEqualTo(first);
            try (Session session = driver.session()) {
                assertThat(session.run("MATCH (n:Note) RETURN n.text AS t").single().get("t").asString())
                        .isEqualTo("written by a curator");
                // A changed seed file is applied again; its MERGEs must not duplicate anything.
                session.run("MATCH (m:SchemaMigration) SET m.checksum = 'changed'").consume();
            }
            assertThat(new CypherMigrations(driver).migrate()).hasSizeGreaterThan(5);
            assertThat(counts(driver)).isEqualTo(first);
        }
    }

    @Test
    void aStoreMadeBeforeLosesTheKindIndexWhenTheChangedIndexFileIsAppliedAgain() {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofSeconds(30));
                Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken());
                Session session = driver.session()) {
            new CypherMigrations(driver).migrate();
            // what the earlier 002_indexes.cypher made, and the checksum it was recorded with
            session.run("CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)").consume();
            session.run("MATCH (m:SchemaMigration {file: '002_indexes.cypher'}) SET m.checksum = 'earlier'").consume();
            assertThat(indexes(session)).contains("entity_kind");

            assertThat(new CypherMigrations(driver).migrate()).containsExactly("002_indexes.cypher");
            assertThat(indexes(session)).doesNotContain("entity_kind").contains("entity_name", "entity_names");
        }
    }

    private static List<String> indexes(Session session) {
        return session.run("SHOW INDEXES YIELD name RETURN name").list(r -> r.get("name").asString());
    }

    private static Map<String, Long> counts(Driver driver) {
        try (Session session = driver.session()) {
            long nodes = session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS c").single()
                    .get("c").asLong();
            long rels = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            assertThat(nodes).isGreaterThan(90);
            return Map.of("nodes", nodes, "relationships", rels);
        }
    }
}
