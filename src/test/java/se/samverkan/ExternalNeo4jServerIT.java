package se.samverkan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;
import org.testcontainers.utility.MountableFile;

import se.samverkan.database.EmbeddedNeo4j;
import se.samverkan.connection.CypherReachability;

/**
 * Runs the application against an external Neo4j server (Docker) with the plugin that {@code package} builds,
 * as docker-compose.yml does; hence a Failsafe test. Skipped when no Docker engine is available. Uses its
 * own Spring context (the dynamic properties differ from the shared one).
 */
@SamverkanIntegrationTest
@Testcontainers(disabledWithoutDocker = true)
class ExternalNeo4jServerIT {

    static final String PASSWORD = "samverkan-test-pw";

    @Container
    static final Neo4jContainer NEO4J = new Neo4jContainer("neo4j:5.26").withAdminPassword(PASSWORD)
            .withPlugins(MountableFile.forHostPath("target/neo4j-plugins"));

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    @Autowired
    org.springframework.beans.factory.ObjectProvider<EmbeddedNeo4j> embedded;

    @Test
    void usesExternalServerWithMigrationsApplied() {
        assertThat(embedded.getIfAvailable()).as("no in-process Neo4j when a URI is set").isNull();
        try (var session = driver.session()) {
            List<String> names = session.run("SHOW CONSTRAINTS YIELD name RETURN name")
                    .list(r -> r.get("name").asString());
            assertThat(names).contains("entity_id", "source_id", "migration_file");
            assertThat(session.run("MATCH (m:SchemaMigration) RETURN count(m) AS c").single().get("c").asLong())
                    .isPositive();
            assertThat(session.executeRead(CypherReachability::hasProcedure))
                    .as("the server loaded the connection search from its plugins directory").isTrue();
        }
        Map<String, Object> response = RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("query", "{ connections(from: \"Dalarna\", to: \"Hubei\") { totalPaths } }")).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        assertThat(response).doesNotContainKey("errors");
        assertThat(response.get("data").toString()).doesNotContain("totalPaths=0");
    }
}
