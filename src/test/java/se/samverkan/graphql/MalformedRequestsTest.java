package se.samverkan.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import se.samverkan.SamverkanIntegrationTest;
import tools.jackson.databind.json.JsonMapper;

/** A body that is no GraphQL request gets its 400 with a GraphQL error saying what is wrong with it. */
@SamverkanIntegrationTest
class MalformedRequestsTest {

    @Value("${local.server.port}")
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String contentType, String message, String classification) {
    }

    @SuppressWarnings("unchecked")
    Answer post(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).as("body of the %d", response.statusCode()).isNotBlank();
        Map<String, Object> json = JsonMapper.builder().build().readValue(response.body(), Map.class);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) json.get("errors");
        assertThat(errors).as(response.body()).hasSize(1);
        Map<String, Object> extensions = (Map<String, Object>) errors.get(0).get("extensions");
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                (String) errors.get(0).get("message"), (String) extensions.get("classification"));
    }

    void assertBadRequest(Answer answer, String... words) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
        assertThat(answer.message()).contains(words);
    }

    @Test
    void invalidJsonIsNamedWithItsPosition() throws Exception {
        assertBadRequest(post("{\"query\": \"{ version }\""), "not valid JSON", "line 1");
        assertBadRequest(post("{query: 1}"), "not valid JSON", "line 1, column 2");
    }

    @Test
    void aStringInsteadOfAnObjectIsNamed() throws Exception {
        assertBadRequest(post("\"{ version }\""), "must be a JSON object", "not a string");
    }

    @Test
    void aBatchedArrayIsRefusedAsABatch() throws Exception {
        assertBadRequest(post("[{\"query\": \"{ version }\"}, {\"query\": \"{ version }\"}]"),
                "JSON array", "batched requests are not supported");
    }

    @Test
    void aNullQueryIsNamed() throws Exception {
        assertBadRequest(post("{\"query\": null}"), "no \"query\"");
    }

    @Test
    void aMissingQueryIsNamed() throws Exception {
        assertBadRequest(post("{\"variables\": {}}"), "no \"query\"");
    }

    @Test
    void variablesThatAreNoObjectAreNamed() throws Exception {
        assertBadRequest(post("{\"query\": \"{ version }\", \"variables\": \"abc\"}"),
                "\"variables\" in the request must be a JSON object", "not a string");
    }

    @Test
    void contentAfterTheObjectIsNamed() throws Exception {
        assertBadRequest(post("{\"query\": \"{ version }\"} {\"query\": \"{ version }\"}"),
                "content after its JSON object", "line 1");
        assertBadRequest(post("{\"query\": \"{ version }\"} garbage"), "not valid JSON", "line 1, column 26", "'garbage'");
    }

    @Test
    void anEmptyBodyIsNamed() throws Exception {
        assertBadRequest(post(""), "empty");
    }

    @Test
    void aWellFormedRequestStillAnswers() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ version }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"version\"");
    }
}
