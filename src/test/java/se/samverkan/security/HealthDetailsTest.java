package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;

/** The health page tells anyone whether the service is up, and only the curator how it is built. */
@SamverkanIntegrationTest
class HealthDetailsTest {

    @Value("${local.server.port}")
    int port;

    @Value("${samverkan.security.curator-token}")
    String curatorToken;

    Map<String, Object> health(String authorization) {
        RestClient.RequestHeadersSpec<?> request = RestClient.create("http://localhost:" + port).get().uri("/actuator/health");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().body(new ParameterizedTypeReference<Map<String, Object>>() {
        });
    }

    @Test
    void anonymousCallersSeeTheStatusOnly() {
        Map<String, Object> health = health(null);
        assertThat(health).containsEntry("status", "UP").doesNotContainKeys("components", "details");
        assertThat(health.toString()).doesNotContain("neo4j", "bolt", "7687", "/");
    }

    @Test
    void aWrongTokenSeesTheStatusOnly() {
        assertThat(health("Bearer not-the-curator-token")).containsEntry("status", "UP")
                .doesNotContainKeys("components", "details");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCuratorSeesTheDetails() {
        Map<String, Object> health = health("Bearer " + curatorToken);
        Map<String, Object> neo4j = (Map<String, Object>) ((Map<String, Object>) health.get("components")).get("neo4j");
        assertThat(neo4j).containsEntry("status", "UP");
        assertThat((Map<String, Object>) neo4j.get("details")).isNotEmpty();
    }
}
