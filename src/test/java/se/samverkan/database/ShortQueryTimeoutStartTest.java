package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import se.samverkan.SamverkanApplication;

/**
 * Start-up work (migrations, seed, warm-ups) does not run under the timeout that guards requests: with a
 * query timeout shorter than a cold planner needs, a fresh store still starts and gets its seed. A context
 * of its own, since the shared test context has a generous timeout.
 */
class ShortQueryTimeoutStartTest {

    @TempDir
    Path dataDir;

    @Test
    void aFreshStartWithATwoSecondQueryTimeoutSucceedsAndAppliesEverySeedFile() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SamverkanApplication.class).run(
                "--server.port=0", "--samverkan.data-dir=" + dataDir, "--samverkan.embedded.bolt-port=0",
                "--samverkan.embedded.page-cache=64MB", "--samverkan.query-timeout=2s",
                "--spring.main.banner-mode=off");
                Session session = app.getBean(Driver.class).session()) {
            long applied = session.run("MATCH (m:SchemaMigration) RETURN count(m) AS c", Map.of(),
                    TransactionConfig.builder().withTimeout(Duration.ofMinutes(1)).build()).single().get("c").asLong();
            assertThat(applied).isEqualTo(new PathMatchingResourcePatternResolver().getResources(CypherMigrations.LOCATION).length);
        }
    }
}
