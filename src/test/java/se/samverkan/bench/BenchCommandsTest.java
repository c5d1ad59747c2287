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

import se.samverkan.SamverkanApplication;

/** The bench command refuses what it cannot run before it generates and loads anything. */
class BenchCommandsTest {

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

    @Test
    void anAppHeapTheJvmWouldNotTakeIsAUsageError() {
        int code = BenchCommands.run(SamverkanApplication.class, new String[] {"bench", "--app-heap", "lots",
                "--results", dir.resolve("results").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--app-heap").contains("lots");
    }

    @Test
    void anAppHeapGivenWithAnEqualsSignIsTheBenchmarksOptionNotAnApplicationSetting() {
        int code = BenchCommands.run(SamverkanApplication.class, new String[] {"bench", "--app-heap=lots",
                "--results", dir.resolve("results").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--app-heap");
    }

    @Test
    void theBenchmarkOutsideThePackagedJarSaysToBuildItAndGeneratesNothing() {
        Path keep = dir.resolve("keep");
        int code = BenchCommands.run(SamverkanApplication.class, new String[] {"bench", "--size", "small", "--keep",
                keep.toString(), "--results", dir.resolve("results").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("mvn package");
        assertThat(Files.exists(keep)).isFalse();
        assertThat(Files.exists(dir.resolve("results"))).isFalse();
    }

    @Test
    void anOnlyThatNamesNoBenchmarkedQueryIsAUsageErrorListingTheQueries() {
        int code = BenchCommands.run(SamverkanApplication.class, new String[] {"bench", "--only", "search,nonsense",
                "--results", dir.resolve("results").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("'nonsense'").contains("connections (no link)");
    }
}
