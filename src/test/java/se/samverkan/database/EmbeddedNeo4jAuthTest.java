package se.samverkan.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import se.samverkan.database.BoltProbe.Answer;
import se.samverkan.database.BoltProbe.Outcome;

/**
 * The embedded database's Bolt port opens a session only with the password kept in the data directory:
 * not without credentials, not with Neo4j's default password, not from a web page over WebSocket.
 */
class EmbeddedNeo4jAuthTest {

    @TempDir
    static Path dataDir;

    static EmbeddedNeo4j db;

    @BeforeAll
    static void start() {
        db = EmbeddedNeo4j.start(dataDir, 0, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void aDriverWithoutCredentialsOrWithTheDefaultPasswordIsRefused() {
        try (Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.none())) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        try (Driver driver = GraphDatabase.driver(db.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(ClientException.class);
        }
    }

    @Test
    void theStoresPasswordOpensASessionThatWrites() {
        try (Driver driver = GraphDatabase.driver(db.boltUri(), db.authToken())) {
            driver.executableQuery("MERGE (n:Probe {by: 'owner'})").execute();
            assertThat(driver.executableQuery("MATCH (n:Probe {by: 'owner'}) RETURN count(n) AS c").execute()
                    .records().get(0).get("c").asLong()).isEqualTo(1);
        }
    }

    @Test
    void aRawBoltSessionOverTcpWithSchemeNoneCanNeitherLogInNorWrite() throws Exception {
        Outcome outcome = BoltProbe.overTcp(db.boltPort(), "MERGE (:Probe {by: 'tcp'})");

        assertThat(outcome.hello()).isIn(Answer.FAILURE, Answer.CLOSED);
        assertThat(outcome.run()).isNotEqualTo(Answer.SUCCESS);
        assertThat(probes("tcp")).isZero();
    }

    @Test
    void aWebSocketFromAForeignOriginGetsNoBoltSession() throws Exception {
        // Neo4j 5.26 upgrades any Origin (no setting turns WebSocket off or checks it): the password must hold
        Outcome outcome = BoltProbe.overWebSocket(db.boltPort(), "http://evil.example", "MERGE (:Probe {by: 'web'})");

        assertThat(outcome.hello()).as(outcome.upgradeStatus()).isIn(Answer.FAILURE, Answer.CLOSED, Answer.NOT_BOLT);
        assertThat(outcome.run()).isNotEqualTo(Answer.SUCCESS);
        assertThat(probes("web")).isZero();
    }

    @Test
    void thePasswordFileIsReadableByItsOwnerOnly() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(db.passwordFile())))
                .isEqualTo("rw-------");
        assertThat(Files.readString(db.passwordFile()).strip()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aStoreMadeWithoutAuthenticationGetsAPasswordAtItsNextStart(@TempDir Path old) {
        // as the application made stores before: auth off, the neo4j user with Neo4j's default password
        DatabaseManagementService before = new DatabaseManagementServiceBuilder(old)
                .setConfig(GraphDatabaseSettings.auth_enabled, false).build();
        before.database("neo4j").executeTransactionally("CREATE (:Kept)");
        before.shutdown();

        try (EmbeddedNeo4j upgraded = EmbeddedNeo4j.start(old, 0, Duration.ofSeconds(30))) {
            try (Driver driver = GraphDatabase.driver(upgraded.boltUri(), upgraded.authToken())) {
                assertThat(driver.executableQuery("MATCH (n:Kept) RETURN count(n) AS c").execute()
                        .records().get(0).get("c").asLong()).isEqualTo(1);
            }
            try (Driver driver = GraphDatabase.driver(upgraded.boltUri(), AuthTokens.none())) {
                assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        }
        // and the next start reads the same password
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(old, 0, Duration.ofSeconds(30));
                Driver driver = GraphDatabase.driver(again.boltUri(), EmbeddedNeo4j.authToken(old))) {
            driver.verifyConnectivity();
        }
    }

    private static long probes(String by) {
        return db.managementService().database("neo4j").executeTransactionally(
                "MATCH (n:Probe {by: $by}) RETURN count(n) AS c", java.util.Map.of("by", by),
                result -> (Long) result.next().get("c"));
    }
}
