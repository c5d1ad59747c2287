package se.samverkan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Full application on a random HTTP port with the embedded Neo4j (fresh store under
 * target/test-neo4j/, free Bolt port; see application-test.yml). Starting a context with embedded
 * Neo4j costs ~10+ s, so every integration test should use exactly this annotation and nothing else
 * that changes the context configuration (no @MockitoBean, @TestPropertySource, ...): then all test
 * classes share one cached Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface SamverkanIntegrationTest {
}
