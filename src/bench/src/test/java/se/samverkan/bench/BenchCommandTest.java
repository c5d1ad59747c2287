package se.samverkan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench command refuses what it cannot run before it generates and loads anything. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemErr;

    @BeforeEach
    void captureErr() {
        systemErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreErr() {
        System.setErr(systemErr);
    }

    private int run(String... args) {
        return BenchCommand.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anAppHeapTheJvmWouldNotTakeIsAUsageError() {
        assertThat(run("--app-heap", "lots", "--results", dir.resolve("results").toString())).isEqualTo(2);
        assertThat(err()).contains("--app-heap").contains("lots");
    }

    @Test
    void anAppHeapGivenWithAnEqualsSignIsTheBenchmarksOptionNotAProductSetting() {
        assertThat(run("--app-heap=lots", "--results", dir.resolve("results").toString())).isEqualTo(2);
        assertThat(err()).contains("--app-heap");
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndADottedOneAProductSetting() {
        assertThat(run("--app-hep=4g", "--jar", dir.resolve("none.jar").toString())).isEqualTo(2);
        assertThat(err()).contains("'--app-hep=4g'");
        err.reset();
        // a dotted setting passes the check and the missing jar is what stops the run
        assertThat(run("--samverkan.query-timeout=30s", "--jar", dir.resolve("none.jar").toString())).isEqualTo(2);
        assertThat(err()).doesNotContain("query-timeout").contains("There is no product jar");
    }

    @Test
    void anUnknownSizeIsAUsageErrorNamingTheSizes() {
        assertThat(run("--size", "huge")).isEqualTo(2);
        assertThat(err()).contains("'huge'").contains("tiny, small, medium or large");
    }

    @Test
    void withoutTheProductJarTheBenchmarkSaysToBuildItAndGeneratesNothing() {
        Path keep = dir.resolve("keep");
        assertThat(run("--size", "small", "--jar", dir.resolve("target/samverkan-0.1.0.jar").toString(), "--keep",
                keep.toString(), "--results", dir.resolve("results").toString())).isEqualTo(2);
        assertThat(err()).contains("mvn package");
        assertThat(Files.exists(keep)).isFalse();
        assertThat(Files.exists(dir.resolve("results"))).isFalse();
    }

    @Test
    void anOnlyThatNamesNoBenchmarkedQueryIsAUsageErrorListingTheQueries() {
        assertThat(run("--only", "search,nonsense", "--results", dir.resolve("results").toString())).isEqualTo(2);
        assertThat(err()).contains("'nonsense'").contains("connections (no link)");
    }

    @Test
    void aPasswordAndAPasswordFileTogetherAreAUsageError() {
        assertThat(run("--bolt-password", "x", "--bolt-password-file", "p")).isEqualTo(2);
        assertThat(err()).contains("--bolt-password-file");
    }

    @Test
    void generateWritesTheFilesAndTheirManifest() {
        Path out = dir.resolve("out");
        assertThat(run("generate", "--size", "tiny", "--out", out.toString())).isZero();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("01-sources.csv")).exists();
    }
}
