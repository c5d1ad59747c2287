package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The benchmark's load runs as the command a user runs. */
class LoadProcessTest {

    private static final Path JAR = Path.of("/opt/samverkan.jar");
    private static final List<Path> FILES = List.of(Path.of("/d/01-sources.csv"), Path.of("/d/04-facts-000.csv"));

    @Test
    void theLoadIsTheInitialImportCommandFromTheJarWithTheHeapStoreAndSettingsGiven() {
        List<String> command = LoadProcess.command("/jdk/bin/java", "15g", JAR, Path.of("/s/store"), FILES,
                List.of("--samverkan.query-timeout=30s"), Path.of("/w/load.log.summary.json"));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx15g", "-XX:MetaspaceSize=512m",
                "-XX:+UseTransparentHugePages", "-jar",
                "/opt/samverkan.jar", "import", "--initial", "/d/01-sources.csv", "/d/04-facts-000.csv",
                "--summary-json=/w/load.log.summary.json",
                "--samverkan.data-dir=/s/store", "--samverkan.import.max-rows=2147483647",
                "--samverkan.query-timeout=30s");
    }

    @Test
    void theReportShowsTheLoadCommandWithItsJvmOptionsAndWithoutFilesOrSettings() {
        assertThat(LoadProcess.shown("8g", JAR))
                .isEqualTo("java -Xmx8g -XX:MetaspaceSize=512m -XX:+UseTransparentHugePages -jar samverkan.jar import --initial FILES");
    }

    @Test
    void aRecordLimitGivenAsASettingIsNotOverridden() {
        List<String> command = LoadProcess.command("java", "4g", JAR, Path.of("/s/store"), FILES,
                List.of("--samverkan.import.max-rows=1000"), Path.of("/w/s.json"));

        assertThat(command).contains("--samverkan.import.max-rows=1000")
                .doesNotContain("--samverkan.import.max-rows=2147483647");
    }

    @Test
    void severalLoadsReportTheMedianLoadAndEveryLoadInTheOrderTheyRan() {
        Map<String, Object> first = load(141.3, 33_373);
        Map<String, Object> second = load(91.7, 51_408);
        Map<String, Object> third = load(103.8, 45_422);

        Map<String, Object> median = Bench.median(List.of(first, second, third));

        assertThat(median).containsEntry("importSeconds", 103.8).containsEntry("relationshipsPerSecond", 45_422L);
        assertThat(median.get("loads")).isEqualTo(List.of(first, second, third));
        assertThat(Bench.median(List.of(first, second))).containsEntry("importSeconds", 91.7); // the lower middle
        assertThat(Bench.median(List.of(first))).containsEntry("importSeconds", 141.3);
    }

    @Test
    void theNumberOfLoadsIsAWholeNumberFromOneToNine() {
        assertThat(BenchCommand.loads(1)).isEqualTo(1);
        assertThat(BenchCommand.loads(9)).isEqualTo(9);
        assertThatThrownBy(() -> BenchCommand.loads(0)).hasMessageContaining("--loads").hasMessageContaining("0");
        assertThatThrownBy(() -> BenchCommand.loads(10)).hasMessageContaining("--loads");
    }

    private static Map<String, Object> load(double seconds, long relationshipsPerSecond) {
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("importSeconds", seconds);
        load.put("relationshipsPerSecond", relationshipsPerSecond);
        return load;
    }
}
