package se.samverkan.config;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, so {@code logging.level.org.neo4j.driver} governs it like every other
 * logger. Its default, the JDK's System.Logger, asks once per logger whether debug is on and then formats
 * every Bolt message it sends as text before handing it to a logger that drops it: JFR on the benchmark
 * showed each BEGIN's parameters turned into strings on every request.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer driverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
