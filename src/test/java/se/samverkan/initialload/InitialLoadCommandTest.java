package se.samverkan.initialload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The {@code import --initial} command line's usage, without loading anything. */
class InitialLoadCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
        ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBuffer, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBuffer, true, StandardCharsets.UTF_8));
        try {
            int code = InitialLoadCommand.run(args);
            return new Run(code, outBuffer.toString(StandardCharsets.UTF_8), errBuffer.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void onlyImportWithInitialIsAnInitialLoad() {
        assertThat(InitialLoadCommand.handles(new String[] {"import", "a.csv", "--initial"})).isTrue();
        assertThat(InitialLoadCommand.handles(new String[] {"import", "a.csv"})).isFalse();
        assertThat(InitialLoadCommand.handles(new String[] {"export", "--initial"})).isFalse();
    }

    @Test
    void missingFilesAndUnknownOptionsAreNamedAndExitWithTwo() {
        Run noFiles = run("import", "--initial");
        assertThat(noFiles.code()).isEqualTo(2);
        assertThat(noFiles.err()).contains("Missing required parameter: 'FILE'");
        Run typo = run("import", "--initial", "a.csv", "--summary=x.json", "--samverkan.data-dir=target/never-created");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("'--summary=x.json'");
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @Test
    void helpNamesTheSummaryOption() {
        Run help = run("import", "--initial", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--summary-json=FILE").contains("--samverkan.data-dir");
    }
}
