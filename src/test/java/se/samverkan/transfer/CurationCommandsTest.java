package se.samverkan.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkan.CommandRun;
import se.samverkan.SamverkanApplication;

/** The import and export command lines' usage, without starting the application. */
class CurationCommandsTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(() -> CurationCommands.run(SamverkanApplication.class, args));
    }

    @Test
    void anUnknownOptionIsNamedAndExitsWithTwo() {
        CommandRun run = run("import", "--inital", "a.csv", "--samverkan.data-dir=target/never-created");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--inital'").contains("Usage: import");
        assertThat(run("export", "--format=csv", "out").err()).startsWith("Unknown option: '--format=csv'");
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @Test
    void missingOperandsAreNamedAndExitWithTwo() {
        CommandRun noFiles = run("import");
        assertThat(noFiles.code()).isEqualTo(2);
        assertThat(noFiles.err()).contains("Missing required parameter: 'FILE'");
        CommandRun twoDirs = run("export", "a", "b");
        assertThat(twoDirs.code()).isEqualTo(2);
        assertThat(twoDirs.err()).startsWith("Unexpected argument: 'b'");
    }

    @Test
    void helpDescribesEachCommand() {
        CommandRun importHelp = run("import", "--help");
        assertThat(importHelp.code()).isZero();
        assertThat(importHelp.out()).contains("Usage: import [-h] FILE...").contains("--samverkan.data-dir")
                .contains("import --initial");
        CommandRun exportHelp = run("export", "-h");
        assertThat(exportHelp.code()).isZero();
        assertThat(exportHelp.out()).contains("Usage: export [-h] DIR");
    }
}
