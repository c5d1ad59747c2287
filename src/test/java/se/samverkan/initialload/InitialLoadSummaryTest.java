package se.samverkan.initialload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.samverkan.initialload.InitialLoadSummary;

/** The summary line {@code import --initial} prints is read back by the benchmark, which runs it as a user does. */
class InitialLoadSummaryTest {

    @Test
    void theSummaryLineReadsBackFromTheCommandsOutputInAnyLocale() {
        InitialLoadSummary summary = new InitialLoadSummary(5_691_112, 980_582, 4_716_451, 43.0126, 28.1, 45.7);
        Locale before = Locale.getDefault();
        String line;
        try {
            Locale.setDefault(Locale.forLanguageTag("sv-SE")); // a decimal comma there
            line = summary.line();
        }
        finally {
            Locale.setDefault(before);
        }
        String output = "Node import COMPLETED in 5s 951ms\nLoaded 5691112 records …\n" + line + "\n";

        InitialLoadSummary read = InitialLoadSummary.find(output).orElseThrow();

        assertThat(read.records()).isEqualTo(5_691_112);
        assertThat(read.nodes()).isEqualTo(980_582);
        assertThat(read.relationships()).isEqualTo(4_716_451);
        assertThat(read.validateSeconds()).isEqualTo(43.013); // three decimals
        assertThat(read.batchImportSeconds()).isEqualTo(28.1);
        assertThat(read.startupSeconds()).isEqualTo(45.7);
    }

    @Test
    void outputWithoutTheSummaryLineHasNone() {
        assertThat(InitialLoadSummary.find("Initial load rejected, nothing was written: 2 problems\n")).isEmpty();
    }
}
