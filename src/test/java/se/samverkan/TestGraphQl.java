package se.samverkan;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.client.GraphQlTransport;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A GraphQL tester over real HTTP against the running test application. Spring's HttpGraphQlTester
 * needs WebTestClient (WebFlux), which this servlet application does not have, so a small transport
 * posts the request with RestClient.
 */
public final class TestGraphQl {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    private TestGraphQl() {
    }

    public static GraphQlTester tester(int port) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port + "/graphql").build();
        GraphQlTransport transport = new GraphQlTransport() {
            @Override
            public Mono<GraphQlResponse> execute(GraphQlRequest request) {
                return Mono.fromCallable(() -> GraphQlTransport.createResponse(
                        http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                                .body(request.toMap()).retrieve().body(JSON)));
            }

            @Override
            public Flux<GraphQlResponse> executeSubscription(GraphQlRequest request) {
                return Flux.error(new UnsupportedOperationException("no subscriptions over HTTP"));
            }
        };
        return GraphQlTester.builder(transport).build();
    }
}
