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
import org.springframework.web.client.RestClient;

@SamverkanIntegrationTest
class ApplicationStartsTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    Driver driver;

    RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    @Test
    void graphqlAnswersVersion() {
        Map<String, Object> response = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", "{ version }")).retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});
        assertThat(response).doesNotContainKey("errors");
        assertThat(((Map<?, ?>) response.get("data")).get("version")).asString().isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpIncludingNeo4j() {
        // The components are details, which only the curator sees (HealthDetailsTest).
        Map<String, Object> health = http().get().uri("/actuator/health").header("Authorization", "Bearer test-curator-token")
                .retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {});
        assertThat(health.get("status")).isEqualTo("UP");
        Map<String, Object> components = (Map<String, Object>) health.get("components");
        assertThat(components).containsKey("neo4j");
        assertThat(((Map<?, ?>) components.get("neo4j")).get("status")).isEqualTo("UP");
    }

    @Test
    void constraintsFromFirstMigrationExist() {
        try (var session = driver.session()) {
            List<String> names = session.run("SHOW CONSTRAINTS YIELD name RETURN name")
                    .list(r -> r.get("name").asString());
            assertThat(names).contains("entity_id", "source_id", "migration_file");
            long recorded = session.run("MATCH (m:SchemaMigration {file: '001_constraints.cypher'}) RETURN count(m) AS c")
                    .single().get("c").asLong();
            assertThat(recorded).isEqualTo(1);
        }
    }

    @Autowired
    io.micrometer.observation.ObservationRegistry observations;

    @Test
    void perFieldGraphQlObservationsAreOffButRequestObservationsStay() {
        assertThat(io.micrometer.observation.Observation.createNotStarted("graphql.datafetcher", observations).isNoop()).isTrue();
        assertThat(io.micrometer.observation.Observation.createNotStarted("graphql.dataloader", observations).isNoop()).isTrue();
        assertThat(io.micrometer.observation.Observation.createNotStarted("graphql.request", observations).isNoop()).isFalse();
    }
}
