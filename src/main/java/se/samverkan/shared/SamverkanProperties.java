package se.samverkan.shared;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Typed application settings (prefix {@code samverkan}).
 *
 * @param dataDir      directory of the embedded Neo4j store (Neo4j home); env {@code SAMVERKAN_DATA_DIR}
 * @param queryTimeout transaction timeout for Cypher queries
 * @param embedded     settings of the in-process Neo4j (only used when no external {@code spring.neo4j.uri} is set)
 */
@ConfigurationProperties(prefix = "samverkan")
public record SamverkanProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue Embedded embedded) {

    /**
     * @param boltPort  Bolt port of the embedded Neo4j on localhost; 0 picks a free port
     * @param pageCache memory Neo4j keeps store pages in (off the Java heap); reads of pages not cached go
     *                  to disk, so a large store answers fastest when it fits
     */
    public record Embedded(@DefaultValue("7687") int boltPort, @DefaultValue("512MB") DataSize pageCache) {
    }
}
