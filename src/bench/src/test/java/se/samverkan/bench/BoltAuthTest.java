package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;

/** The raw side logs in as told: not at all, with a password, or with one read from a file. */
class BoltAuthTest {

    @TempDir
    Path dir;

    @Test
    void withoutAPasswordItDoesNotAuthenticate() {
        assertThat(BoltAuth.NONE.token(dir)).isEqualTo(AuthTokens.none());
    }

    @Test
    void aPasswordGivenIsUsedAsIs() {
        assertThat(new BoltAuth("neo4j", "s3cret", null).token(dir)).isEqualTo(AuthTokens.basic("neo4j", "s3cret"));
    }

    @Test
    void aRelativePasswordFileIsReadWithinTheDataDirectoryWithoutItsLineEnd() throws Exception {
        Files.writeString(dir.resolve("bolt-password"), "r4nd0m\n");

        assertThat(new BoltAuth("neo4j", null, Path.of("bolt-password")).token(dir))
                .isEqualTo(AuthTokens.basic("neo4j", "r4nd0m"));
    }

    @Test
    void aMissingPasswordFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> new BoltAuth("neo4j", null, Path.of("nope")).token(dir))
                .hasMessageContaining(dir.resolve("nope").toString());
    }
}
