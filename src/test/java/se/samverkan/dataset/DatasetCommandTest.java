package se.samverkan.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.junit.jupiter.api.Test;

import se.samverkan.CommandRun;
import se.samverkan.SamverkanApplication;

/** Usage errors of {@code import-dataset}: named, exit code 2, and nothing started or created. */
class DatasetCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(() -> DatasetCommand.run(SamverkanApplication.class, args, System.out));
    }

    @Test
    void aMistypedOptionAMissingFileOrABadModeIsAUsageErrorBeforeAnythingStarts() {
        String dataDir = "--samverkan.data-dir=target/never-created-by-import-dataset";
        CommandRun typo = run("import-dataset", "twin-towns", "pom.xml", "--on-bad-rows=skip", dataDir);
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).startsWith("Unknown option: '--on-bad-rows=skip'").contains("Usage: import-dataset");

        CommandRun missing = run("import-dataset", "twin-towns", "no-such-file.tsv", dataDir);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("no-such-file.tsv: no such file");

        CommandRun mode = run("import-dataset", "twin-towns", "pom.xml", "--on-bad-row=ignore", dataDir);
        assertThat(mode.code()).isEqualTo(2);
        assertThat(mode.err()).startsWith("on-bad-row must be skip or refuse, got 'ignore'");

        assertThat(run("import-dataset", "twin-towns").err()).startsWith("Missing required parameter: 'FILE'");
        assertThat(new File("target/never-created-by-import-dataset")).doesNotExist();
    }
}
