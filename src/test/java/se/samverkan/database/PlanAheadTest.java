package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.samverkan.database.CypherStatementSplitter.Statement;

/**
 * While new indexes populate over a loaded store, the migrations plan the data files ahead with EXPLAIN:
 * every statement of {@code cypher/} must plan that way, and planning must write nothing.
 */
class PlanAheadTest {

    @TempDir
    static Path dataDir;

    private static EmbeddedNeo4j db;
    private static Driver driver;

    @BeforeAll
    static void start() {
        db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofSeconds(30));
        driver = GraphDatabase.driver(db.boltUri(), db.authToken());
    }

    @AfterAll
    static void stop() {
        driver.close();
        db.close();
    }

    @Test
    void everyDataStatementOfTheSeedFilesPlansWithoutWritingAnything() throws IOException {
        List<Statement> data = dataStatements();
        assertThat(data).hasSizeGreaterThan(10);

        assertThat(new CypherMigrations(driver).planAhead(data, () -> false)).isEqualTo(data.size());

        try (Session session = driver.session()) {
            assertThat(session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong()).isZero();
        }
    }

    @Test
    void planningStopsWhenTheIndexesAreOnline() throws IOException {
        int[] asked = {0};

        int planned = new CypherMigrations(driver).planAhead(dataStatements(), () -> ++asked[0] > 2);

        assertThat(planned).isEqualTo(2);
    }

    private static List<Statement> dataStatements() throws IOException {
        List<Statement> statements = new ArrayList<>();
        for (Resource script : new PathMatchingResourcePatternResolver().getResources(CypherMigrations.LOCATION)) {
            try (InputStream in = script.getInputStream()) {
                for (Statement s : CypherStatementSplitter.splitWithPositions(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                    if (!CypherMigrations.isSchemaCommand(s.text())) {
                        statements.add(s);
                    }
                }
            }
        }
        return statements;
    }
}
