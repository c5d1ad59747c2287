package se.samverkan;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Spring's {@link HttpGraphQlTester} over real HTTP against the running test application (a
 * {@link WebTestClient} bound to the server's port; spring-boot-starter-graphql-test brings it), with the
 * documents of src/test/resources/graphql-test/.
 */
public final class TestGraphQl {

    /** Generous on purpose: a slow answer on a busy shared machine must not fail a test about behaviour. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private TestGraphQl() {
    }

    public static HttpGraphQlTester tester(int port) {
        return tester(port, null);
    }

    /** A tester that sends this {@code Authorization} header value with every request (none if null). */
    public static HttpGraphQlTester tester(int port, String authorization) {
        WebTestClient.Builder http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(PATIENCE);
        HttpGraphQlTester.Builder<?> tester = HttpGraphQlTester.builder(http).responseTimeout(PATIENCE);
        if (authorization != null) {
            tester.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        return tester.build();
    }
}
