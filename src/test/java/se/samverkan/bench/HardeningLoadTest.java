package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import se.samverkan.SamverkanIntegrationTest;

/**
 * Bad requests mixed with normal ones, concurrently, against the running application: every bad one
 * gets a clear error, none gets a 5xx, the normal ones keep answering, memory stays bounded. Reads only.
 */
@SamverkanIntegrationTest
class HardeningLoadTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void badRequestsUnderLoadGetClearErrorsAndNormalOnesKeepAnswering() throws Exception {
        Hardening.Result result = Hardening.run(URI.create("http://localhost:" + port + "/graphql"), 33, 4,
                ProcessMemory.current());

        assertThat(result.sent()).hasSize(11).allSatisfy((kind, count) -> assertThat(count).isEqualTo(3));
        assertThat(result.serverErrors()).as(result.summary()).isZero();
        assertThat(result.unclearErrors()).as(result.summary()).isZero();
        assertThat(result.normalFailures()).as(result.summary()).isZero();
        assertThat(result.heapAfterGcMb()).as("heap after the run, MB")
                .isLessThan(Runtime.getRuntime().maxMemory() / 2 >> 20);
    }
}
