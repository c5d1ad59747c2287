package se.samverkan.initialload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import se.samverkan.CommandRun;

/** The {@code import --initial} command line's usage, without loading anything. */
class InitialLoadCommandTest {

    private static CommandRun run(String... args) {
        return CommandRun.of(() -> InitialLoadCommand.run(args));
    }

    @Test
    void onlyImportWithInitialIsAnInitialLoad() {
        assertThat(InitialLoadCommand.handles(new String[] {"import", "a.csv", "--initial"})).isTrue();
        assertThat(InitialLoadCommand.handles(new String[] {"import", "a.csv"})).isFalse();
        assertThat(InitialLoadCommand.handles(new String[] {"export", "--initial"})).isFalse();
    }

    @Test
    void missingFilesAndUnknownOptionsAreNamedAndExitWithTwo() {
        CommandRun noFiles = run("import", "--initial");
        assertThat(noFiles.code()).isEqualTo(2);
        assertThat(noFiles.err()).contains("Missing required parameter: 'FILE'");
        CommandRun typo = run("import", "--initial", "a.csv", "--summary=x.json", "--samverkan.data-dir=target/never-created");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'--summary=x.json'");
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @Test
    void helpNamesTheSummaryOption() {
        CommandRun help = run("import", "--initial", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--summary-json=FILE").contains("--samverkan.data-dir");
    }
}
