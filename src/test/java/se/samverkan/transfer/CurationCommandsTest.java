package se.samverkan.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import se.samverkan.SamverkanApplication;

/** The import and export command lines' usage, without starting the application. */
class CurationCommandsTest {

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
            int code = CurationCommands.run(SamverkanApplication.class, args);
            return new Run(code, outBuffer.toString(StandardCharsets.UTF_8), errBuffer.toString(StandardCharsets.UTF_8));
        }
        finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void anUnknownOptionIsNamedAndExitsWithTwo() {
        Run run = run("import", "--inital", "a.csv", "--samverkan.data-dir=target/never-created");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Unknown option: '--inital'").contains("Usage: import");
        assertThat(run("export", "--format=csv", "out").err()).startsWith("Unknown option: '--format=csv'");
        assertThat(new java.io.File("target/never-created")).doesNotExist();
    }

    @Test
    void missingOperandsAreNamedAndExitWithTwo() {
        Run noFiles = run("import");
        assertThat(noFiles.code()).isEqualTo(2);
        assertThat(noFiles.err()).contains("Missing required parameter: 'FILE'");
        Run twoDirs = run("export", "a", "b");
        assertThat(twoDirs.code()).isEqualTo(2);
        assertThat(twoDirs.err()).startsWith("Unexpected argument: 'b'");
    }

    @Test
    void helpDescribesEachCommand() {
        Run importHelp = run("import", "--help");
        assertThat(importHelp.code()).isZero();
        assertThat(importHelp.out()).contains("Usage: import [-h] FILE...").contains("--samverkan.data-dir")
                .contains("import --initial");
        Run exportHelp = run("export", "-h");
        assertThat(exportHelp.code()).isZero();
        assertThat(exportHelp.out()).contains("Usage: export [-h] DIR");
    }
}
