package se.samverkan.database;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, so {@code logging.level.org.neo4j.driver} governs it like every other
 * logger, and it asks Logback whether a level is on each time. Its default, the JDK's System.Logger, asks
 * once per logger, when the driver makes it: in the running application it had answered that debug was on,
 * so the driver formatted every Bolt message it sent (each BEGIN with its parameters) as text for a logger
 * that dropped it; JFR on the benchmark showed it on every request.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer driverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
