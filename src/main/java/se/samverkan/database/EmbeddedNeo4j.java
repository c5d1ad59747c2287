package se.samverkan.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

/**
 * An in-process Neo4j Community DBMS with its Bolt connector on localhost. The application talks to
 * it through the regular Neo4j driver, exactly as to an external server. Neo4j home (store, logs)
 * is {@code samverkan.data-dir}. Bolt requires the password kept in the data directory
 * ({@link #authToken()}): any process or web page on the machine can reach a port on localhost.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** The page cache of a DBMS that a tool or a test starts for a short while, not the application's. */
    public static final DataSize SMALL_PAGE_CACHE = DataSize.ofMegabytes(256);

    private final Path home;
    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final AuthToken authToken;

    private EmbeddedNeo4j(Path home, DatabaseManagementService dbms, int boltPort, String password) {
        this.home = home;
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.authToken = AuthTokens.basic(EmbeddedNeo4jPassword.USER, password);
    }

    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Duration transactionTimeout) {
        return start(dataDir, boltPort, transactionTimeout, SMALL_PAGE_CACHE);
    }

    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Duration transactionTimeout, DataSize pageCache) {
        return start(dataDir, boltPort, transactionTimeout, pageCache, Map.of());
    }

    /** As {@link #start(Path, int, Duration, DataSize)}, with further Neo4j settings for one kind of use. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, Duration transactionTimeout, DataSize pageCache,
            Map<Setting<?>, Object> moreSettings) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create Neo4j data directory " + home, e);
        }
        String password = EmbeddedNeo4jPassword.prepare(home);
        long t0 = System.nanoTime();
        log.info("Starting embedded Neo4j in {} (bolt port {})", home, boltPort == 0 ? "auto" : boltPort);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                // Bolt also answers WebSocket upgrades from any Origin (Neo4j 5.26 has no setting for either),
                // so a web page could reach it: only the password keeps a session out.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, transactionTimeout)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache.toBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Bolt shutdown otherwise waits 2 x 5 s for connections/threads that are already gone
                // (the driver is closed before the DBMS).
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(moreSettings)
                .build();
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            HostnamePort bolt = system.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            if (bolt == null) {
                throw new IllegalStateException("Embedded Neo4j did not bind a Bolt connector");
            }
            EmbeddedNeo4jPassword.confirm(home, dbms, password);
            EmbeddedNeo4j neo4j = new EmbeddedNeo4j(home, dbms, bolt.getPort(), password);
            log.info("Embedded Neo4j started in {} ms, Bolt at {}", (System.nanoTime() - t0) / 1_000_000,
                    neo4j.boltUri());
            return neo4j;
        }
        catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    public URI boltUri() {
        return URI.create("bolt://localhost:" + boltPort);
    }

    /** The credentials a driver needs for {@link #boltUri()}. */
    public AuthToken authToken() {
        return authToken;
    }

    /**
     * The credentials of the embedded database whose data directory is {@code dataDir}, for a process that
     * did not start it (the benchmark's own driver on the application's Bolt port); the file exists once the
     * database has started there.
     */
    public static AuthToken authToken(Path dataDir) {
        return AuthTokens.basic(EmbeddedNeo4jPassword.USER,
                EmbeddedNeo4jPassword.read(dataDir.toAbsolutePath().normalize()));
    }

    /** The file in the data directory that holds the password, readable by its owner only. */
    public Path passwordFile() {
        return home.resolve(EmbeddedNeo4jPassword.FILE);
    }

    public int boltPort() {
        return boltPort;
    }

    /**
     * Makes the procedures of {@code procedures} callable from Cypher, in every database of this DBMS: a
     * feature whose hot loop is too slow as Cypher brings its own (an external server would need them as a
     * plugin, so callers keep a Cypher fallback).
     */
    public void registerProcedures(Class<?> procedures) {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.getDependencyResolver().resolveDependency(GlobalProcedures.class).registerProcedure(procedures);
        }
        catch (ProcedureException e) {
            throw new IllegalStateException("Cannot register the procedures of " + procedures.getName(), e);
        }
    }

    public Path home() {
        return home;
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        log.info("Shutting down embedded Neo4j in {}", home);
        long t0 = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - t0) / 1_000_000);
    }
}
