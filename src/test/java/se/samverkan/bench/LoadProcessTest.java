package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The benchmark's load runs as the command a user runs. */
class LoadProcessTest {

    private static final Path JAR = Path.of("/opt/samverkan.jar");
    private static final List<Path> FILES = List.of(Path.of("/d/01-sources.csv"), Path.of("/d/04-facts-000.csv"));

    @Test
    void theLoadIsTheInitialImportCommandFromTheJarWithTheHeapStoreAndSettingsGiven() {
        List<String> command = LoadProcess.command("/jdk/bin/java", "15g", JAR, Path.of("/s/store"), FILES,
                List.of("--samverkan.query-timeout=30s"));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx15g", "-jar", "/opt/samverkan.jar", "import",
                "--initial", "/d/01-sources.csv", "/d/04-facts-000.csv", "--samverkan.data-dir=/s/store",
                "--samverkan.import.max-rows=2147483647", "--samverkan.query-timeout=30s");
    }

    @Test
    void aRecordLimitGivenAsASettingIsNotOverridden() {
        List<String> command = LoadProcess.command("java", "4g", JAR, Path.of("/s/store"), FILES,
                List.of("--samverkan.import.max-rows=1000"));

        assertThat(command).contains("--samverkan.import.max-rows=1000")
                .doesNotContain("--samverkan.import.max-rows=2147483647");
    }
}
