package se.samverkan.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.api.ListAssert;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.web.client.RestClient;

/**
 * GraphQL over HTTP for tests, with documents from src/test/resources/graphql-test/. (The
 * HttpSyncGraphQlTester of newer Spring GraphQL versions is not available here; this is its small subset.)
 */
final class GraphQlCalls {

    private final HttpSyncGraphQlClient client;

    GraphQlCalls(int port, String token) {
        RestClient.Builder rest = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql");
        if (token != null) {
            rest.defaultHeader("Authorization", "Bearer " + token);
        }
        this.client = HttpSyncGraphQlClient.builder(rest.build())
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
                        ResourceDocumentSource.FILE_EXTENSIONS))
                .build();
    }

    Request documentName(String name) {
        return new Request(name, null);
    }

    Request document(String text) {
        return new Request(null, text);
    }

    final class Request {
        private final String name;
        private final String text;
        private final Map<String, Object> variables = new LinkedHashMap<>();

        Request(String name, String text) {
            this.name = name;
            this.text = text;
        }

        Request variable(String key, Object value) {
            variables.put(key, value);
            return this;
        }

        Response execute() {
            var spec = name != null ? client.documentName(name) : client.document(text);
            return new Response(spec.variables(variables).executeSync());
        }
    }

    record Response(ClientGraphQlResponse response) {

        List<ResponseError> errors() {
            return response.getErrors();
        }

        Path path(String path) {
            assertThat(response.getErrors()).as("errors").isEmpty();
            return new Path(response, path);
        }
    }

    record Path(ClientGraphQlResponse response, String path) {

        <T> AbstractObjectAssert<?, T> entity(Class<T> type) {
            T value = response.field(path).toEntity(type);
            return org.assertj.core.api.Assertions.assertThatObject(value).as(path);
        }

        <T> ListAssert<T> entityList(Class<T> type) {
            return assertThat(response.field(path).toEntityList(type)).as(path);
        }

        void hasValue() {
            org.assertj.core.api.Assertions.assertThatObject(response.field(path).getValue()).as(path).isNotNull();
        }
    }
}
