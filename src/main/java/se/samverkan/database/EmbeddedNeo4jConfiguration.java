package se.samverkan.database;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import se.samverkan.shared.SamverkanProperties;

/**
 * Starts Neo4j in-process unless an external server is configured ({@code spring.neo4j.uri} or env
 * {@code NEO4J_URI}). Contributes {@link Neo4jConnectionDetails} so Boot's driver auto-configuration
 * connects to the embedded Bolt connector. The driver depends on the connection details, which depend
 * on the DBMS bean, so the DBMS starts first and shuts down last.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
public class EmbeddedNeo4jConfiguration {

    /** Begins the start as soon as the context's bean definitions are known (see {@link EmbeddedNeo4jStart}). */
    @Bean
    static EmbeddedNeo4jStart embeddedNeo4jStart(Environment environment) {
        SamverkanProperties properties = Binder.get(environment).bindOrCreate("samverkan", SamverkanProperties.class);
        return new EmbeddedNeo4jStart(() -> EmbeddedNeo4j.start(properties.dataDir(),
                properties.embedded().boltPort(), properties.queryTimeout(), properties.embedded().pageCache()));
    }

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStart start) {
        return start.take();
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
        URI uri = embeddedNeo4j.boltUri();
        AuthToken authToken = embeddedNeo4j.authToken();
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return authToken;
            }
        };
    }
}
