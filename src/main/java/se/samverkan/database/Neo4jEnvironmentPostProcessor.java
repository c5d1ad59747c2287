package se.samverkan.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Maps the conventional environment variables {@code NEO4J_URI}, {@code NEO4J_USERNAME} and
 * {@code NEO4J_PASSWORD} onto {@code spring.neo4j.*}, but only when they are set and non-empty.
 * The mapped values have the lowest precedence, so explicit {@code spring.neo4j.*} settings win.
 * When no URI ends up configured, {@link EmbeddedNeo4jConfiguration} starts Neo4j in-process.
 */
public class Neo4jEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE_NAME = "samverkanNeo4jEnvironment";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> mapped = new LinkedHashMap<>();
        map(environment, "NEO4J_URI", "spring.neo4j.uri", mapped);
        map(environment, "NEO4J_USERNAME", "spring.neo4j.authentication.username", mapped);
        map(environment, "NEO4J_PASSWORD", "spring.neo4j.authentication.password", mapped);
        if (!mapped.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, mapped));
        }
    }

    private static void map(ConfigurableEnvironment environment, String variable, String property,
            Map<String, Object> target) {
        String value = environment.getSystemEnvironment().get(variable) instanceof String s ? s : null;
        if (StringUtils.hasText(value)) {
            target.put(property, value);
        }
    }
}
