package se.samverkan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.client.RestClient;

import se.samverkan.SamverkanIntegrationTest;

/** Bearer tokens only: no accounts, no login, no session; a curator's write works through the GraphQL handler. */
@SamverkanIntegrationTest
class SecurityChainTest {

    static final String UPSERT_SOURCE = "mutation { upsertSource(input: {id: \"test:security.txt\", title: \"T\", "
            + "publisher: \"P\", published: \"2024\"}) }";

    @Value("${local.server.port}")
    int port;

    @Value("${samverkan.security.curator-token}")
    String curatorToken;

    @Autowired
    ApplicationContext context;

    @Autowired
    Driver driver;

    @AfterEach
    void cleanUp() {
        try (var session = driver.session()) {
            session.run("MATCH (s:Source {id: 'test:security.txt'}) DETACH DELETE s").consume();
        }
    }

    ResponseEntity<String> graphQl(String authorization, String document) {
        RestClient.RequestBodySpec request = RestClient.create("http://localhost:" + port).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.body(Map.of("query", document)).retrieve().toEntity(String.class);
    }

    @Test
    void theCuratorWritesThroughTheSynchronousGraphQlHandler() {
        // The handler answers on the request's thread, where the filter chain put the curator's authentication.
        assertThat(context.getBean(GraphQlHttpHandler.class).getClass().getSimpleName())
                .isEqualTo("SynchronousGraphQlHttpHandler");
        ResponseEntity<String> written = graphQl("Bearer " + curatorToken, UPSERT_SOURCE);
        assertThat(written.getBody()).isEqualTo("{\"data\":{\"upsertSource\":\"test:security.txt\"}}");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (s:Source {id: 'test:security.txt'}) RETURN count(s) AS c").single()
                    .get("c").asLong()).isEqualTo(1);
        }
    }

    @Test
    void noSessionCookieIsHandedOut() {
        assertThat(graphQl("Bearer " + curatorToken, UPSERT_SOURCE).getHeaders().get("Set-Cookie")).isNull();
        assertThat(graphQl(null, "{ version }").getHeaders().get("Set-Cookie")).isNull();
    }

    @Test
    void basicCredentialsAreNoLogin() {
        ResponseEntity<String> response = RestClient.create("http://localhost:" + port).post().uri("/import")
                .header("Authorization", "Basic dXNlcjpwYXNzd29yZA==").contentType(MediaType.MULTIPART_FORM_DATA)
                .body("--x--\r\n").retrieve().onStatus(s -> true, (req, res) -> {
                }).toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().get("WWW-Authenticate")).containsExactly("Bearer");
    }

    @Test
    void thereAreNoUserAccountsSoNoGeneratedPassword() {
        assertThat(context.getBeansOfType(UserDetailsService.class)).hasSize(1);
        assertThatThrownBy(() -> context.getBean(UserDetailsService.class).loadUserByUsername("user"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void readsNeedNoTokenAndIgnoreAWrongOne() {
        assertThat(graphQl(null, "{ version }").getBody()).startsWith("{\"data\":{\"version\":");
        assertThat(graphQl("Bearer not-the-curator-token", "{ version }").getBody()).startsWith("{\"data\":{\"version\":");
        for (String page : new String[] {"/", "/index.html", "/reports", "/graphiql?path=/graphql", "/actuator/health"}) {
            assertThat(RestClient.create("http://localhost:" + port).get().uri(page).retrieve().toBodilessEntity()
                    .getStatusCode().value()).as(page).isEqualTo(200);
        }
    }
}
