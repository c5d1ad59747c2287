package se.samverkan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.samverkan.SamverkanIntegrationTest;
import se.samverkan.database.EmbeddedNeo4j;
import se.samverkan.report.ReportHeaderTest.Run;

/**
 * The command line against a database: the test context's embedded store, reached over Bolt as an
 * external server (so no second store has to be created and seeded), and the same store's directory,
 * which its lock keeps a second process from opening.
 */
@SamverkanIntegrationTest
class ReportCommandIntegrationTest {

    @Autowired
    EmbeddedNeo4j neo4j;

    @Test
    void printsOnlyTheExportOnStandardOutput() throws IOException {
        Run run = ReportHeaderTest.run("report", "partners-of-region", "--region", "Dalarna", "--provenance",
                "--spring.neo4j.uri=" + neo4j.boltUri(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + password());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("# report: partners-of-region - Cooperation partners of a region\r\n")
                .contains("# parameter: region = place:dalarna (Dalarna)").contains("# rows: 24");
        List<NamedCsvRecord> records = ReportsIntegrationTest.parse(run.out(), ',');
        assertThat(records).hasSize(24);
        assertThat(records.get(0).getFieldsAsMap()).containsEntry("partner", "East Lake High Development Zone")
                .containsEntry("localParty", "Dalarna").containsEntry("source", ReportsIntegrationTest.S001);

        Run json = ReportHeaderTest.run("report", "cooperation-timeline", "--regionB=place:hubei", "--format", "json",
                "--spring.neo4j.uri=" + neo4j.boltUri(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + password());
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("{").contains("\"rowCount\" : 17").contains("\"label\" : \"Hubei\"");
    }

    @Test
    void badValuesFoundInTheDatabaseAreBadInputToo() throws IOException {
        Run run = ReportHeaderTest.run("report", "partners-of-region", "--region", "Atlantis",
                "--spring.neo4j.uri=" + neo4j.boltUri(), "--spring.neo4j.authentication.username=neo4j",
                "--spring.neo4j.authentication.password=" + password());
        assertThat(run.code()).isEqualTo(ReportCommand.BAD_INPUT);
        assertThat(run.err()).contains("Parameter 'region'").contains("Atlantis");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void saysSoWhenAServerHoldsTheStore() {
        Run run = ReportHeaderTest.run("report", "partners-of-region",
                "--samverkan.data-dir=" + neo4j.home());
        assertThat(run.code()).isEqualTo(ReportCommand.FAILED);
        assertThat(run.err()).contains("is in use by another process").contains(neo4j.home().toString())
                .contains("GET /reports/partners-of-region.csv");
        assertThat(run.out()).isEmpty();
    }

    /** The embedded store's password, as a user passes it to reach a running application's database. */
    private String password() throws IOException {
        return Files.readString(neo4j.passwordFile()).strip();
    }
}
